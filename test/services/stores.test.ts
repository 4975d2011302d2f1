import type { SettingsStore } from "../../src/office/helpers";

// The real store is office-js-helpers over localStorage (browser only): a Map stands in for it.
const backing = new Map<string, Map<string, unknown>>();
jest.mock("../../src/office/helpers", () => ({
  createSettingsStore: async <T,>(name: string): Promise<SettingsStore<T>> => {
    const map = backing.get(name) ?? new Map<string, unknown>();
    backing.set(name, map);
    return {
      persistence: "local",
      get: (key) => (map.has(key) ? (JSON.parse(JSON.stringify(map.get(key))) as T) : undefined),
      set: (key, value) => void map.set(key, value),
      remove: (key) => void map.delete(key),
    };
  },
}));

import { loadLastResults, parseStoredResults, saveLastResults, toStoredResults } from "../../src/services/results-store";
import { DEFAULT_SETTINGS, loadSettings, normaliseSettings, saveSettings } from "../../src/services/settings-store";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { DRAFT_WORDING } from "../../src/strings/drafts";
import { checkAndScore } from "../../src/excel/check/run";
import { CAPS, fixtureSpecs } from "../office-standin/book";
import { FakeBook, fakeExcelRun } from "../office-standin/fake-excel";

beforeEach(() => backing.clear());

describe("settings", () => {
  it("falls back to the defaults field by field", () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ profile: "nowhere", rateAsFormula: "yes", addNotes: false })).toEqual({ ...DEFAULT_SETTINGS, addNotes: false });
    expect(normaliseSettings({ profile: "sichuan", rateAsFormula: true, addNotes: true })).toEqual({ ...DEFAULT_SETTINGS, profile: "sichuan", rateAsFormula: true, addNotes: true });
  });

  it("reads what an older version stored (no list-sheet or template choice) with those defaults", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ projectList: true, templateSheet: null });
    expect(normaliseSettings({ profile: "sichuan", rateAsFormula: true, addNotes: false })).toEqual({
      profile: "sichuan",
      rateAsFormula: true,
      addNotes: false,
      projectList: true,
      templateSheet: null,
    });
  });

  it("keeps a stored list-sheet choice and template sheet, and drops a template name no sheet can have", () => {
    expect(normaliseSettings({ projectList: false, templateSheet: "自评表模板" })).toMatchObject({ projectList: false, templateSheet: "自评表模板" });
    for (const templateSheet of ["", "   ", "a".repeat(32), 7, true, { name: "模板" }]) {
      expect(normaliseSettings({ projectList: "no", templateSheet })).toMatchObject({ projectList: true, templateSheet: null });
    }
  });

  it("remembers what was saved", async () => {
    const settings = { profile: "sichuan", rateAsFormula: true, addNotes: false, projectList: false, templateSheet: "模板(2)" };
    await saveSettings(settings);
    expect((await loadSettings()).settings).toEqual(settings);
  });
});

describe("results", () => {
  it("keeps a run's report without the plan or findings' data, and reads it back", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    const stored = toStoredResults(outcome, "ribbon", new Date(1_700_000_000_000));
    expect(stored.report).not.toHaveProperty("plan");
    expect(stored.report.projects.flatMap((p) => p.findings).some((f) => "data" in f)).toBe(false);
    expect(stored.counts).toEqual({ projects: outcome.counts.projects, error: outcome.counts.error, warning: outcome.counts.warning, info: outcome.counts.info });
    await saveLastResults(stored, "doc:a.xlsx");
    expect(await loadLastResults("doc:a.xlsx")).toEqual(stored);
    expect(await loadLastResults("doc:b.xlsx")).toBeUndefined();
  });

  it("keeps each finding's draft of 偏差原因 (填入说明草稿 offers it), and drops a damaged one", async () => {
    const book = new FakeBook(await fixtureSpecs("peer-mistakes.xlsx"));
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    const stored = toStoredResults(outcome, "pane", new Date(1_700_000_000_000));
    const drafts = stored.report.projects.flatMap((p) => p.findings).filter((f) => f.draft);
    expect(drafts.map((f) => `${f.sheet}!${f.draft?.cell} ${f.draft?.kind}`).sort()).toEqual(["成本超标未说明!I17 not-met", "执行率偏低!F11 execution-low"]);
    await saveLastResults(stored, "doc:drafts.xlsx");
    expect(await loadLastResults("doc:drafts.xlsx")).toEqual(stored);

    const damaged = JSON.parse(JSON.stringify(stored)) as typeof stored;
    const [first, second] = damaged.report.projects.flatMap((p) => p.findings).filter((f) => f.draft);
    (first as { draft: unknown }).draft = { kind: "not-met", text: 7, append: false, cell: "I17" };
    (second as { draft: unknown }).draft = "预算执行情况";
    const parsed = parseStoredResults(damaged);
    const kept = parsed?.report.projects.flatMap((p) => p.findings).filter((f) => f.draft !== undefined) ?? [];
    expect(kept).toEqual([]);
    // The findings themselves stay.
    expect(parsed?.report.projects.flatMap((p) => p.findings)).toHaveLength(stored.report.projects.flatMap((p) => p.findings).length);
  });

  it("keeps only the newest ten documents", async () => {
    const empty = parseStoredResults({ version: 1, savedAt: 1, report: { profile: "national", findings: [], projects: [], sheets: [] } });
    if (!empty) throw new Error("unparsed");
    for (let i = 0; i < 12; i++) await saveLastResults({ ...empty, savedAt: i }, `doc:${i}`);
    expect(await loadLastResults("doc:0")).toBeUndefined();
    expect(await loadLastResults("doc:1")).toBeUndefined();
    expect((await loadLastResults("doc:2"))?.savedAt).toBe(2);
    expect((await loadLastResults("doc:11"))?.savedAt).toBe(11);
  });

  it("ignores what another version stored", () => {
    expect(parseStoredResults({ version: 2, savedAt: 1, report: {} })).toBeUndefined();
    expect(parseStoredResults("garbage")).toBeUndefined();
  });
});
