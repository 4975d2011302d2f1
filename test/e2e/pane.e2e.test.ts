/**
 * End to end: the production task pane in Debian's Chromium, with office.js answered by a stand-in
 * over a real workbook (test/office-standin/). Clicks the pane's buttons and checks what it shows
 * against the engine, what the host received against the Excel adapter, the round trips, undo, and
 * that the pane fetches nothing but its own files and office.js.
 *
 * Run with `npm run test:e2e` (jest -c test/e2e/jest.e2e.config.js). Screenshots and metrics go to
 * artifacts/e2e/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { FINDING_CODES } from "../../src/domain/checks";
import { excelStrings } from "../../src/strings/excel";
import { uiStrings } from "../../src/strings/ui";
import { UNDO_SETTING_KEY } from "../../src/excel/check/undo-store";
import { FakeBook, type FakeCell, type FakeSheetSpec } from "../office-standin/fake-excel";
import { ROOT, SAMPLE, bookFromXlsx, repeatSheets } from "./harness/book";
import { type DumpSheet, type NetworkLog, type PanePage, expectClean, launchChromium, newNetworkLog, openPane, screenshotPane } from "./harness/browser";
import { type PaneBuild, buildStandin, preparePane } from "./harness/build";
import { adapterRun, allFindings, engineReport, rateText, severityCounts } from "./harness/expected";
import {
  BUTTONS,
  MENU_ACTIONS,
  MORE,
  TESTIDS,
  button,
  clickAction,
  clickAndWaitForMessage,
  expandSettings,
  menuItem,
  messages,
  missingTestIds,
  openMore,
  parseRunSummary,
  runCheck,
  runSummaryText,
  verdict,
  shownFindings,
  shownSettings,
  shownSummaries,
  showTab,
  waitForPane,
} from "./harness/pane";
import { type StaticServer, serveStatic } from "./harness/server";
import { type A11yCounts, audit as auditPage, saveA11y } from "./harness/a11y";
import { DARK_OFFICE_THEME, type StandinBook } from "../office-standin/protocol";

const ARTIFACTS = path.join(ROOT, "artifacts", "e2e");
const SETUP_TIMEOUT_MS = 300_000;

/** The sheet and cell the brief names: 实际 1036189 人、目标 ≥1072389 人，打了 10 分. */
const SCORE_MISMATCH = { code: "score-mismatch", severity: "error", sheet: "5.医疗保障经办支出", cell: "H14" };

let pane: PaneBuild;
let standinJs: string;
let server: StaticServer;
let browser: Browser;
let sample: StandinBook;
const network: NetworkLog = newNetworkLog();
const opened: PanePage[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pane = preparePane();
  console.log(`[e2e] pane: ${pane.how}`);
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
  writeFileSync(path.join(ARTIFACTS, "network.json"), JSON.stringify({ ...network, servedFromDisk: server?.log ?? [] }, null, 2));
  await browser?.close();
  await server?.close();
  if (pane?.temporary) rmSync(pane.dir, { recursive: true, force: true });
});

async function open(book: StandinBook): Promise<PanePage> {
  const p = await openPane({ browser, server, standinJs, book, network });
  opened.push(p);
  await waitForPane(p.page);
  return p;
}

/** Violations by impact, per pane state audited (artifacts/e2e/a11y.json, see harness/a11y.ts). */
const a11y: Record<string, A11yCounts> = {};

/** Runs axe on the page as it is and fails on a critical or serious violation. */
function audit(page: Page, state: string): Promise<void> {
  return auditPage(page, state, a11y);
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

/** The element's box lies wholly inside the viewport. */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize();
  return box !== null && size !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/** Nothing runs off the side: the page does not scroll horizontally. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

function clone<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function sheetOf(dump: unknown, name: string): DumpSheet {
  const s = (dump as DumpSheet[]).find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in the stand-in's workbook`);
  return s;
}

function cellOf(dump: unknown, sheet: string, addr: string): FakeCell | undefined {
  return sheetOf(dump, sheet).cells.find(([a]) => a === addr)?.[1];
}

function key(f: { code: string; severity: string; sheet: string; cell?: string }): string {
  return `${f.sheet} ${f.cell ?? ""} ${f.code} ${f.severity}`;
}

/** Total syncs of the Excel.run calls made since `from`. */
async function syncsSince(p: PanePage, from: number): Promise<{ syncs: number; runs: number; written: string[] }> {
  const runs = (await p.runs()).slice(from);
  const written = [...new Set(runs.flatMap((r) => r.writes.flat()))].sort();
  return { syncs: runs.reduce((n, r) => n + r.syncs, 0), runs: runs.length, written };
}

/** The sample with things of the user's own on cells the run touches, so that undo has something to put back. */
function sampleWithUserMarks(excelApi = "1.18"): StandinBook {
  const sheets = clone(sample.sheets).map((s: FakeSheetSpec) => {
    const cells = { ...(s.cells ?? {}) } as Record<string, Partial<FakeCell> | string | number | boolean>;
    const withStyle = (addr: string, style: Partial<FakeCell>) => {
      const c = cells[addr];
      cells[addr] = c === undefined ? style : typeof c === "object" ? { ...c, ...style } : { value: c as string | number | boolean, ...style };
    };
    if (s.name === "1.食堂经费") withStyle("H6", { numberFormat: "0.0%" }); // a result cell with the user's format
    if (s.name === SCORE_MISMATCH.sheet) {
      withStyle("H14", { fill: "#FFFF00" }); // the user's own yellow on a cell the run marks as an error
      return { ...s, cells, notes: { ...(s.notes ?? {}), I14: "请财务科复核（用户批注）" } };
    }
    return { ...s, cells };
  });
  return { excelApi, sheets };
}

describe("the task pane in Chromium, against the Office.js stand-in", () => {
  it("shows the buttons and controls of the DOM contract", async () => {
    const p = await open(sample);
    // 检查并评分 is a button; the other actions are items of the 更多 menu.
    expect({ button: BUTTONS.check, count: await button(p.page, "check").count() }).toEqual({ button: BUTTONS.check, count: 1 });
    expect(await p.page.getByRole("button", { name: MORE, exact: true }).count()).toBe(1);
    await openMore(p.page);
    for (const name of MENU_ACTIONS) {
      expect({ item: BUTTONS[name], count: await menuItem(p.page, name).count() }).toEqual({ item: BUTTONS[name], count: 1 });
    }
    await p.page.keyboard.press("Escape");
    await p.page.getByRole("menu").waitFor({ state: "detached", timeout: 5_000 });
    // 设置 is folded by default, so that a run's findings are in sight at once.
    expect(await missingTestIds(p.page, [TESTIDS.profile, TESTIDS.rateFormula, TESTIDS.addNotes])).toHaveLength(3);
    await expandSettings(p.page);
    expect(await missingTestIds(p.page, [TESTIDS.profile, TESTIDS.rateFormula, TESTIDS.addNotes])).toEqual([]);
    await runCheck(p.page);
    // The run folded 设置 and shows 问题清单 first; 项目汇总 is the other tab.
    await p.page.getByTestId(TESTIDS.profile).waitFor({ state: "detached", timeout: 5_000 });
    expect(await missingTestIds(p.page, [TESTIDS.severityFilter, TESTIDS.codeFilter, TESTIDS.runSummary, TESTIDS.finding])).toEqual([]);
    expect(await p.page.getByRole("tablist", { name: uiStrings.pane.results.viewsLabel }).getByRole("tab", { selected: true }).innerText()).toMatch(/^问题清单/);
    await showTab(p.page, "projects");
    expect(await missingTestIds(p.page, [TESTIDS.runSummary, TESTIDS.projectSummary])).toEqual([]);
    expectClean(p, network);
  });

  it("opens the 新增项目 tab with its form (screenshot)", async () => {
    const p = await open(sample);
    await p.page.getByTestId("add-project-tab").click();
    await p.page.getByTestId("add-project-form").waitFor({ state: "visible", timeout: 15_000 });
    await p.page.getByTestId("projects-progress").waitFor({ state: "detached", timeout: 15_000 });
    await screenshotPane(p, ARTIFACTS, "pane-add-project.png");
    expectClean(p, network);
  });

  it("checks and scores the sample: what it shows is checkWorkbook's, what Excel receives is the adapter's", async () => {
    const book: StandinBook = { ...sample, syncDelayMs: 150 }; // slow enough to see the progress indicator
    const p = await open(book);
    const before = await p.dump();
    // The JSON book reached the browser intact.
    expect(before).toEqual(clone(new FakeBook(clone(book.sheets)).dump()));

    const settings = await shownSettings(p.page);
    const report = await engineReport(SAMPLE, settings);
    const adapter = await adapterRun(book, settings);
    if (!adapter.outcome.ok) throw new Error(`the adapter failed in Node: ${adapter.outcome.message}`);
    const from = (await p.runs()).length;

    await runCheck(p.page, { expectProgress: true });
    await screenshotPane(p, ARTIFACTS, "pane-after-check.png");
    // The findings are what the accountant acts on: the first one is in sight without scrolling.
    const firstFinding = await p.page.getByTestId(TESTIDS.finding).first().boundingBox();
    expect({ firstFindingTop: firstFinding && firstFinding.y < 900 }).toEqual({ firstFindingTop: true });

    // Run summary: the engine's counts.
    const summary = await runSummaryText(p.page);
    expect({ summary, counts: parseRunSummary(summary) }).toEqual({ summary, counts: severityCounts(report) });
    expect(severityCounts(report)).toMatchObject({ projects: adapter.outcome.counts.projects, error: adapter.outcome.counts.error });

    // Every finding, once, with its message and cell address.
    const expected = allFindings(report);
    const shown = await shownFindings(p.page);
    expect(shown.map(key).sort()).toEqual(expected.map(key).sort());
    expect(shown.map(key)).toContain(key(SCORE_MISMATCH));
    for (const f of expected) {
      const el = shown.find((s) => key(s) === key(f))!;
      expect({ finding: key(f), hasMessage: el.text.includes(f.message), hasCell: el.text.includes(f.cell ?? "") }).toEqual({ finding: key(f), hasMessage: true, hasCell: true });
    }

    // One summary per project: name, execution rate, total, grade.
    await showTab(p.page, "projects");
    await screenshotPane(p, ARTIFACTS, "pane-projects.png");
    const summaries = await shownSummaries(p.page);
    expect(summaries.map((s) => s.sheet).sort()).toEqual(report.projects.map((r) => r.sheet).sort());
    for (const project of report.projects) {
      const text = summaries.find((s) => s.sheet === project.sheet)!.text;
      const wanted = [project.name, project.funds.rate === null ? null : rateText(project.funds.rate), project.total, project.grade].filter((x): x is string => x !== null);
      expect({ sheet: project.sheet, missing: wanted.filter((w) => !text.includes(w)) }).toEqual({ sheet: project.sheet, missing: [] });
      // A total with errors still to correct is provisional, and says so.
      const provisional = project.counts.error > 0 && project.total !== null;
      expect({ sheet: project.sheet, provisional: text.includes(uiStrings.pane.results.provisional) }).toEqual({ sheet: project.sheet, provisional });
    }

    // What Excel received: the adapter's result cell for cell, with the plan's values in the result cells.
    const after = await p.dump();
    expect(after).toEqual(adapter.after);
    for (const w of report.plan.writes) {
      const cell = cellOf(after, w.sheet, w.cell);
      const got = { at: `${w.sheet}!${w.cell}`, value: w.formula ? cell?.formula : cell?.value, numberFormat: cell?.numberFormat };
      expect(got).toEqual({ at: got.at, value: w.formula ?? w.value, numberFormat: w.numberFormat ?? cell?.numberFormat });
    }
    const run = await syncsSince(p, from);
    expect(run.written).toEqual(adapter.written);
    expect(run.written).toEqual(expect.arrayContaining(report.plan.writes.map((w) => `${w.sheet}!${w.cell}`)));
    expect(run.syncs).toBe(adapter.outcome.syncs);
    expect(await p.settingsKeys()).toEqual([UNDO_SETTING_KEY]);
    expectClean(p, network);
  });

  it("activates the sheet and selects the cell of a clicked finding", async () => {
    const p = await open(sample);
    await runCheck(p.page);
    expect(await p.activeSheet()).toBe("项目清单");
    const finding = p.page.locator(
      `[data-testid="${TESTIDS.finding}"][data-code="${SCORE_MISMATCH.code}"][data-sheet="${SCORE_MISMATCH.sheet}"][data-cell="${SCORE_MISMATCH.cell}"]`,
    );
    expect(await finding.count()).toBe(1);
    await finding.scrollIntoViewIfNeeded();
    await finding.click();
    await p.page.waitForFunction((want) => JSON.stringify(window.__STANDIN__?.selection()) === want, JSON.stringify({ sheet: SCORE_MISMATCH.sheet, address: SCORE_MISMATCH.cell }), { timeout: 10_000 });
    expect(await p.activeSheet()).toBe(SCORE_MISMATCH.sheet);
    expect(await p.selection()).toEqual({ sheet: SCORE_MISMATCH.sheet, address: SCORE_MISMATCH.cell });
    // The clicked finding is the current one (and the only one), and keeps the focus.
    // The finding becomes current once Excel has selected its cell.
    await finding.and(p.page.locator('[aria-current="true"]')).waitFor({ state: "attached", timeout: 5_000 });
    const current = () => p.page.$$eval(`[data-testid="${TESTIDS.finding}"][aria-current="true"]`, (els) => els.map((e) => `${(e as HTMLElement).dataset.sheet}!${(e as HTMLElement).dataset.cell}`));
    expect(await current()).toEqual([`${SCORE_MISMATCH.sheet}!${SCORE_MISMATCH.cell}`]);
    expect(await finding.evaluate((e) => e === document.activeElement)).toBe(true);
    await screenshotPane(p, ARTIFACTS, "pane-finding-selected.png");

    // Another sheet's finding moves the selection there.
    const other = p.page.locator(`[data-testid="${TESTIDS.finding}"][data-sheet="2.执法工作经费"][data-cell="E13"]`).first();
    await other.scrollIntoViewIfNeeded();
    await other.click();
    await p.page.waitForFunction(() => window.__STANDIN__?.selection()?.address === "E13", undefined, { timeout: 10_000 });
    expect(await p.selection()).toEqual({ sheet: "2.执法工作经费", address: "E13" });
    expect(await p.activeSheet()).toBe("2.执法工作经费");
    await other.and(p.page.locator('[aria-current="true"]')).waitFor({ state: "attached", timeout: 5_000 });
    expect(await current()).toEqual(["2.执法工作经费!E13"]);
    expectClean(p, network);
  });

  it("撤销本次检查 puts back values, formulas, number formats, fills and notes", async () => {
    const book = sampleWithUserMarks();
    const p = await open(book);
    const before = await p.dump();
    await runCheck(p.page);
    const checked = await p.dump();
    // The run did touch the user's things (so the restore below proves something).
    expect(cellOf(checked, "1.食堂经费", "H6")?.numberFormat).toBe("0.00%");
    expect(cellOf(checked, SCORE_MISMATCH.sheet, "H14")?.fill).not.toBe("#FFFF00");
    expect(sheetOf(checked, SCORE_MISMATCH.sheet).notes.find(([a]) => a === "I14")?.[1]).not.toBe("请财务科复核（用户批注）");

    expect(await missingTestIds(p.page, [TESTIDS.resultsStale])).toEqual([TESTIDS.resultsStale]);
    const summary = await runSummaryText(p.page);
    const shown = await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(shown.some((m) => m.intent !== "error")).toBe(true);
    expect(await p.dump()).toEqual(before);
    expect(await p.settingsKeys()).toEqual([]);
    // The results stay readable but are marked out of date, with a way to check again.
    expect(await missingTestIds(p.page, [TESTIDS.resultsStale])).toEqual([]);
    expect(await p.page.getByTestId(TESTIDS.resultsStale).innerText()).toContain(uiStrings.pane.results.recheck);
    expect(await runSummaryText(p.page)).toBe(summary);
    await screenshotPane(p, ARTIFACTS, "pane-after-undo.png");
    await p.page.getByTestId(TESTIDS.resultsStale).getByRole("button", { name: uiStrings.pane.results.recheck }).click();
    await p.page.getByTestId(TESTIDS.resultsStale).waitFor({ state: "detached", timeout: 60_000 });
    await p.page.getByTestId(TESTIDS.progress).waitFor({ state: "detached", timeout: 60_000 });
    expectClean(p, network);
  });

  it("清除标记 removes the run's fills and notes and keeps the values it wrote", async () => {
    const book = sampleWithUserMarks();
    const p = await open(book);
    const before = await p.dump();
    await runCheck(p.page);
    const checked = await p.dump();
    await clickAndWaitForMessage(p.page, "clearMarks", "已清除");
    const cleared = (await p.dump()) as DumpSheet[];

    for (const sheet of cleared) {
      // The run's own list sheet (项目清单（自动）) is not a mark: it stays as the run wrote it.
      if (!(before as DumpSheet[]).some((s) => s.name === sheet.name)) {
        expect(sheet).toEqual(sheetOf(checked, sheet.name));
        continue;
      }
      const b = sheetOf(before, sheet.name);
      const c = sheetOf(checked, sheet.name);
      const addrs = new Set([...b.cells, ...c.cells, ...sheet.cells].map(([a]) => a));
      for (const addr of addrs) {
        const now = sheet.cells.find(([a]) => a === addr)?.[1];
        const was = c.cells.find(([a]) => a === addr)?.[1];
        const orig = b.cells.find(([a]) => a === addr)?.[1];
        const got = { at: `${sheet.name}!${addr}`, value: now?.value ?? "", formula: now?.formula ?? null, numberFormat: now?.numberFormat ?? "General", fill: now?.fill ?? null };
        expect(got).toEqual({ at: got.at, value: was?.value ?? "", formula: was?.formula ?? null, numberFormat: was?.numberFormat ?? "General", fill: orig?.fill ?? null });
      }
      expect({ sheet: sheet.name, notes: sheet.notes }).toEqual({ sheet: sheet.name, notes: b.notes });
    }
    // The values stay undoable.
    await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(await p.dump()).toEqual(before);
    expectClean(p, network);
  });

  it("filters findings by severity and by code", async () => {
    const p = await open(sample);
    const report = await engineReport(SAMPLE, await shownSettings(p.page));
    const expected = allFindings(report);
    await runCheck(p.page);
    const filter = p.page.getByTestId(TESTIDS.severityFilter);
    const errorsButton = filter.getByRole("button").filter({ hasText: /^\s*错误/ });
    expect(await errorsButton.count()).toBe(1);

    // Each toggle says whether it is on.
    const pressed = () => filter.getByRole("button").evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.severity}=${e.getAttribute("aria-pressed")}`));
    expect(await pressed()).toEqual(["error=true", "warning=true", "info=true"]);
    await errorsButton.click();
    await p.page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-severity="error"]').length === 0, undefined, { timeout: 5_000 });
    expect((await shownFindings(p.page)).map(key).sort()).toEqual(expected.filter((f) => f.severity !== "error").map(key).sort());
    expect(await pressed()).toEqual(["error=false", "warning=true", "info=true"]);
    await screenshotPane(p, ARTIFACTS, "pane-filter-errors-off.png");
    await errorsButton.click();
    await p.page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, expected.length, { timeout: 5_000 });
    expect(await pressed()).toEqual(["error=true", "warning=true", "info=true"]);

    const description = FINDING_CODES.find((c) => c.code === SCORE_MISMATCH.code)?.description;
    expect(description).toBeTruthy();
    await p.page.getByTestId(TESTIDS.codeFilter).click();
    await p.page.getByRole("option", { name: description!, exact: true }).click();
    const wanted = expected.filter((f) => f.code === SCORE_MISMATCH.code);
    await p.page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, wanted.length, { timeout: 5_000 });
    expect((await shownFindings(p.page)).map(key).sort()).toEqual(wanted.map(key).sort());
    expectClean(p, network);
  });

  it("导出检查结果 downloads every finding as a CSV Excel opens in Chinese", async () => {
    const p = await open(sample);
    const report = await engineReport(SAMPLE, await shownSettings(p.page));
    await runCheck(p.page);
    const [download] = await Promise.all([p.page.waitForEvent("download", { timeout: 10_000 }), clickAction(p.page, "export")]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true); // without the BOM Excel reads GBK and garbles the Chinese
    const lines = text.slice(1).split("\r\n").filter((l) => l !== "");
    const expected = allFindings(report);
    expect(lines).toHaveLength(expected.length + 1);
    for (const f of expected) {
      expect({ finding: key(f), inCsv: lines.some((l) => l.startsWith(`${f.sheet},${f.cell ?? ""},`) && l.includes(`,${f.code},`)) }).toEqual({ finding: key(f), inCsv: true });
    }
    expect((await messages(p.page)).some((m) => m.intent === "success" && m.text.includes(download.suggestedFilename()))).toBe(true);
    expectClean(p, network);
  });

  it("复制检查结果 puts the findings tab-separated on the clipboard, or in a text box when refused", async () => {
    const p = await open(sample);
    const report = await engineReport(SAMPLE, await shownSettings(p.page));
    const expected = allFindings(report);
    await runCheck(p.page);
    // The clipboard as a WebView may have it: recording what it is given, then refusing.
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
    const checkRows = (text: string) => {
      // A textarea's value has its line ends as "\n".
      const lines = text.split(/\r?\n/).filter((l) => l !== "");
      expect(lines[0]).toBe(uiStrings.pane.csv.header.join("\t"));
      expect(lines).toHaveLength(expected.length + 1);
      for (const f of expected) {
        expect({ finding: key(f), copied: lines.some((l) => l.startsWith(`${f.sheet}\t${f.cell ?? ""}\t`) && l.includes(`\t${f.code}\t`)) }).toEqual({ finding: key(f), copied: true });
      }
    };

    const shown = await clickAndWaitForMessage(p.page, "copy", "剪贴板");
    expect(shown.some((m) => m.intent === "success" && m.text.includes(`${expected.length} 条`))).toBe(true);
    const copied = await p.page.evaluate(() => (window as unknown as { __copied__: string[] }).__copied__);
    expect(copied).toHaveLength(1);
    checkRows(copied[0]);
    expect(await missingTestIds(p.page, [TESTIDS.copyBox])).toEqual([TESTIDS.copyBox]);

    await p.page.evaluate(() => {
      (window as unknown as { __refuse__: boolean }).__refuse__ = true;
    });
    await clickAndWaitForMessage(p.page, "copy", "Ctrl+C");
    const box = p.page.getByTestId(TESTIDS.copyBox).locator("textarea");
    await box.waitFor({ state: "visible", timeout: 5_000 });
    expect(await box.getAttribute("readonly")).not.toBeNull();
    checkRows(await box.inputValue());
    // Selected and focused: Ctrl+C is the one step left.
    expect(await box.evaluate((t) => (t as HTMLTextAreaElement).selectionEnd - (t as HTMLTextAreaElement).selectionStart === (t as HTMLTextAreaElement).value.length && t === document.activeElement)).toBe(true);
    await screenshotPane(p, ARTIFACTS, "pane-copy-box.png");
    expectClean(p, network);
  });

  it("takes the same number of round trips for 1, 10 and 50 project sheets", async () => {
    const projectSheets = sample.sheets.filter((s) => s.name !== "项目清单");
    const syncs: Record<string, number> = {};
    let adapterSyncs = 0;
    for (const n of [1, 10, 50]) {
      const book: StandinBook = { excelApi: "1.18", sheets: repeatSheets(projectSheets, n) };
      const p = await open(book);
      const from = (await p.runs()).length;
      await runCheck(p.page);
      expect(parseRunSummary(await runSummaryText(p.page))?.projects).toBe(n);
      syncs[String(n)] = (await syncsSince(p, from)).syncs;
      if (n === 1) {
        const adapter = await adapterRun(book, await shownSettings(p.page));
        adapterSyncs = adapter.outcome.ok ? adapter.outcome.syncs : -1;
      }
      expectClean(p, network);
      await opened.pop()!.close();
    }
    writeFileSync(path.join(ARTIFACTS, "metrics.json"), `${JSON.stringify({ syncs, excelApi: "1.18", adapterSyncs }, null, 2)}\n`);
    console.log(`[e2e] syncs per 检查并评分 (ExcelApi 1.18): ${JSON.stringify(syncs)}; the adapter alone: ${adapterSyncs}`);
    expect(syncs["10"]).toBe(syncs["1"]);
    expect(syncs["50"]).toBe(syncs["1"]);
    expect(syncs["1"]).toBe(adapterSyncs);
  });

  it.each([
    ["1.10", [excelStrings.degraded.mergesUnavailable, excelStrings.degraded.notesAsComments]],
    // The pane runs without notes there and says so itself (the adapter's line needs notes asked for).
    ["1.7", [excelStrings.degraded.mergesUnavailable, uiStrings.pane.settings.notesUnsupported]],
  ])("on ExcelApi %s: checks, says what it cannot do, and undoes", async (excelApi, degraded) => {
    const book: StandinBook = { ...sample, excelApi };
    const p = await open(book);
    const before = await p.dump();
    const settings = await shownSettings(p.page);
    const adapter = await adapterRun(book, settings);
    if (!adapter.outcome.ok) throw new Error(`the adapter failed in Node: ${adapter.outcome.message}`);
    const from = (await p.runs()).length;
    await runCheck(p.page);

    const { counts } = adapter.outcome;
    expect(parseRunSummary(await runSummaryText(p.page))).toEqual({ projects: counts.projects, error: counts.error, warning: counts.warning, info: counts.info });
    const shown = await messages(p.page);
    const texts = shown.map((m) => m.text).join("\n");
    for (const line of degraded) {
      // On 1.10 the notes-as-comments line only applies when notes are on.
      if (line === excelStrings.degraded.notesAsComments && !settings.addNotes) continue;
      expect({ excelApi, shown: texts.includes(line), line }).toEqual({ excelApi, shown: true, line });
    }
    // Without notes or comments (before ExcelApi 1.10) the pane does not offer them, nor count them.
    const notesSwitch = p.page.getByTestId(TESTIDS.addNotes);
    await expandSettings(p.page);
    const noNotes = excelApi === "1.7";
    expect({ excelApi, disabled: await notesSwitch.isDisabled(), checked: await notesSwitch.isChecked() }).toEqual({ excelApi, disabled: noNotes, checked: !noNotes });
    const success = shown.find((m) => m.intent === "success")?.text ?? "";
    expect({ excelApi, success, countsNotes: success.includes("批注") }).toEqual({ excelApi, success, countsNotes: !noNotes });
    expect(await p.dump()).toEqual(adapter.after);
    expect((await syncsSince(p, from)).syncs).toBe(adapter.outcome.syncs);

    await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(await p.dump()).toEqual(before);
    expectClean(p, network);
  });

  it("(harness self-check) blocks and records a request to anywhere else", async () => {
    const own = newNetworkLog();
    const p = await openPane({ browser, server, standinJs, book: sample, network: own });
    opened.push(p);
    const outside = "https://example.com/selfeval-e2e-self-check";
    await expect(p.page.goto(outside)).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(own.blocked).toEqual([outside]);
    expect(own.officeJs).toHaveLength(1);
  });

  it("at 320×600 the first screen says what blocks submission; every state passes axe", async () => {
    const p = await open(sample);
    await p.page.setViewportSize({ width: 320, height: 600 });
    await audit(p.page, "before-check");
    const report = await engineReport(SAMPLE, await shownSettings(p.page));
    await p.page.keyboard.press("Escape");
    await p.page.getByRole("button", { name: /^设置/ }).click(); // fold it again, as a first visit has it
    await p.page.getByTestId(TESTIDS.profile).waitFor({ state: "detached", timeout: 5_000 });
    const counts = severityCounts(report);
    expect(counts.error).toBeGreaterThan(0);

    await runCheck(p.page);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "first-screen-320x600.png");
    const shown = await verdict(p.page);
    expect(shown).toEqual({ intent: "error", text: expect.stringContaining(uiStrings.pane.results.verdict(counts)) });
    const firstScreen = {
      width: 320,
      height: 600,
      errors: counts.error,
      errorCountVisible: await inViewport(p.page, `[data-testid="${TESTIDS.verdict}"] h2`),
      firstErrorVisible: await inViewport(p.page, `[data-testid="${TESTIDS.finding}"][data-severity="error"]`),
    };
    writeFileSync(path.join(ARTIFACTS, "first-screen.json"), `${JSON.stringify(firstScreen, null, 2)}\n`);
    expect(firstScreen).toEqual({ width: 320, height: 600, errors: counts.error, errorCountVisible: true, firstErrorVisible: true });
    // The announcement a screen reader hears has the counts.
    expect(await p.page.getByTestId(TESTIDS.status).innerText()).toBe(uiStrings.pane.results.announce(counts));

    // Errors first, then warnings, then information; sheet order within each, sheet-level ones last.
    const order = (await shownFindings(p.page)).map((f) => f.severity);
    expect(order).toEqual([...order].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    // Each finding is a list item whose button is named from its severity.
    const names = await p.page.locator(`li > [data-testid="${TESTIDS.finding}"]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    expect(names).toHaveLength(order.length);
    names.forEach((name, i) => expect(name.startsWith(`${uiStrings.pane.severity[order[i] as "error"]}：`)).toBe(true));
    // Headings in order: h1, h2 检查结果, h3 per severity.
    const headings = await p.page.locator("h1, h2, h3").evaluateAll((els) => els.map((e) => e.tagName.toLowerCase()));
    expect(headings.slice(0, 3)).toEqual(["h1", "h2", "h3"]);
    expect(await p.page.getByRole("heading", { level: 2 }).first().innerText()).toContain(uiStrings.pane.results.verdict(counts));
    expect(await p.page.getByRole("main").count()).toBe(1);
    await audit(p.page, "after-check");

    await showTab(p.page, "projects");
    await audit(p.page, "project-summary");
    await showTab(p.page, "findings");
    await expandSettings(p.page);
    await audit(p.page, "settings-open");

    await clickAndWaitForMessage(p.page, "undo", "已撤销本次检查");
    expect(await focused(p.page)).not.toBe("body");
    await audit(p.page, "after-undo");
    await screenshotPane(p, ARTIFACTS, "pane-after-undo-320x600.png");
    // 重新检查 in the out-of-date bar goes away with the run: the focus lands on the verdict.
    await p.page.getByTestId(TESTIDS.resultsStale).getByRole("button", { name: uiStrings.pane.results.recheck }).click();
    await p.page.getByTestId(TESTIDS.resultsStale).waitFor({ state: "detached", timeout: 60_000 });
    await p.page.getByTestId(TESTIDS.progress).waitFor({ state: "detached", timeout: 60_000 });
    expect(await focused(p.page)).toMatch(/^h2 /);
    await clickAndWaitForMessage(p.page, "clearMarks", "已清除");
    expect(await focused(p.page)).not.toBe("body");

    await p.page.getByTestId("add-project-tab").click();
    await p.page.getByTestId("add-project-form").waitFor({ state: "visible", timeout: 15_000 });
    await p.page.getByTestId("projects-progress").waitFor({ state: "detached", timeout: 15_000 });
    await p.page.getByTestId("field-name").fill(SCORE_MISMATCH.sheet);
    await p.page.getByTestId("name-suggestion").waitFor({ state: "visible", timeout: 5_000 });
    await audit(p.page, "add-project-errors");
    expectClean(p, network);
  });

  it("runs a check and jumps to a cell with the keyboard alone; the focus is never on the page body", async () => {
    const p = await open({ ...sample, syncDelayMs: 100 });
    await p.page.setViewportSize({ width: 350, height: 900 });
    const trail: string[] = [];
    const tabTo = async (want: RegExp, max = 30) => {
      for (let i = 0; i < max; i++) {
        await p.page.keyboard.press("Tab");
        const at = await focused(p.page);
        trail.push(at);
        if (want.test(at)) return at;
      }
      throw new Error(`Tab never reached ${want}; focus went: ${trail.join(" → ")}`);
    };
    await tabTo(new RegExp(`^button ${BUTTONS.check}$`));
    await p.page.keyboard.press("Enter");
    await p.page.getByTestId(TESTIDS.progress).waitFor({ state: "visible", timeout: 5_000 });
    // Busy, the button keeps the focus (disabledFocusable).
    expect(await focused(p.page)).toBe(`button ${BUTTONS.check}`);
    await p.page.getByTestId(TESTIDS.runSummary).waitFor({ state: "visible", timeout: 60_000 });
    await p.page.getByTestId(TESTIDS.progress).waitFor({ state: "detached", timeout: 60_000 });
    // The run ended: the focus is on the verdict, which a screen reader reads.
    expect(await focused(p.page)).toMatch(/^h2 /);
    const at = await tabTo(/^button\[finding\]/);
    expect(trail).not.toContain("body");
    const cell = await p.page.evaluate(() => {
      const d = (document.activeElement as HTMLElement).dataset;
      return { sheet: d.sheet ?? "", address: d.cell || "A1" };
    });
    await p.page.keyboard.press("Enter");
    await p.page.waitForFunction((want) => JSON.stringify(window.__STANDIN__?.selection()) === want, JSON.stringify(cell), { timeout: 10_000 });
    expect(await focused(p.page)).toBe(at);
    expect(await p.page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).toBe("true");
    // The focus ring is drawn (not only the browser's default, which Fluent removes).
    expect(await p.page.evaluate(() => getComputedStyle(document.activeElement as Element, "::after").outlineStyle + getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe("nonenone");
    expectClean(p, network);
  });

  it("follows Office's dark theme and its changes; at 350 px and at 200% zoom nothing runs off the side", async () => {
    const p = await open({ ...sample, officeTheme: DARK_OFFICE_THEME });
    await p.page.setViewportSize({ width: 350, height: 900 });
    const background = () =>
      p.page.evaluate(() => {
        const root = document.querySelector("main")?.parentElement as HTMLElement;
        const [r, g, b] = (getComputedStyle(root).backgroundColor.match(/\d+/g) ?? ["255", "255", "255"]).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    expect(await background()).toBeLessThan(0.3);
    await runCheck(p.page);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "pane-dark-350x900.png");
    await audit(p.page, "dark-after-check");
    expect(await horizontalOverflow(p.page)).toBeLessThanOrEqual(0);

    // 200% zoom in a 350 px pane: a 175 px wide page at twice the pixels.
    await p.page.setViewportSize({ width: 175, height: 450 });
    await p.page.evaluate(() => window.scrollTo(0, 0));
    expect(await horizontalOverflow(p.page)).toBeLessThanOrEqual(0);
    await p.page.screenshot({ path: path.join(ARTIFACTS, "pane-zoom200-350.png"), animations: "disabled" });

    await p.page.evaluate((light) => window.__STANDIN__?.setOfficeTheme(light), { ...DARK_OFFICE_THEME, isDarkTheme: false, bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" });
    await p.page.waitForFunction(() => {
      const root = document.querySelector("main")?.parentElement as HTMLElement;
      return getComputedStyle(root).backgroundColor === "rgb(255, 255, 255)";
    }, undefined, { timeout: 5_000 });
    await p.page.setViewportSize({ width: 350, height: 900 });
    await screenshotPane(p, ARTIFACTS, "pane-light-350x900.png");
    expectClean(p, network);
  });

  it("fetches nothing but its own files and office.js", () => {
    expect(network.blocked).toEqual([]);
    expect(network.officeJs.length).toBeGreaterThan(0);
    expect(network.local.some((u) => u.startsWith("/taskpane.html"))).toBe(true);
  });
});
