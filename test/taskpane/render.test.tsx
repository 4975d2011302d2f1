/**
 * The pane's DOM contract (test ids, data attributes, text), checked on server-rendered markup: no
 * browser, no Excel. Results come from a real run of the adapter over a fixture, through the fake Excel.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { toStoredResults, type StoredResults } from "../../src/services/results-store";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { checkAndScore } from "../../src/excel/check/run";
import { App } from "../../src/taskpane/App";
import type { Addin } from "../../src/taskpane/addin";
import { collectFindings, ALL_SEVERITIES, draftKey, draftedKeys, fillableFindings, isDrafted, sortFindings } from "../../src/taskpane/check/findings";
import { type CheckState, checkReducer, draftSettingsOf, initialCheckState } from "../../src/taskpane/check/check-state";
import { draftMessages } from "../../src/taskpane/check/outcome-messages";
import { draftRequests } from "../../src/domain/drafts/plan";
import { fillDrafts } from "../../src/excel/check/drafts";
import { DEFAULT_INDICATORS, tableGrid } from "../helpers/grids";
import { DRAFT_WORDING } from "../../src/strings/drafts";
import { uiStrings } from "../../src/strings/ui";
import { SEVERITY_LABELS } from "../../src/domain/finding";
import { FindingsList } from "../../src/taskpane/check/FindingsList";
import { MessageList } from "../../src/taskpane/check/MessageList";
import type { PaneStore } from "../../src/taskpane/pane-store";
import { ProjectSummaries } from "../../src/taskpane/check/ProjectSummaries";
import { SettingsSection } from "../../src/taskpane/check/SettingsSection";
import { DEFAULT_SETTINGS } from "../../src/services/settings-store";
import type { ProjectContextOutcome } from "../../src/excel/projects/project-types";
import { projectRules } from "../../src/taskpane/projects/project-rules";
import { checkForm, importYear, initialProjectsState, type ProjectsAction, projectsReducer, type ProjectsState } from "../../src/taskpane/projects/projects-state";
import { type ProjectsHandlers, ProjectsView } from "../../src/taskpane/projects/ProjectsView";
import { CAPS, fixtureSpecs, specFromGrid } from "../office-standin/book";
import { FakeBook, fakeExcelRun } from "../office-standin/fake-excel";

let results: StoredResults;
/** A run with the drafts' wording, as the pane runs it: deviation findings carry their drafts. */
let drafts: StoredResults;

beforeAll(async () => {
  const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
  const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
  if (!outcome.ok) throw new Error(outcome.message);
  results = toStoredResults(outcome, "pane", new Date(2024, 4, 6, 9, 30));
  const withDrafts = await checkAndScore({ profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING, caps: CAPS["1.18"], excelRun: fakeExcelRun(new FakeBook(await fixtureSpecs("seed000-national.xlsx")), "1.18").run });
  if (!withDrafts.ok) throw new Error(withDrafts.message);
  drafts = toStoredResults(withDrafts, "pane", new Date(2024, 4, 6, 9, 30));
});

/** Elements (opening tags) carrying `data-testid="id"`. */
function tagsWith(html: string, id: string): string[] {
  return html.match(new RegExp(`<[a-z]+ [^>]*data-testid="${id}"[^>]*>`, "g")) ?? [];
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

const noop = () => undefined;

/** What a finding's draft buttons name besides the sheet and the cell. */
const subjectOf = (f: { draft?: { about?: string; kind: string } }) => uiStrings.pane.drafts.subject(f.draft?.about, f.draft?.kind === "execution-low");

const notCalled = () => Promise.reject(new Error("not called"));

/** An adapter whose Excel calls must not happen while rendering. */
function fakeAddin(): Addin {
  return {
    capabilities: CAPS["1.18"],
    preloadEngine: noop,
    checkAndScore: notCalled,
    undo: notCalled,
    clearMarks: notCalled,
    fillDrafts: notCalled,
    selectCell: () => Promise.resolve({ ok: true }),
    readProjectContext: notCalled,
    addProject: notCalled,
    createTemplate: notCalled,
    importTargets: notCalled,
    undoAdded: notCalled,
  };
}

/** A store whose settings and results never arrive (the pane as first drawn). */
function pendingStore(): PaneStore {
  return {
    loadSettings: () => new Promise(noop),
    saveSettings: () => Promise.resolve("local"),
    loadResults: () => new Promise(noop),
    saveResults: () => Promise.resolve(),
    subscribeResults: () => noop,
    loadSession: () => undefined,
    saveSession: noop,
    announceTab: noop,
    subscribeTabRequests: () => noop,
  };
}

describe("pane markup", () => {
  it("summarises each project with sheet, rate, total and grade", () => {
    const html = renderToStaticMarkup(<ProjectSummaries projects={results.report.projects} />);
    const summaries = tagsWith(html, "project-summary");
    expect(summaries).toHaveLength(results.report.projects.length);
    expect(summaries.map((tag) => attr(tag, "data-sheet"))).toEqual(results.report.projects.map((p) => p.sheet));
    // Seed 000 table 8: 23.82 / 25.14 → 94.75%, total 99.47 (README).
    const eighth = html.slice(html.indexOf('data-sheet="8.城乡医保筹资经费"'));
    const card = eighth.slice(0, eighth.indexOf("</li>"));
    expect(card).toContain("城乡医保筹资经费");
    expect(card).toContain("94.75%");
    expect(card).toContain(">99.47<");
    expect(card).toMatch(/>(优|良|中|差)</);
  });

  it("renders every finding as a button with code, severity, sheet and cell", () => {
    const items = collectFindings(results.report);
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    const findings = tagsWith(html, "finding");
    expect(findings).toHaveLength(items.length);
    expect(items.some((f) => f.cell === undefined)).toBe(true);
    for (const tag of findings) {
      expect(tag.startsWith("<button ")).toBe(true);
      expect(["error", "warning", "info"]).toContain(attr(tag, "data-severity"));
      expect(attr(tag, "data-code")).toMatch(/^[a-z-]+$/);
      expect(attr(tag, "data-sheet")).toBeTruthy();
      expect(attr(tag, "data-cell")).toMatch(/^([A-Z]+\d+)?$/);
    }
    expect(findings.filter((tag) => attr(tag, "data-cell") === "")).toHaveLength(items.filter((f) => !f.cell).length);
    expect(tagsWith(html, "severity-filter")).toHaveLength(1);
    expect(tagsWith(html, "code-filter")).toHaveLength(1);
  });

  it("offers 填入说明草稿 beside each finding with a draft cell (not inside its button), named with the cell; 全部填入草稿 counts them", () => {
    const items = sortFindings(collectFindings(drafts.report));
    const draftable = items.filter((f) => f.draft?.cell);
    expect(draftable.length).toBeGreaterThanOrEqual(2);
    const render = (drafted: Set<string>, busy = false) =>
      renderToStaticMarkup(
        <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} drafted={drafted} draftsEnabled busy={busy} onFillDrafts={noop} onCopyDraft={noop} />,
      );
    const html = render(new Set());
    const buttons = tagsWith(html, "fill-draft");
    expect(buttons.map((tag) => `${attr(tag, "data-sheet")}!${attr(tag, "data-cell")}`)).toEqual(draftable.map((f) => `${f.sheet}!${f.draft?.cell}`));
    for (const [i, tag] of buttons.entries()) {
      const f = draftable[i];
      expect(tag.startsWith("<button ")).toBe(true);
      expect(attr(tag, "aria-label")).toBe(uiStrings.pane.drafts.fillLabel(f.sheet, f.draft!.cell!, subjectOf(f)));
      expect(attr(tag, "aria-label")?.startsWith(uiStrings.pane.drafts.fill)).toBe(true);
      expect(attr(tag, "aria-disabled")).toBeUndefined();
    }
    // No button inside a button: each finding's own button closes before its draft's.
    expect(html).not.toMatch(/<button[^>]*data-testid="finding"(?:(?!<\/button>).)*<button/s);
    const [all] = tagsWith(html, "fill-all-drafts");
    expect(html).toContain(uiStrings.pane.drafts.fillAll(draftable.length));
    expect(attr(all, "aria-disabled")).toBeUndefined();

    // One drafted: marked, its button still focusable but disabled; the count goes down.
    const first = draftable[0];
    const one = render(new Set([draftKey(first.sheet, first.draft!.cell!)]));
    const marked = tagsWith(one, "fill-draft").filter((tag) => attr(tag, "data-drafted") === "true");
    expect(marked.map((tag) => attr(tag, "aria-label"))).toEqual([uiStrings.pane.drafts.filledLabel(first.sheet, first.draft!.cell!, subjectOf(first))]);
    expect(attr(marked[0], "aria-disabled")).toBe("true");
    expect(/\sdisabled[=\s>]/.test(marked[0])).toBe(false);
    expect(one).toContain(uiStrings.pane.drafts.fillAll(draftable.length - 1));
    // Every one drafted: 全部填入草稿 stays (the focus may be on it), disabled.
    const every = render(new Set(draftable.map((f) => draftKey(f.sheet, f.draft!.cell!))));
    expect(every).toContain(uiStrings.pane.drafts.allFilled);
    expect(attr(tagsWith(every, "fill-all-drafts")[0], "aria-disabled")).toBe("true");
    // Busy: every draft button is disabled but focusable.
    expect(tagsWith(render(new Set(), true), "fill-draft").every((tag) => attr(tag, "aria-disabled") === "true" && !/\sdisabled[=\s>]/.test(tag))).toBe(true);
  });

  it("offers 复制说明草稿 for a draft with no cell, and no draft action on out-of-date results", () => {
    const items = sortFindings(collectFindings(drafts.report));
    const noCell = items.map((f) => (f.draft ? { ...f, draft: { ...f.draft, cell: undefined } } : f));
    const html = renderToStaticMarkup(
      <FindingsList items={noCell} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} draftsEnabled onFillDrafts={noop} onCopyDraft={noop} />,
    );
    expect(tagsWith(html, "fill-draft")).toEqual([]);
    expect(tagsWith(html, "fill-all-drafts")).toEqual([]);
    const copies = tagsWith(html, "copy-draft");
    expect(copies).toHaveLength(items.filter((f) => f.draft).length);
    // Each named with its finding's cell and what it is about: several on one sheet stay apart.
    const withDraft = noCell.filter((f) => f.draft);
    expect(copies.map((tag) => attr(tag, "aria-label"))).toEqual(withDraft.map((f) => uiStrings.pane.drafts.copyLabel(f.sheet, f.cell, subjectOf(f))));
    const bySheet = new Map<string, string[]>();
    for (const tag of copies) bySheet.set(attr(tag, "data-sheet")!, [...(bySheet.get(attr(tag, "data-sheet")!) ?? []), attr(tag, "aria-label")!]);
    expect([...bySheet.values()].some((labels) => labels.length > 1)).toBe(true);
    for (const labels of bySheet.values()) expect(new Set(labels).size).toBe(labels.length);
    for (const tag of copies) expect(attr(tag, "aria-label")?.startsWith(uiStrings.pane.drafts.copy)).toBe(true);
    const stale = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} draftsEnabled={false} onFillDrafts={noop} onCopyDraft={noop} />,
    );
    expect([...tagsWith(stale, "fill-draft"), ...tagsWith(stale, "fill-all-drafts"), ...tagsWith(stale, "copy-draft")]).toEqual([]);
  });

  it("two rows sharing a merged 偏差原因: one 填入说明草稿 writes both drafts and marks both findings; their buttons are named apart", async () => {
    const indicators = DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, actual: 7, score: 17.5 } : k === 2 ? { ...d, actual: 90, score: 9.47 } : d));
    const table = tableGrid({ indicators, totalScore: 96.97 }, "合并");
    const book = new FakeBook([specFromGrid({ ...table, merges: [...table.merges, { top: 12, left: 8, bottom: 15, right: 8 }] })]);
    const run = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, drafts: DRAFT_WORDING, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!run.ok) throw new Error(run.message);
    const stored = toStoredResults(run, "pane", new Date(2024, 4, 6, 9, 30));
    const items = sortFindings(collectFindings(stored.report));
    const pair = items.filter((f) => f.draft?.cell);
    expect(pair.map((f) => `${f.sheet}!${f.draft?.cell} ${f.draft?.about}`)).toEqual(["合并!I13 受益人数", "合并!I13 补助发放及时率"]);
    const render = (drafted: ReadonlySet<string>) =>
      renderToStaticMarkup(<FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} drafted={drafted} draftsEnabled onFillDrafts={noop} onCopyDraft={noop} />);
    const before = render(new Set());
    expect(before).toContain(uiStrings.pane.drafts.fillAll(2));
    const labels = tagsWith(before, "fill-draft").map((tag) => attr(tag, "aria-label"));
    expect(labels).toEqual(pair.map((f) => uiStrings.pane.drafts.fillLabel("合并", "I13", subjectOf(f))));
    expect(new Set(labels).size).toBe(2);

    // 填入说明草稿 on the second row, as the pane does it: the adapter, then the tab's state.
    let state: CheckState = { ...initialCheckState, results: stored };
    const outcome = await fillDrafts({ requests: draftRequests([pair[1]]), profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(outcome).toMatchObject({ ok: true, written: 1, drafts: 2, drafted: [{ sheet: "合并", cell: "I13" }] });
    expect(book.sheet("合并").cell("I13").value).toBe(`${pair[0].draft!.text}\n${pair[1].draft!.text}`);
    state = checkReducer(state, { type: "started", busy: "drafts" });
    state = checkReducer(state, { type: "finished", messages: draftMessages(outcome), drafted: draftedKeys(outcome) });
    expect(state.messages[0]).toMatchObject({ intent: "success", text: uiStrings.pane.drafts.filledCount(2) });
    const drafted = new Set(state.drafted);
    expect(pair.map((f) => isDrafted(f, drafted))).toEqual([true, true]);
    expect(fillableFindings(items, drafted)).toEqual([]);
    const after = render(drafted);
    expect(tagsWith(after, "fill-draft").map((tag) => attr(tag, "data-drafted"))).toEqual(["true", "true"]);
    expect(after).toContain(uiStrings.pane.drafts.allFilled);
  });

  it("填入说明草稿 checks again by the profile of the results on show, with the settings' template sheet and notes", () => {
    const settings = { ...DEFAULT_SETTINGS, profile: "sichuan", templateSheet: "模板一", addNotes: true };
    const state = { ...initialCheckState, settings, results: drafts };
    expect(drafts.report.profile).toBe("national");
    expect(draftSettingsOf(state, false)).toEqual({ profile: "national", addNotes: true, templateSheet: "模板一" });
    expect(draftSettingsOf(state, true).addNotes).toBe(false);
    expect(draftSettingsOf({ ...state, results: null }, false).profile).toBe("sichuan");
  });

  it("filters by severity", () => {
    const items = collectFindings(results.report);
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={{ error: true, warning: false, info: false }} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    const shown = tagsWith(html, "finding");
    expect(shown.length).toBe(items.filter((f) => f.severity === "error").length);
    expect(shown.every((tag) => attr(tag, "data-severity") === "error")).toBe(true);
  });

  it("lists findings errors first, each named from its severity, and shows a failed jump under its finding", () => {
    const items = sortFindings(collectFindings(results.report));
    const failed = items[1];
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" jumpError={{ id: failed.id, text: "无法定位到该单元格：工作表已删除" }} onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    const severities = tagsWith(html, "finding").map((tag) => attr(tag, "data-severity"));
    expect(severities).toEqual([...severities].sort((a, b) => ["error", "warning", "info"].indexOf(a ?? "") - ["error", "warning", "info"].indexOf(b ?? "")));
    expect(html).toMatch(/<ul[^>]*><li[^>]*><button/);
    // The button's text (its accessible name) starts with the severity.
    const first = html.slice(html.indexOf(">", html.indexOf('data-testid="finding"')) + 1);
    expect(first.replace(/<[^>]+>/g, "").startsWith(`${SEVERITY_LABELS[items[0].severity]}：`)).toBe(true);
    const [note] = tagsWith(html, "jump-error");
    expect(note).toBeDefined();
    expect(html).toContain("无法定位到该单元格：工作表已删除");
  });

  it("shows messages as MessageBars with their intent", () => {
    const html = renderToStaticMarkup(<MessageList messages={[{ id: 1, intent: "error", text: "Excel 拒绝了本次修改" }]} />);
    const [tag] = tagsWith(html, "message");
    expect(attr(tag, "data-intent")).toBe("error");
    expect(html).toContain("Excel 拒绝了本次修改");
  });

  it("renders workbook text as text, never as markup", () => {
    const items = collectFindings(results.report).slice(0, 1).map((f) => ({ ...f, message: '<img src=x onerror="alert(1)">' }));
    const html = renderToStaticMarkup(
      <FindingsList items={items} severities={ALL_SEVERITIES} code="" onToggleSeverity={noop} onChooseCode={noop} onSelect={noop} />,
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });

  it("marks the total of a project with errors as provisional, and only that", () => {
    // The fixture's projects, plus one made to have errors (so the marker is surely exercised).
    const [first] = results.report.projects;
    const projects = [...results.report.projects, { ...first, sheet: "错误项目", counts: { error: 2, warning: 0, info: 0 } }];
    expect(first.total).not.toBeNull();
    const html = renderToStaticMarkup(<ProjectSummaries projects={projects} />);
    const cards = html.split("</li>").slice(0, -1);
    expect(cards).toHaveLength(projects.length);
    expect(cards[cards.length - 1]).toContain("有 2 个错误待改正");
    projects.forEach((project, i) => {
      const provisional = project.counts.error > 0 && project.total !== null;
      expect({ sheet: project.sheet, provisional: cards[i].includes("暂定") }).toEqual({ sheet: project.sheet, provisional });
      if (provisional) expect(cards[i]).toContain(`有 ${project.counts.error} 个错误待改正`);
      if (project.total !== null) expect(cards[i]).toContain(`>${project.total}<`);
    });
  });

  it("shows which severities are on (aria-pressed) and which finding is the current one", () => {
    const items = collectFindings(results.report);
    const current = items.filter((f) => f.severity !== "warning")[1];
    const html = renderToStaticMarkup(
      <FindingsList
        items={items}
        severities={{ error: true, warning: false, info: true }}
        code=""
        selectedId={current.id}
        onToggleSeverity={noop}
        onChooseCode={noop}
        onSelect={noop}
      />,
    );
    expect(html).toContain('role="group" aria-label="按严重程度筛选"');
    // The on-state's check mark is an icon: the toggles' names are "错误 5", without "✓".
    expect(html).not.toContain("✓");
    const toggles = html.match(/<button [^>]*data-severity="[a-z]+"[^>]*>/g)?.filter((tag) => tag.includes("aria-pressed")) ?? [];
    expect(toggles.map((tag) => [attr(tag, "data-severity"), attr(tag, "aria-pressed")])).toEqual([
      ["error", "true"],
      ["warning", "false"],
      ["info", "true"],
    ]);
    const marked = tagsWith(html, "finding").filter((tag) => attr(tag, "aria-current") === "true");
    expect(marked.map((tag) => [attr(tag, "data-sheet"), attr(tag, "data-cell")])).toEqual([[current.sheet, current.cell ?? ""]]);
  });

  it("disables the notes switch, off, with a hint when this Excel cannot add notes", () => {
    const render = (notesUnsupported: boolean) =>
      renderToStaticMarkup(
        <SettingsSection settings={DEFAULT_SETTINGS} disabled={false} notesUnsupported={notesUnsupported} open onOpenChange={noop} onChange={noop} />,
      );
    const input = (html: string) => tagsWith(html, "add-notes")[0] ?? "";
    expect(DEFAULT_SETTINGS.addNotes).toBe(true);
    const supported = render(false);
    expect(input(supported)).toContain("checked");
    expect(input(supported)).not.toContain("disabled");
    expect(supported).not.toContain("不支持");
    const unsupported = render(true);
    expect(input(unsupported)).not.toMatch(/ checked/);
    expect(input(unsupported)).toContain("disabled");
    expect(unsupported).toContain("本版本 Excel 不支持");
    for (const id of ["profile", "rate-formula", "add-notes", "project-list"]) expect(tagsWith(supported, id)).toHaveLength(1);
  });

  it("offers the list-sheet switch, on by default, and says so in the folded header", () => {
    const render = (projectList: boolean, open: boolean) =>
      renderToStaticMarkup(<SettingsSection settings={{ ...DEFAULT_SETTINGS, projectList }} disabled={false} notesUnsupported={false} open={open} onOpenChange={noop} onChange={noop} />);
    expect(DEFAULT_SETTINGS.projectList).toBe(true);
    const on = render(true, true);
    expect(tagsWith(on, "project-list")[0]).toContain("checked");
    expect(on).toContain("更新项目清单工作表");
    expect(tagsWith(render(false, true), "project-list")[0]).not.toMatch(/ checked/);
    expect(render(true, false)).toContain("· 更新项目清单<");
    expect(render(false, false)).toContain("· 不更新项目清单<");
  });

  it("renders the whole pane with a fake adapter: the buttons, and the settings folded with their summary", () => {
    const html = renderToStaticMarkup(<App addin={fakeAddin()} store={pendingStore()} />);
    // 撤销本次检查, 清除标记, 导出 and 复制 are items of the 更多 menu (tested in the e2e run, where it opens).
    expect(html).toMatch(/<button[^>]*>检查并评分<\/button>/);
    expect(html).toMatch(/<button[^>]*aria-haspopup="menu"[^>]*>更多</);
    expect(html).toMatch(/<main[ >][\s\S]*<h1[ >]/);
    // Folded: the header says what is chosen; the controls appear when it is opened.
    expect(html).toContain("全国通用 · 执行率写数值 · 添加批注");
    for (const id of ["profile", "rate-formula", "add-notes"]) expect(tagsWith(html, id)).toHaveLength(0);
    expect(tagsWith(html, "progress")).toHaveLength(0);
  });
});

describe("新增项目 tab markup", () => {
  /** A day in May 2025: the form's default 年度 is 2024. */
  const NOW = new Date(2025, 4, 20);
  const handlers: ProjectsHandlers = {
    onChooseTemplate: noop,
    onCreateTemplate: noop,
    onRetry: noop,
    onFieldChange: noop,
    onAdd: noop,
    onImportSheetChosen: noop,
    onImportYearChange: noop,
    onImport: noop,
    onUndo: noop,
  };
  const WITH_TEMPLATE: ProjectContextOutcome = {
    ok: true,
    sheets: ["模板", "食堂经费", "2024年绩效目标表", "隐藏表"],
    nonEmptySheets: ["模板", "食堂经费", "2024年绩效目标表"],
    template: { sheet: "模板", form: "national" },
    canCopy: true,
  };
  const NO_TEMPLATE: ProjectContextOutcome = { ok: true, sheets: ["Sheet1"], nonEmptySheets: ["Sheet1"], template: null, canCopy: true };

  function stateAfter(...actions: ProjectsAction[]): ProjectsState {
    return actions.reduce(projectsReducer, initialProjectsState(2024));
  }

  function view(state: ProjectsState, profileForm: "national" | "sichuan" = "national"): string {
    return renderToStaticMarkup(
      <ProjectsView state={state} check={checkForm(state, projectRules, NOW)} importYear={importYear(state, projectRules, NOW)} profileForm={profileForm} handlers={handlers} />,
    );
  }

  const loaded = (context: ProjectContextOutcome): ProjectsAction => ({ type: "contextLoaded", outcome: context });
  const typed = (field: "name" | "dept" | "unit" | "year" | "initial" | "annual", value: string): ProjectsAction => ({ type: "fieldChanged", field, value });
  const isDisabled = (tag: string | undefined) => / disabled=""/.test(tag ?? "");

  it("has a 新增项目 tab next to 检查评分; the pane starts on 检查评分 and does not fetch the tab's code", () => {
    const html = renderToStaticMarkup(<App addin={fakeAddin()} store={pendingStore()} />);
    const [check] = tagsWith(html, "check-tab");
    const [add] = tagsWith(html, "add-project-tab");
    expect(attr(check, "role")).toBe("tab");
    expect(attr(add, "role")).toBe("tab");
    expect(attr(check, "aria-selected")).toBe("true");
    expect(attr(add, "aria-selected")).toBe("false");
    expect(html).toContain(">新增项目</span>");
    // The tab's panel is not there until the user opens it.
    expect(html).not.toContain('aria-labelledby="pane-tab-add"');
    expect(tagsWith(html, "projects-progress")).toHaveLength(0);
  });

  it("opens on 新增项目 (the ribbon's ?view=add), loading its rules, with 检查评分 hidden", () => {
    const html = renderToStaticMarkup(<App addin={fakeAddin()} store={pendingStore()} initialTab="add" />);
    expect(attr(tagsWith(html, "add-project-tab")[0], "aria-selected")).toBe("true");
    expect(html).toContain('aria-labelledby="pane-tab-add"');
    expect(html).toContain("正在加载“新增项目”…");
    // 检查并评分 is still in the page (hidden), so its state survives switching tabs.
    expect(html).toMatch(/<button[^>]*>检查并评分<\/button>/);
  });

  it("shows the template in force, the form with its test ids, and 导入绩效目标", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE)));
    expect(html).toContain("模板：模板（全国通用表）");
    for (const id of ["template-select", "add-project-form", "field-name", "field-dept", "field-unit", "field-year", "field-initial", "field-annual", "add-project-submit", "import-sheet-select", "import-year", "import-submit"]) {
      expect({ id, count: tagsWith(html, id).length }).toEqual({ id, count: 1 });
    }
    expect(tagsWith(html, "no-template")).toHaveLength(0);
    expect(tagsWith(html, "create-template")).toHaveLength(0);
    expect(attr(tagsWith(html, "field-year")[0], "value")).toBe("2024");
    // Nothing typed yet: no error shown, and nothing to submit.
    expect(html).not.toContain("不能为空");
    expect(isDisabled(tagsWith(html, "add-project-submit")[0])).toBe(true);
    // The sheet that looks like the targets tables is offered first.
    expect(tagsWith(html, "import-sheet-select")[0]).toContain("2024年绩效目标表");
    expect(isDisabled(tagsWith(html, "import-submit")[0])).toBe(false);
  });

  it("says when the workbook has no template and offers the profile's standard one", () => {
    const html = view(stateAfter(loaded(NO_TEMPLATE)));
    expect(tagsWith(html, "no-template")).toHaveLength(1);
    expect(html).toContain("工作簿中没有模板工作表");
    expect(tagsWith(html, "create-template")).toHaveLength(1);
    expect(html).toMatch(/data-testid="create-template"[^>]*>创建标准模板（全国通用表）<\/button>/);
    expect(view(stateAfter(loaded(NO_TEMPLATE)), "sichuan")).toContain("创建标准模板（四川省表）");
    // A sheet can still be marked as the template; the form waits for one.
    expect(tagsWith(html, "template-select")).toHaveLength(1);
    expect(html).toContain("请先创建或选择模板");
    const filled = view(stateAfter(loaded(NO_TEMPLATE), typed("name", "物业管理费")));
    expect(isDisabled(tagsWith(filled, "add-project-submit")[0])).toBe(true);
  });

  it("shows the workbook's read failure with a retry", () => {
    const html = view(stateAfter({ type: "contextLoaded", outcome: { ok: false, message: "Excel 正处于单元格编辑状态。" } }));
    expect(tagsWith(html, "context-error")).toHaveLength(1);
    expect(html).toContain("Excel 正处于单元格编辑状态。");
    expect(html).toContain("重新读取工作簿");
  });

  it("shows each typed field's error under it, in Chinese, and keeps the button disabled", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "城乡/医疗"), typed("initial", "-5"), typed("year", "24")));
    expect(html).toContain("工作表名称不能包含这些字符：/");
    expect(html).toContain("预算数不能为负数。");
    expect(html).toContain("年度应为 4 位数字");
    expect(html).toMatch(/aria-invalid="true"[^>]*data-testid="field-name"|data-testid="field-name"[^>]*aria-invalid="true"/);
    expect(isDisabled(tagsWith(html, "add-project-submit")[0])).toBe(true);
    // An untouched field's error waits until the user types there.
    const untouched = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "城乡/医疗")));
    expect(untouched).toContain("不能包含");
    expect(tagsWith(untouched, "field-name")[0]).toContain('aria-invalid="true"');
    expect(tagsWith(untouched, "field-initial")[0]).not.toContain('aria-invalid="true"');
  });

  it("offers the free name when the project's name is taken", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "食堂经费")));
    expect(html).toContain("已有名为“食堂经费”的工作表");
    const [button] = tagsWith(html, "name-suggestion");
    expect(button).toBeDefined();
    expect(html).toMatch(/data-testid="name-suggestion"[^>]*>改用“食堂经费\(2\)”<\/button>/);
    expect(tagsWith(view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "物业管理费"))), "name-suggestion")).toHaveLength(0);
  });

  it("enables 新增项目工作表 once the form is valid and a template is in force", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "物业管理费"), typed("initial", "1,200.5"), typed("annual", "")));
    expect(isDisabled(tagsWith(html, "add-project-submit")[0])).toBe(false);
    expect(html).not.toContain('aria-invalid="true"');
  });

  it("names the sheet added, shows the adapter's messages and offers 撤销新增", () => {
    const added: ProjectsAction = {
      type: "added",
      operation: "add",
      outcome: { ok: true, created: ["物业管理费"], record: { kind: "add-project", createdAt: "2025-05-20T01:00:00Z", sheets: [] }, syncs: 2, messages: ["分值为建议值，请确认。"] },
    };
    const html = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "物业管理费"), added));
    const result = html.slice(html.indexOf('data-testid="add-project-result"'));
    expect(result).toContain("已新增工作表“物业管理费”。");
    expect(result).toContain("分值为建议值，请确认。");
    expect(tagsWith(html, "undo-added")).toHaveLength(1);
    // The name is cleared for the next project; the other fields stay.
    expect(attr(tagsWith(html, "field-name")[0], "value")).toBe("");
    expect(attr(tagsWith(html, "field-year")[0], "value")).toBe("2024");

    // 撤销新增 in the adapter's words: what was deleted, then what was kept and why.
    const undo = (outcome: Extract<ProjectsAction, { type: "undone" }>["outcome"]) => view(stateAfter(loaded(WITH_TEMPLATE), added, { type: "undone", outcome }));
    const removed = undo({ ok: true, removed: ["物业管理费"], kept: [], messages: ["已删除新增的工作表：“物业管理费”。"] });
    expect(removed).toMatch(/data-intent="success"[^>]*>(<[^>]+>)*已删除新增的工作表：“物业管理费”。/);
    expect(tagsWith(removed, "undo-added")).toHaveLength(0);
    const kept = undo({ ok: true, removed: [], kept: ["物业管理费"], messages: ["工作表“物业管理费”在新增后被修改过，已保留。"] });
    expect(kept).toMatch(/data-intent="warning"[^>]*>(<[^>]+>)*工作表“物业管理费”在新增后被修改过，已保留。/);
    expect(undo({ ok: true, removed: [], kept: [], messages: [] })).toContain("没有删除任何工作表");
    // A failed undo says why and offers 撤销新增 again.
    const failed = undo({ ok: false, message: "Excel 正处于单元格编辑状态。" });
    expect(failed).toContain("Excel 正处于单元格编辑状态。");
    expect(tagsWith(failed, "undo-added")).toHaveLength(1);
  });

  it("shows a failed addition's Chinese message and no undo", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE), { type: "added", operation: "add", outcome: { ok: false, message: "工作簿受保护，无法新增工作表。" } }));
    expect(tagsWith(html, "add-project-result")).toHaveLength(1);
    expect(html).toContain("工作簿受保护，无法新增工作表。");
    expect(tagsWith(html, "undo-added")).toHaveLength(0);
  });

  it("lists the sheets an import created, under 导入绩效目标 only", () => {
    const html = view(
      stateAfter(loaded(WITH_TEMPLATE), {
        type: "added",
        operation: "import",
        source: "2024年绩效目标表",
        outcome: { ok: true, created: ["食堂经费(2)", "物业管理费"], record: { kind: "import-targets", createdAt: "2025-05-20T01:00:00Z", sheets: [] }, syncs: 3, messages: [], tables: 2 },
      }),
    );
    expect(tagsWith(html, "import-result")).toHaveLength(1);
    expect(tagsWith(html, "add-project-result")).toHaveLength(0);
    expect(html).toContain("已从“2024年绩效目标表”导入 2 个项目");
    expect(tagsWith(html, "created-sheet")).toHaveLength(2);
    expect(tagsWith(html, "undo-added")).toHaveLength(1);
  });

  it("disables the actions while one runs and shows its progress", () => {
    const html = view(stateAfter(loaded(WITH_TEMPLATE), typed("name", "物业管理费"), { type: "started", busy: "add" }));
    expect(isDisabled(tagsWith(html, "add-project-submit")[0])).toBe(true);
    expect(isDisabled(tagsWith(html, "import-submit")[0])).toBe(true);
    expect(html).toContain("正在新增项目工作表…");
  });
});
