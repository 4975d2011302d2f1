/**
 * End to end: 填入说明草稿 in the production pane (Chromium, Office.js stand-in over the sample
 * workbook), at 320×600. Check the sample → 填入说明草稿 on one finding → the cell in the stand-in
 * holds the draft with the draft fill and note → 全部填入草稿 → a second check shows draft-unedited
 * errors exactly at the drafted cells → 撤销本次检查 removes the drafts. What Excel ends up holding is
 * compared with the Excel adapter run in Node over the same book. Screenshots: drafts-*.png in
 * artifacts/e2e/; every state is audited with axe (a11y.json).
 */
import { mkdirSync, rmSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { draftRequests } from "../../src/domain/drafts/plan";
import { DRAFT_PLACEHOLDER } from "../../src/domain/drafts/placeholder";
import { checkWorkbook } from "../../src/domain/engine";
import type { Finding } from "../../src/domain/finding";
import { NOTE_MARKER } from "../../src/domain/plan/notes";
import { capabilitiesFor } from "../../src/excel/host/capabilities";
import { HIGHLIGHT_FILLS } from "../../src/excel/host/colors";
import { fillDrafts } from "../../src/excel/check/drafts";
import { checkAndScore, undoLastCheck } from "../../src/excel/check/run";
import { DRAFT_WORDING } from "../../src/strings/drafts";
import { uiStrings } from "../../src/strings/ui";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { readWorkbookFile } from "../../src/xlsx/read";
import { editedTable } from "../helpers/check-harness";
import { specFromGrid } from "../office-standin/book";
import { FakeBook, type FakeCell, fakeExcelRun } from "../office-standin/fake-excel";
import type { StandinBook } from "../office-standin/protocol";
import { type A11yCounts, audit, saveA11y } from "./harness/a11y";
import { ROOT, SAMPLE, bookFromXlsx } from "./harness/book";
import { type DumpSheet, type NetworkLog, type PanePage, expectClean, launchChromium, newNetworkLog, openPane, screenshotPane } from "./harness/browser";
import { type PaneBuild, buildStandin, preparePane } from "./harness/build";
import { type PaneSettings, allFindings } from "./harness/expected";
import { TESTIDS, clickAndWaitForMessage, messages, runCheck, shownFindings, shownSettings, verdict, waitForPane } from "./harness/pane";
import { type StaticServer, serveStatic } from "./harness/server";

const ARTIFACTS = path.join(ROOT, "artifacts", "e2e");
const SETUP_TIMEOUT_MS = 300_000;
const WAIT_MS = 60_000;
const SIZE = { width: 320, height: 600 };

/** The error the brief names: 参保人数 ≥1072389 人, actual 1036189, no explanation (seed 000, table 5). */
const FIRST = { sheet: "5.医疗保障经办支出", cell: "I14" };

let pane: PaneBuild;
let standinJs: string;
let server: StaticServer;
let browser: Browser;
let sample: StandinBook;
const network: NetworkLog = newNetworkLog();
const opened: PanePage[] = [];
const a11y: Record<string, A11yCounts> = {};

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pane = preparePane();
  standinJs = buildStandin();
  server = await serveStatic(pane.dir);
  browser = await launchChromium();
  sample = await bookFromXlsx(SAMPLE, "1.18");
}, SETUP_TIMEOUT_MS);

afterEach(async () => {
  while (opened.length > 0) await opened.pop()!.close();
});

afterAll(async () => {
  saveA11y(a11y);
  await browser?.close();
  await server?.close();
  if (pane?.temporary) rmSync(pane.dir, { recursive: true, force: true });
});

async function open(book: StandinBook): Promise<PanePage> {
  const p = await openPane({ browser, server, standinJs, book, network });
  opened.push(p);
  await p.page.setViewportSize(SIZE);
  await waitForPane(p.page);
  return p;
}

/** Where the focus is: never the page body. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return "body";
    const h = e as HTMLElement;
    return `${h.tagName.toLowerCase()}${h.dataset.testid ? `[${h.dataset.testid}]` : ""} ${h.innerText?.trim().slice(0, 30) ?? ""}`;
  });
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function cellOf(dump: unknown, sheet: string, addr: string): FakeCell | undefined {
  return (dump as DumpSheet[]).find((s) => s.name === sheet)?.cells.find(([a]) => a === addr)?.[1];
}

function noteOf(dump: unknown, sheet: string, addr: string): string | undefined {
  return (dump as DumpSheet[]).find((s) => s.name === sheet)?.notes.find(([a]) => a === addr)?.[1];
}

/** Every cell that holds the drafts' placeholder, "Sheet!A1". */
function placeholderCells(dump: unknown): string[] {
  return (dump as DumpSheet[]).flatMap((s) => s.cells.filter(([, c]) => String(c.value).includes(DRAFT_PLACEHOLDER)).map(([a]) => `${s.name}!${a}`)).sort();
}

/** The engine's findings on the sample, with their drafts, as the pane's run makes them. */
async function engineFindings(settings: PaneSettings): Promise<Finding[]> {
  const report = checkWorkbook(await readWorkbookFile(SAMPLE), { profile: settings.profile, rateAsFormula: settings.rateAsFormula, addNotes: settings.addNotes, projectList: settings.projectList, drafts: DRAFT_WORDING });
  return allFindings(report);
}

/** The Excel adapter in Node over the same book: check, then `then` on the fake, the book's dump after. */
async function adapterBook(book: StandinBook, settings: PaneSettings, then: (fake: FakeBook, run: ReturnType<typeof fakeExcelRun>["run"], findings: Finding[]) => Promise<void>): Promise<unknown> {
  const fake = new FakeBook(clone(book.sheets));
  const caps = capabilitiesFor(book.excelApi);
  const run = () => fakeExcelRun(fake, book.excelApi).run;
  const outcome = await checkAndScore({ profile: settings.profile, rateAsFormula: settings.rateAsFormula, addNotes: settings.addNotes, projectList: settings.projectList, drafts: DRAFT_WORDING, caps, excelRun: run() });
  if (!outcome.ok) throw new Error(outcome.message);
  await then(fake, run(), allFindings(outcome.report));
  return clone(fake.dump());
}

const fillButton = (page: Page, sheet: string, cell: string) => page.locator(`[data-testid="${TESTIDS.fillDraft}"][data-sheet="${sheet}"][data-cell="${cell}"]`);

async function waitForMessage(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ({ sel, text }) => [...document.querySelectorAll(sel)].some((e) => (e as HTMLElement).innerText.includes(text)),
    { sel: `[data-testid="${TESTIDS.message}"]`, text },
    { timeout: WAIT_MS },
  );
  await page.getByTestId(TESTIDS.progress).waitFor({ state: "detached", timeout: WAIT_MS });
}

describe("填入说明草稿 in the task pane", () => {
  it("check → 填入说明草稿 → 全部填入草稿 → check again: draft-unedited at the drafts → 撤销本次检查 removes them (320×600)", async () => {
    const p = await open(sample);
    const settings = await shownSettings(p.page);
    await p.page.keyboard.press("Escape");
    const expected = await engineFindings(settings);
    const draftable = expected.filter((f) => f.draft?.cell);
    expect(draftable.map((f) => `${f.sheet}!${f.draft?.cell}`)).toContain(`${FIRST.sheet}!${FIRST.cell}`);

    await runCheck(p.page);
    // One button per draftable finding, named with its cell; 全部填入草稿 counts them.
    const buttons = p.page.getByTestId(TESTIDS.fillDraft);
    expect(await buttons.count()).toBe(draftable.length);
    const fillAll = p.page.getByTestId(TESTIDS.fillAllDrafts);
    expect((await fillAll.innerText()).trim()).toBe(uiStrings.pane.drafts.fillAll(draftable.length));
    const first = fillButton(p.page, FIRST.sheet, FIRST.cell);
    const firstFinding = draftable.find((f) => f.sheet === FIRST.sheet && f.draft?.cell === FIRST.cell)!;
    const subject = uiStrings.pane.drafts.subject(firstFinding.draft!.about, false);
    expect(subject).toMatch(/^“.+”$/);
    expect(await first.getAttribute("aria-label")).toBe(uiStrings.pane.drafts.fillLabel(FIRST.sheet, FIRST.cell, subject));
    expect(await p.page.getByRole("button", { name: uiStrings.pane.drafts.fillLabel(FIRST.sheet, FIRST.cell, subject), exact: true }).count()).toBe(1);
    const checked = await p.dump();
    expect(cellOf(checked, FIRST.sheet, FIRST.cell)?.value ?? "").toBe("");

    // One finding's draft.
    const runsBefore = (await p.runs()).length;
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await waitForMessage(p.page, uiStrings.pane.drafts.filledCount(1));
    const fillRuns = (await p.runs()).slice(runsBefore);
    expect(fillRuns.map((r) => r.syncs)).toEqual([3]);
    // The button says so, stays focusable and keeps the focus.
    expect(await first.getAttribute("data-drafted")).toBe("true");
    expect(await first.getAttribute("aria-disabled")).toBe("true");
    expect(await first.getAttribute("aria-label")).toBe(uiStrings.pane.drafts.filledLabel(FIRST.sheet, FIRST.cell, subject));
    expect(await focused(p.page)).toMatch(/^button\[fill-draft\]/);
    const one = await p.dump();
    const firstDraft = firstFinding.draft!.text;
    expect(cellOf(one, FIRST.sheet, FIRST.cell)).toMatchObject({ value: firstDraft, fill: HIGHLIGHT_FILLS.draft, formula: null });
    expect(noteOf(one, FIRST.sheet, FIRST.cell)).toBe(`${NOTE_MARKER}${DRAFT_WORDING.note}`);
    expect(placeholderCells(one)).toEqual([`${FIRST.sheet}!${FIRST.cell}`]);
    // The same as the adapter leaves in Node: check, then this one draft.
    const adapterOne = await adapterBook(sample, settings, async (_fake, run, findings) => {
      const outcome = await fillDrafts({ requests: draftRequests(findings.filter((f) => f.sheet === FIRST.sheet && f.draft?.cell === FIRST.cell)), profile: settings.profile, addNotes: settings.addNotes, caps: capabilitiesFor(sample.excelApi), excelRun: run });
      expect(outcome).toMatchObject({ ok: true, written: 1 });
    });
    expect(one).toEqual(adapterOne);
    expect((await fillAll.innerText()).trim()).toBe(uiStrings.pane.drafts.fillAll(draftable.length - 1));
    // The finding and its drafted mark in sight, for the screenshot.
    await first.scrollIntoViewIfNeeded();
    await p.page.evaluate(() => window.scrollBy(0, -140));
    await screenshotPane(p, ARTIFACTS, "drafts-filled-320x600.png");
    await audit(p.page, "drafts-filled", a11y);

    // Every other draft.
    await fillAll.scrollIntoViewIfNeeded();
    await fillAll.click();
    await waitForMessage(p.page, uiStrings.pane.drafts.filledCount(draftable.length - 1));
    expect((await fillAll.innerText()).trim()).toBe(uiStrings.pane.drafts.allFilled);
    expect(await fillAll.getAttribute("aria-disabled")).toBe("true");
    expect(await focused(p.page)).toMatch(/^button\[fill-all-drafts\]/);
    expect(await p.page.locator(`[data-testid="${TESTIDS.fillDraft}"][data-drafted="false"]`).count()).toBe(0);
    const all = await p.dump();
    const draftCells = draftable.map((f) => `${f.sheet}!${f.draft!.cell}`).sort();
    expect(placeholderCells(all)).toEqual(draftCells);
    for (const f of draftable) {
      expect({ at: `${f.sheet}!${f.draft!.cell}`, value: cellOf(all, f.sheet, f.draft!.cell!)?.value, fill: cellOf(all, f.sheet, f.draft!.cell!)?.fill }).toEqual({ at: `${f.sheet}!${f.draft!.cell}`, value: f.draft!.text, fill: HIGHLIGHT_FILLS.draft });
    }
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "drafts-all-filled-320x600.png");
    await audit(p.page, "drafts-all-filled", a11y);

    // Check again: each unfinished draft is an error at its cell, in place of its deviation; nothing else new.
    await runCheck(p.page);
    // Nothing is written again (the drafts stay in the undo record, not in the write batch).
    expect((await messages(p.page)).find((m) => m.intent === "success")?.text).toMatch(/^检查完成：写入 0 个结果单元格/);
    const shown = await shownFindings(p.page);
    const unedited = shown.filter((f) => f.code === "draft-unedited");
    expect(unedited.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(draftCells);
    expect(unedited.every((f) => f.severity === "error")).toBe(true);
    expect(shown.filter((f) => f.code === "deviation-unexplained").map((f) => `${f.sheet}!${f.cell}`).filter((at) => draftCells.includes(at))).toEqual([]);
    const before = new Set(expected.filter((f) => !f.draft?.cell).map((f) => `${f.sheet}!${f.cell ?? ""} ${f.code}`));
    const others = shown.filter((f) => f.code !== "draft-unedited").map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(others.filter((k) => !before.has(k))).toEqual([]);
    expect((await verdict(p.page)).intent).toBe("error");
    expect(await p.page.getByTestId(TESTIDS.fillDraft).count()).toBe(0);
    // The first draft-unedited error in sight.
    await p.page.locator(`[data-testid="${TESTIDS.finding}"][data-code="draft-unedited"]`).first().scrollIntoViewIfNeeded();
    await screenshotPane(p, ARTIFACTS, "drafts-recheck-320x600.png");
    await audit(p.page, "drafts-recheck", a11y);

    // 撤销本次检查: the drafts go with the second check's marks (they were still unedited).
    await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(await focused(p.page)).not.toBe("body");
    const undone = await p.dump();
    expect(placeholderCells(undone)).toEqual([]);
    for (const f of draftable) {
      const cell = cellOf(undone, f.sheet, f.draft!.cell!);
      expect({ at: `${f.sheet}!${f.draft!.cell}`, value: cell?.value ?? "", fill: cell?.fill ?? null, note: noteOf(undone, f.sheet, f.draft!.cell!) ?? null }).toEqual({ at: `${f.sheet}!${f.draft!.cell}`, value: "", fill: null, note: null });
    }
    // Exactly what the adapter leaves after check, check, undo without any draft (one level of undo: the first check's results stay).
    const twin = await adapterBook(sample, settings, async (fake, run) => {
      const again = await checkAndScore({ profile: settings.profile, rateAsFormula: settings.rateAsFormula, addNotes: settings.addNotes, projectList: settings.projectList, drafts: DRAFT_WORDING, caps: capabilitiesFor(sample.excelApi), excelRun: run });
      expect(again.ok).toBe(true);
      const back = await undoLastCheck({ caps: capabilitiesFor(sample.excelApi), excelRun: fakeExcelRun(fake, sample.excelApi).run });
      expect(back.ok).toBe(true);
    });
    expect(undone).toEqual(twin);
    expect((await messages(p.page)).filter((m) => m.intent === "error")).toEqual([]);
    expectClean(p, network);
  });

  it("撤销本次检查 right after 全部填入草稿 takes back the drafts and the check together", async () => {
    const p = await open(sample);
    const before = await p.dump();
    await runCheck(p.page);
    await p.page.getByTestId(TESTIDS.fillAllDrafts).click();
    await waitForMessage(p.page, "条说明草稿");
    expect(placeholderCells(await p.dump()).length).toBeGreaterThan(0);
    await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(await p.dump()).toEqual(before);
    expect(await p.settingsKeys()).toEqual([]);
    // Out of date now: no draft to fill from these results.
    expect(await p.page.getByTestId(TESTIDS.fillDraft).count()).toBe(0);
    expect(await p.page.getByTestId(TESTIDS.fillAllDrafts).count()).toBe(0);
    expectClean(p, network);
  });

  it("a draft with no cell to go into (no 偏差原因 column) is copied, or shown in a text box when the clipboard refuses", async () => {
    const grid = { ...editedTable((rows) => (rows[11][8] = null), { indicators: [{ l1: "产出指标", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 7, weight: 90, score: 78.75 }], totalScore: 88.75 }), sheet: "无说明列" };
    const draft = allFindings(checkWorkbook([grid], { profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING })).find((f) => f.draft)?.draft;
    expect(draft).toMatchObject({ kind: "not-met" });
    expect(draft?.cell).toBeUndefined();
    const p = await open({ excelApi: "1.18", sheets: [specFromGrid(grid)] });
    await runCheck(p.page);
    expect(await p.page.getByTestId(TESTIDS.fillDraft).count()).toBe(0);
    expect(await p.page.getByTestId(TESTIDS.fillAllDrafts).count()).toBe(0);
    await p.page.evaluate(() => {
      const w = window as unknown as { __copied__: string[]; __refuse__: boolean };
      w.__copied__ = [];
      w.__refuse__ = false;
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: {
          writeText: (text: string) => {
            if (w.__refuse__) return Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
            w.__copied__.push(text);
            return Promise.resolve();
          },
        },
      });
    });
    // Named with the finding's cell and its indicator.
    const finding = allFindings(checkWorkbook([grid], { profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING })).find((f) => f.draft)!;
    const copy = p.page.getByRole("button", { name: uiStrings.pane.drafts.copyLabel("无说明列", finding.cell, "“受益人数”"), exact: true });
    await copy.click();
    await waitForMessage(p.page, uiStrings.pane.drafts.copied);
    expect(await p.page.evaluate(() => (window as unknown as { __copied__: string[] }).__copied__)).toEqual([draft!.text]);
    expect(await focused(p.page)).toMatch(/^button\[copy-draft\]/);

    await p.page.evaluate(() => {
      (window as unknown as { __refuse__: boolean }).__refuse__ = true;
    });
    await copy.click();
    await waitForMessage(p.page, uiStrings.pane.drafts.copyManually);
    const box = p.page.getByTestId(TESTIDS.copyBox);
    await box.waitFor({ state: "visible", timeout: 5_000 });
    expect(await box.getByText(uiStrings.pane.drafts.copyBoxLabel).count()).toBe(1);
    expect(await box.locator("textarea").inputValue()).toBe(draft!.text);
    expect(await box.locator("textarea").evaluate((t) => t === document.activeElement)).toBe(true);
    // Nothing was written: copying is all a draft without a cell can do.
    expect(placeholderCells(await p.dump())).toEqual([]);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "drafts-copy-box-320x600.png");
    await audit(p.page, "drafts-copy-box", a11y);
    expectClean(p, network);
  });

  it("a cell typed into since the check is not overwritten: the pane lists it with its reason", async () => {
    const p = await open(sample);
    await runCheck(p.page);
    await p.typeCells(FIRST.sheet, { [FIRST.cell]: "参保人数减少：部分人员转为职工医保。" });
    await fillButton(p.page, FIRST.sheet, FIRST.cell).click();
    await waitForMessage(p.page, "没有填入");
    await p.page.evaluate(() => window.scrollTo(0, 0));
    const shown = await messages(p.page);
    expect(shown.map((m) => m.intent)).toEqual(["info", "warning"]);
    expect(shown[1].text).toContain(`${FIRST.cell} 已有内容，未覆盖`);
    expect(cellOf(await p.dump(), FIRST.sheet, FIRST.cell)?.value).toBe("参保人数减少：部分人员转为职工医保。");
    expect(await fillButton(p.page, FIRST.sheet, FIRST.cell).getAttribute("data-drafted")).toBe("false");
    expect(await focused(p.page)).not.toBe("body");
    await screenshotPane(p, ARTIFACTS, "drafts-skipped-320x600.png");
    await audit(p.page, "drafts-skipped", a11y);
    expectClean(p, network);
  });
});
