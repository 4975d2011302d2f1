/**
 * End to end, issue 5's walkthrough: a workbook holding only the start-of-year 绩效目标表 (seed 004's
 * six tables pasted onto one sheet), in the production pane in Chromium with the Office.js stand-in
 * (ExcelApi 1.18). The user imports the targets (six project sheets), creates the standard template,
 * tries a name that is taken, adds a seventh project by hand, types the year-end figures, and checks
 * and scores the lot. Every step is checked against the domain and the Excel adapter run in Node over
 * the same workbook, and photographed for the release note (artifacts/e2e/walk-*.png), which also gets
 * artifacts/e2e/walkthrough.json: the sheets created, the figures typed and the totals.
 *
 * Run with `npm run test:e2e`. The tests of the walkthrough share one page and run in order.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import Decimal from "decimal.js";
import type { Browser, Page } from "playwright-core";
import { type CellPos, type Grid, cellAddress, displayText, gridRight, valueAt } from "../../src/domain/grid";
import { locateTables } from "../../src/domain/locate";
import type { LocatedTable } from "../../src/domain/locate/model";
import { parseTarget } from "../../src/domain/parse";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import type { ProjectReport, WorkbookReport } from "../../src/domain/report/types";
import { importTargets, tablesToSheets, type TargetTable } from "../../src/domain/targets";
import { validateProjectName } from "../../src/domain/template/sheet-name";
import { PROJECT_LIST_TEXT, SHEET_NAME_TEXT } from "../../src/domain/template/text";
import { TEMPLATE_SHEET_NAMES } from "../../src/domain/template/sheet-name";
import { excelStrings } from "../../src/strings/excel";
import { uiStrings } from "../../src/strings/ui";
import { readWorkbookFile } from "../../src/xlsx/read";
import { FakeBook, type FakeCell, type FakeSheetSpec } from "../office-standin/fake-excel";
import { FIXTURES, ROOT, bookFromXlsx } from "./harness/book";
import { type NetworkLog, type PanePage, expectClean, launchChromium, newNetworkLog, openPane, screenshotPane } from "./harness/browser";
import { type PaneBuild, buildStandin, preparePane } from "./harness/build";
import { type AdapterRun, adapterRun, allFindings, gridsOf, rateText, severityCounts } from "./harness/expected";
import { messages, parseRunSummary, runCheck, runSummaryText, shownFindings, shownSettings, shownSummaries, showTab, waitForPane } from "./harness/pane";
import { type StaticServer, serveStatic } from "./harness/server";
import type { StandinBook } from "../office-standin/protocol";

const ARTIFACTS = path.join(ROOT, "artifacts", "e2e");
const TARGETS_FILE = path.join(FIXTURES, "targets", "seed004-targets.xlsx");
const EXCEL_API = "1.18";
const SETUP_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 30_000;

/** The seventh project, typed into the 新增项目 form as the accountant would. */
const NEW_PROJECT = { name: "城乡居民医保政策宣传", dept: "[054]怀远县医疗保障局", unit: "怀远县医疗保障基金管理中心", year: "2024", initial: "25", annual: "25" };
/** Its year-end figures: 全年执行数, and three indicators on rows of the template's 二级指标. */
const NEW_EXECUTED = "24.958";
const NEW_INDICATORS = [
  { level2: "数量指标", name: "政策宣传活动场次", target: "≥17次", actual: "14", weight: "50" },
  { level2: "社会效益指标", name: "政策宣传受众人次", target: "≥5000人次", actual: "5600", weight: "30" },
  { level2: "服务对象满意度指标", name: "参保群众满意度", target: "≥90分", actual: "95", weight: "10" },
];
/** 全年执行数 of the imported project that gets its figures too, as a share of its budget. */
const IMPORTED_EXECUTION_SHARE = "0.96";

let pane: PaneBuild;
let standinJs: string;
let server: StaticServer;
let browser: Browser;
let start: StandinBook;
let targetsSheet: string;
/** What the domain makes of the targets file in Node: the tables, and the sheets named against the workbook. */
let expectedTables: TargetTable[];
let expectedSheets: string[];
const network: NetworkLog = newNetworkLog();
const opened: PanePage[] = [];

/** State the walkthrough's steps hand on. */
const walk: {
  p?: PanePage;
  templateSheet?: string;
  typed: Record<string, Record<string, string>>;
  adapter?: AdapterRun;
  report?: WorkbookReport;
  independent?: { rate: string; rateScore: string; total: string; grade: string };
} = { typed: {} };

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pane = preparePane();
  standinJs = buildStandin();
  server = await serveStatic(pane.dir);
  browser = await launchChromium();
  start = await bookFromXlsx(TARGETS_FILE, EXCEL_API);
  if (start.sheets.length !== 1) throw new Error(`the targets fixture should hold one sheet, not ${start.sheets.length}`);
  targetsSheet = start.sheets[0].name;
  const grids = await readWorkbookFile(TARGETS_FILE);
  const { tables, year } = importTargets(grids, NATIONAL_PROFILE, { defaultYear: new Date().getFullYear() });
  expectedTables = tables;
  expectedSheets = tablesToSheets(tables, NATIONAL_PROFILE, year, { existingSheetNames: [targetsSheet] }).map((s) => s.name);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  while (opened.length > 0) await opened.pop()!.close();
  await browser?.close();
  await server?.close();
});

async function open(book: StandinBook): Promise<PanePage> {
  const p = await openPane({ browser, server, standinJs, book, network });
  opened.push(p);
  await waitForPane(p.page);
  return p;
}

function page(): PanePage {
  if (!walk.p) throw new Error("the walkthrough's page is not open (an earlier step failed)");
  return walk.p;
}

/** Scrolls so that the element is at the top of the viewport (as far as the page goes): where the step is. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: "start" }));
}

/** Opens 新增项目 and waits until the workbook has been read (the template section shows its state). */
async function openAddTab(p: PanePage): Promise<void> {
  await p.page.getByTestId("add-project-tab").click();
  await p.page.getByTestId("add-project-form").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
  await projectsIdle(p.page);
}

/** The 新增项目 tab is not busy and knows the workbook. */
async function projectsIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="projects-progress"]') === null && document.querySelector('[data-testid="template-in-force"], [data-testid="no-template"]') !== null,
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
}

/** The messages of a result area (add-project-result, import-result, create-template-result), by intent. */
async function resultBars(page: Page, testId: string): Promise<{ intent: string; text: string }[]> {
  return page.getByTestId(testId).locator("[data-intent]").evaluateAll((els) => els.map((e) => ({ intent: (e as HTMLElement).dataset.intent ?? "", text: (e as HTMLElement).innerText.trim() })));
}

async function specsOf(p: PanePage): Promise<StandinBook> {
  return { excelApi: EXCEL_API, sheets: await p.specs() };
}

function gridOf(grids: Grid[], sheet: string): Grid {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) throw new Error(`no sheet ${sheet} in the workbook; sheets: ${grids.map((x) => x.sheet).join(", ")}`);
  return g;
}

/** The one self-evaluation table the locator finds on a project sheet. */
function tableOf(grid: Grid): LocatedTable {
  const tables = locateTables(grid);
  if (tables.length !== 1) throw new Error(`${grid.sheet}: ${tables.length} tables found, 1 expected`);
  return tables[0];
}

function at(p: CellPos | undefined, what: string): string {
  if (!p) throw new Error(`the locator found no cell for ${what}`);
  return cellAddress(p.row, p.col);
}

function valueOf(grid: Grid, p: CellPos | undefined): unknown {
  return p ? valueAt(grid, p.row, p.col) : undefined;
}

/** The column of the indicator header whose text matches (a blank template has no indicator rows to read columns from). */
function headerColumn(grid: Grid, row: number, label: RegExp): number {
  for (let c = grid.left; c <= gridRight(grid); c++) if (label.test(displayText(valueAt(grid, row, c)).replace(/\s/g, ""))) return c;
  throw new Error(`${grid.sheet}: no ${label} in the indicator header (row ${row + 1})`);
}

/** An actual the accountant types for a target: the target's figure (met), two points short on satisfaction, 达成预期指标 for words. */
function actualFor(target: unknown, level1: string): string {
  const t = parseTarget(target as string | number | null);
  if (t.kind !== "quantitative") return "达成预期指标";
  const figure = /满意/.test(level1) ? t.value.minus(2) : t.value;
  return t.unit.kind === "percent" ? `${figure.toString()}%` : figure.toString();
}

/** Score of a "more is better" indicator per DOMAIN.md: the weight when met, else weight × actual / target; 2 places, half-up. */
function moreIsBetterScore(target: string, actual: string, weight: string): Decimal {
  const t = new Decimal(/[\d.]+/.exec(target)![0]);
  const a = new Decimal(actual);
  const w = new Decimal(weight);
  return (a.greaterThanOrEqualTo(t) ? w : w.times(a).div(t)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function gradeOf(total: Decimal): string {
  return total.greaterThanOrEqualTo(90) ? "优" : total.greaterThanOrEqualTo(80) ? "良" : total.greaterThanOrEqualTo(60) ? "中" : "差";
}

function cellIn(sheet: FakeSheetSpec | undefined, address: string): Partial<FakeCell> | undefined {
  const c = sheet?.cells?.[address];
  return c === undefined ? undefined : typeof c === "object" ? c : { value: c };
}

describe("issue 5 walkthrough: import the targets, add a project, fill in, check and score (ExcelApi 1.18)", () => {
  it("1. imports seed 004's six targets tables into six project sheets; the targets sheet is not touched", async () => {
    const p = await open(start);
    walk.p = p;
    const before = await specsOf(p);
    // The JSON book reached the browser intact, and the specs rebuild it exactly.
    expect(new FakeBook(before.sheets).dump()).toEqual(await p.dump());

    await openAddTab(p);
    // The targets sheet is chosen (the pane offers it first, as its name says 目标); the user confirms it.
    await p.page.getByTestId("import-sheet-select").click();
    await p.page.getByRole("option", { name: targetsSheet, exact: true }).click();
    expect(await p.page.getByTestId("import-sheet-select").innerText()).toContain(targetsSheet);
    await p.page.getByTestId("import-submit").click();
    await p.page.getByTestId("import-result").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);

    expect((await resultBars(p.page, "import-result")).filter((b) => b.intent === "error")).toEqual([]);
    expect(await p.page.getByTestId("created-sheet").allInnerTexts()).toEqual(expectedSheets);
    expect(expectedSheets).toHaveLength(6);

    const after = await specsOf(p);
    expect(after.sheets.map((s) => s.name)).toEqual([targetsSheet, ...expectedSheets]);
    // The targets sheet, cell by cell (values, formats, fills), with its merges, notes and styles.
    expect(after.sheets[0]).toEqual(before.sheets[0]);

    // Each sheet holds what the domain's importTargets reads from the same file.
    const grids = await gridsOf(after);
    expectedSheets.forEach((sheet, i) => {
      const grid = gridOf(grids, sheet);
      const table = tableOf(grid);
      const source = expectedTables[i];
      const total = table.funds.find((f) => f.kind === "total");
      expect({ sheet, name: valueOf(grid, table.fields.name), initial: valueOf(grid, total?.initial) }).toEqual({ sheet, name: source.name, initial: source.funds.total });
      expect({ sheet, indicators: table.indicators.map((r) => [r.name, valueOf(grid, r.target)]) }).toEqual({ sheet, indicators: source.indicators.map((r) => [r.name, r.target]) });
    });

    await scrollToTop(p.page, "#import-heading");
    await screenshotPane(p, ARTIFACTS, "walk-1-imported.png");
    expectClean(p, network);
  });

  it("2. says the workbook has no template, and creates 模板", async () => {
    const p = page();
    await p.page.getByTestId("no-template").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    expect(await p.page.getByTestId("no-template").innerText()).toContain(uiStrings.pane.projects.template.none);
    await p.page.getByTestId("create-template").click();
    await p.page.getByTestId("create-template-result").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await p.page.getByTestId("template-in-force").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);

    expect((await resultBars(p.page, "create-template-result")).filter((b) => b.intent === "error")).toEqual([]);
    const names = (await p.specs()).map((s) => s.name);
    walk.templateSheet = TEMPLATE_SHEET_NAMES[0];
    expect(names).toEqual([targetsSheet, ...expectedSheets, walk.templateSheet]);
    expect(await p.page.getByTestId("template-in-force").innerText()).toContain(walk.templateSheet);
    expect(await p.page.getByTestId("no-template").count()).toBe(0);
    // The template is a blank national form the locator reads.
    expect(tableOf(gridOf(await gridsOf(await specsOf(p)), walk.templateSheet)).variant).toBe("national");

    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "walk-2-template.png");
    expectClean(p, network);
  });

  it("3. refuses a name that is taken (offering a free one), then adds the seventh project after the last project sheet", async () => {
    const p = page();
    const names = (await p.specs()).map((s) => s.name);
    const taken = expectedSheets[expectedSheets.length - 1];
    const check = validateProjectName(taken, names);
    if (check.ok) throw new Error(`${taken} should be taken`);
    expect(check.error).toBe(SHEET_NAME_TEXT.duplicate(taken, check.suggestion!));

    const name = p.page.getByTestId("field-name");
    await name.fill(taken);
    await p.page.getByTestId("name-suggestion").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    expect(await p.page.getByTestId("name-suggestion").innerText()).toBe(uiStrings.pane.projects.form.useSuggestion(check.suggestion!));
    const form = p.page.getByTestId("add-project-form");
    expect(await form.innerText()).toContain(check.error);
    expect(await p.page.getByTestId("add-project-submit").isDisabled()).toBe(true);
    await scrollToTop(p.page, "#add-project-heading");
    await screenshotPane(p, ARTIFACTS, "walk-3-duplicate.png");

    await name.fill(NEW_PROJECT.name);
    await p.page.getByTestId("name-suggestion").waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
    await p.page.getByTestId("field-dept").fill(NEW_PROJECT.dept);
    await p.page.getByTestId("field-unit").fill(NEW_PROJECT.unit);
    await p.page.getByTestId("field-year").fill(NEW_PROJECT.year);
    await p.page.getByTestId("field-initial").fill(NEW_PROJECT.initial);
    await p.page.getByTestId("field-annual").fill(NEW_PROJECT.annual);
    expect(await p.page.getByTestId("add-project-submit").isEnabled()).toBe(true);
    await p.page.getByTestId("add-project-submit").click();
    await p.page.getByTestId("add-project-result").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);
    const bars = await resultBars(p.page, "add-project-result");
    expect(bars.filter((b) => b.intent === "error")).toEqual([]);
    expect(bars[0]?.text).toContain(uiStrings.pane.projects.results.added(NEW_PROJECT.name));

    // Right after the last project sheet, before the template.
    const book = await specsOf(p);
    expect(book.sheets.map((s) => s.name)).toEqual([targetsSheet, ...expectedSheets, NEW_PROJECT.name, walk.templateSheet]);
    const grid = gridOf(await gridsOf(book), NEW_PROJECT.name);
    const table = tableOf(grid);
    const total = table.funds.find((f) => f.kind === "total");
    expect({
      name: valueOf(grid, table.fields.name),
      dept: valueOf(grid, table.fields.dept),
      unit: valueOf(grid, table.fields.unit),
      initial: valueOf(grid, total?.initial),
      annual: valueOf(grid, total?.annual),
      year: table.year,
    }).toEqual({ name: NEW_PROJECT.name, dept: NEW_PROJECT.dept, unit: NEW_PROJECT.unit, initial: Number(NEW_PROJECT.initial), annual: Number(NEW_PROJECT.annual), year: Number(NEW_PROJECT.year) });
    // Department, unit and year stay for the next project; the name and amounts are cleared.
    expect(await p.page.getByTestId("field-name").inputValue()).toBe("");
    expect(await p.page.getByTestId("field-dept").inputValue()).toBe(NEW_PROJECT.dept);

    await scrollToTop(p.page, "#add-project-heading");
    await screenshotPane(p, ARTIFACTS, "walk-4-added.png");
    expectClean(p, network);
  });

  it("4. takes the year-end figures as the user types them into the new sheet and an imported one", async () => {
    const p = page();
    const grids = await gridsOf(await specsOf(p));

    // The new sheet: 全年执行数, and three indicators (name, target, actual, weight) on the template's rows.
    const fresh = gridOf(grids, NEW_PROJECT.name);
    const table = tableOf(fresh);
    const header = table.indicatorHeaderRow;
    if (header === undefined) throw new Error("the new sheet has no indicator header");
    const col = {
      level2: headerColumn(fresh, header, /^二级指标$/),
      name: headerColumn(fresh, header, /^三级指标$/),
      target: headerColumn(fresh, header, /指标值$/),
      actual: headerColumn(fresh, header, /^实际完成值$/),
      weight: headerColumn(fresh, header, /^分值$/),
    };
    const typedNew: Record<string, string> = { [at(table.funds.find((f) => f.kind === "total")?.executed, "全年执行数")]: NEW_EXECUTED };
    for (const ind of NEW_INDICATORS) {
      let row = -1;
      for (let r = header + 1; r <= table.bottom && row < 0; r++) if (displayText(valueAt(fresh, r, col.level2)) === ind.level2) row = r;
      if (row < 0) throw new Error(`the template has no row for ${ind.level2}`);
      typedNew[cellAddress(row, col.name)] = ind.name;
      typedNew[cellAddress(row, col.target)] = ind.target;
      typedNew[cellAddress(row, col.actual)] = ind.actual;
      typedNew[cellAddress(row, col.weight)] = ind.weight;
    }
    // With the execution's 10, the weights make 100.
    expect(NEW_INDICATORS.reduce((s, i) => s.plus(i.weight), new Decimal(10)).toNumber()).toBe(100);
    await p.typeCells(NEW_PROJECT.name, typedNew);
    walk.typed[NEW_PROJECT.name] = typedNew;

    // An imported sheet: 全年预算数 (= its 年初预算数), 全年执行数, and an actual for every indicator.
    const importedSheet = expectedSheets[expectedSheets.length - 1];
    const imported = gridOf(grids, importedSheet);
    const importedTable = tableOf(imported);
    const funds = importedTable.funds.find((f) => f.kind === "total");
    const budget = new Decimal(String(valueOf(imported, funds?.initial)));
    const typedImported: Record<string, string> = {
      [at(funds?.annual, "全年预算数")]: budget.toString(),
      [at(funds?.executed, "全年执行数")]: budget.times(IMPORTED_EXECUTION_SHARE).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString(),
    };
    expect(importedTable.indicators.length).toBeGreaterThan(0);
    for (const r of importedTable.indicators) typedImported[at(r.actual, `实际完成值 of ${r.name}`)] = actualFor(valueOf(imported, r.target), r.level1);
    await p.typeCells(importedSheet, typedImported);
    walk.typed[importedSheet] = typedImported;

    // The book holds what was typed, read as Excel reads typed input (numbers as numbers, words as text).
    const after = await specsOf(p);
    for (const [sheet, cells] of Object.entries(walk.typed)) {
      const spec = after.sheets.find((s) => s.name === sheet);
      for (const [address, text] of Object.entries(cells)) {
        const percent = /^([\d.]+)%$/.exec(text);
        const want = percent ? new Decimal(percent[1]).div(100).toNumber() : /^[\d.]+$/.test(text) ? Number(text) : text;
        expect({ at: `${sheet}!${address}`, value: cellIn(spec, address)?.value }).toEqual({ at: `${sheet}!${address}`, value: want });
      }
    }

    // The new project's figures, computed here per DOMAIN.md, independently of the engine.
    const rate = new Decimal(NEW_EXECUTED).div(NEW_PROJECT.annual);
    const rateScore = Decimal.min(rate.times(10), 10).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const total = NEW_INDICATORS.reduce((s, i) => s.plus(moreIsBetterScore(i.target, i.actual, i.weight)), rateScore);
    walk.independent = { rate: rateText(rate.toString()), rateScore: rateScore.toFixed(2), total: total.toFixed(2), grade: gradeOf(total) };
    expect(walk.independent.rate).toBe("99.83%"); // 24.958 / 25
    expectClean(p, network);
  });

  it("5. checks and scores the lot: seven projects, the engine's findings and scores, the adapter's writes, the list sheet last", async () => {
    const p = page();
    await p.page.getByTestId("check-tab").click();
    const settings = await shownSettings(p.page);
    const before = await specsOf(p);
    expect(new FakeBook(JSON.parse(JSON.stringify(before.sheets)) as FakeSheetSpec[]).dump()).toEqual(await p.dump());
    // The engine and the Excel adapter, in Node, over the same workbook.
    const adapter = await adapterRun(before, settings);
    if (!adapter.outcome.ok) throw new Error(`the adapter failed in Node: ${adapter.outcome.message}`);
    const report = adapter.outcome.report;
    walk.adapter = adapter;
    walk.report = report;
    const from = (await p.runs()).length;

    await runCheck(p.page);
    await p.page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPane(p, ARTIFACTS, "walk-5-checked.png");

    // Seven projects: the six imported and the one added; not the targets sheet, not the blank template.
    const projectSheets = [...expectedSheets, NEW_PROJECT.name];
    expect(report.projects.map((r) => r.sheet)).toEqual(projectSheets);
    const summary = await runSummaryText(p.page);
    expect({ summary, counts: parseRunSummary(summary) }).toEqual({ summary, counts: severityCounts(report) });
    const key = (f: { code: string; severity: string; sheet: string; cell?: string }) => `${f.sheet} ${f.cell ?? ""} ${f.code} ${f.severity}`;
    expect((await shownFindings(p.page)).map(key).sort()).toEqual(allFindings(report).map(key).sort());
    // The list sheet written is said as information, not as a warning.
    expect(await messages(p.page)).toContainEqual({ intent: "info", text: excelStrings.listSheet.written(PROJECT_LIST_TEXT.sheetName) });
    const firstFinding = await p.page.getByTestId("finding").first().boundingBox();
    expect({ firstFindingInSight: firstFinding !== null && firstFinding.y < 900 }).toEqual({ firstFindingInSight: true });

    // The new project: the engine's figures equal those computed independently.
    const fresh = report.projects.find((r) => r.sheet === NEW_PROJECT.name)!;
    expect({ rate: fresh.funds.rate && rateText(fresh.funds.rate), rateScore: fresh.funds.rateScore, total: fresh.total, grade: fresh.grade }).toEqual(walk.independent);
    const filled = report.projects.find((r) => r.sheet === expectedSheets[expectedSheets.length - 1])!;
    expect(filled.total).not.toBeNull();
    const typedFilled = walk.typed[filled.sheet];
    const [filledAnnual, filledExecuted] = Object.values(typedFilled);
    expect({ annual: filled.funds.annual, executed: filled.funds.executed }).toEqual({ annual: filledAnnual, executed: filledExecuted });
    expect(rateText(filled.funds.rate!)).toBe(rateText(new Decimal(filledExecuted).div(filledAnnual).toString()));

    // What Excel holds now: the adapter's result, cell for cell, in as many round trips.
    expect(await p.dump()).toEqual(adapter.after);
    expect((await p.runs()).slice(from).reduce((n, r) => n + r.syncs, 0)).toBe(adapter.outcome.syncs);

    // The list sheet: the last tab, a row and a link per project, then 合计; the new project's total and grade.
    const sheets = await p.specs();
    const list = sheets[sheets.length - 1];
    expect(list.name).toBe(PROJECT_LIST_TEXT.sheetName);
    expect(sheets.map((s) => s.name)).toEqual([targetsSheet, ...projectSheets, walk.templateSheet, PROJECT_LIST_TEXT.sheetName]);
    const listGrid = gridOf(await gridsOf({ excelApi: EXCEL_API, sheets: [list] }), list.name);
    const headerRow = 1;
    const c = (h: string) => headerColumn(listGrid, headerRow, new RegExp(`^${h}$`));
    const rows: { no: unknown; name: unknown; link: unknown; total: unknown; grade: unknown }[] = [];
    for (let r = headerRow + 1; r <= headerRow + projectSheets.length + 1; r++) {
      const link = cellIn(list, cellAddress(r, c("工作表")));
      rows.push({ no: valueAt(listGrid, r, c("序号")), name: valueAt(listGrid, r, c("项目名称")), link: link?.formula ?? null, total: valueAt(listGrid, r, c("总分")), grade: valueAt(listGrid, r, c("等级")) });
    }
    const totals = rows.pop()!;
    expect(totals.no).toBe(PROJECT_LIST_TEXT.totalLabel);
    expect(totals.name).toBe(PROJECT_LIST_TEXT.projectCount(projectSheets.length));
    expect(rows.map((r) => r.no)).toEqual(projectSheets.map((_, i) => i + 1));
    expect(rows.map((r) => r.name)).toEqual(report.projects.map((r) => r.name));
    rows.forEach((r, i) => expect(String(r.link)).toMatch(new RegExp(`^=HYPERLINK\\("#'${projectSheets[i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}'!`)));
    const freshRow = rows[projectSheets.indexOf(NEW_PROJECT.name)];
    expect({ total: freshRow.total, grade: freshRow.grade }).toEqual({ total: Number(fresh.total), grade: fresh.grade });

    // 项目汇总: one summary per project with its rate, total and grade.
    await showTab(p.page, "projects");
    // The run's one-line summary, then the projects: the two scored ones are at the end, in tab order.
    await scrollToTop(p.page, '[data-testid="run-summary"]');
    await screenshotPane(p, ARTIFACTS, "walk-6-projects.png");
    const summaries = await shownSummaries(p.page);
    expect(summaries.map((s) => s.sheet)).toEqual(projectSheets);
    for (const project of [fresh, filled]) {
      const text = summaries.find((s) => s.sheet === project.sheet)!.text;
      const wanted = [project.name, rateText(project.funds.rate!), project.total!, project.grade!];
      expect({ sheet: project.sheet, missing: wanted.filter((w) => !text.includes(w)) }).toEqual({ sheet: project.sheet, missing: [] });
    }

    writeWalkthrough(list, listGrid);
    expectClean(p, network);
  });

  it("fetched nothing but its own files and office.js", () => {
    expect(network.blocked).toEqual([]);
    expect(network.officeJs.length).toBeGreaterThan(0);
  });
});

describe("撤销新增 after 新增项目", () => {
  it("removes the new sheet the user has not touched, and the workbook is as before", async () => {
    const p = await open(start);
    await openAddTab(p);
    await p.page.getByTestId("create-template").click();
    await p.page.getByTestId("template-in-force").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);
    const before = await p.specs();

    await p.page.getByTestId("field-name").fill(NEW_PROJECT.name);
    await p.page.getByTestId("field-initial").fill(NEW_PROJECT.initial);
    await p.page.getByTestId("add-project-submit").click();
    await p.page.getByTestId("add-project-result").waitFor({ state: "visible", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);
    const added = (await p.specs()).map((s) => s.name);
    expect(added.filter((n) => n !== NEW_PROJECT.name)).toEqual(before.map((s) => s.name));
    expect(added).toContain(NEW_PROJECT.name);

    await p.page.getByTestId("undo-added").click();
    await p.page.getByTestId("undo-added").waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
    await projectsIdle(p.page);
    const bars = await resultBars(p.page, "add-project-result");
    expect(bars.some((b) => b.intent === "success" && b.text.includes(NEW_PROJECT.name))).toBe(true);
    expect(await p.specs()).toEqual(before);
    expectClean(p, network);
  });
});

/** artifacts/e2e/walkthrough.json: what the release note quotes. */
function writeWalkthrough(list: FakeSheetSpec, listGrid: Grid): void {
  const report = walk.report!;
  const project = (r: ProjectReport) => ({
    sheet: r.sheet,
    name: r.name,
    annual: r.funds.annual,
    executed: r.funds.executed,
    rate: r.funds.rate === null ? null : rateText(r.funds.rate),
    rateScore: r.funds.rateScore,
    total: r.total,
    grade: r.grade,
    errors: r.counts.error,
    warnings: r.counts.warning,
    info: r.counts.info,
  });
  const totalsRow = 1 + report.projects.length + 1;
  const header = (h: string) => headerColumn(listGrid, 1, new RegExp(`^${h}$`));
  const doc = {
    excelApi: EXCEL_API,
    start: { file: path.relative(ROOT, TARGETS_FILE), sheets: [targetsSheet] },
    created: { imported: expectedSheets, template: walk.templateSheet, added: NEW_PROJECT.name },
    form: NEW_PROJECT,
    typed: walk.typed,
    independent: { sheet: NEW_PROJECT.name, ...walk.independent },
    projects: report.projects.map(project),
    counts: severityCounts(report),
    listSheet: {
      name: list.name,
      totals: {
        label: valueAt(listGrid, totalsRow, 0),
        projects: valueAt(listGrid, totalsRow, 1),
        annual: valueAt(listGrid, totalsRow, header("全年预算数")),
        executed: valueAt(listGrid, totalsRow, header("全年执行数")),
        rate: valueAt(listGrid, totalsRow, header("执行率")),
        errors: valueAt(listGrid, totalsRow, header("错误")),
        warnings: valueAt(listGrid, totalsRow, header("警告")),
      },
    },
    syncs: walk.adapter?.outcome.ok ? walk.adapter.outcome.syncs : null,
    screenshots: ["walk-1-imported.png", "walk-2-template.png", "walk-3-duplicate.png", "walk-4-added.png", "walk-5-checked.png", "walk-6-projects.png"],
  };
  writeFileSync(path.join(ARTIFACTS, "walkthrough.json"), `${JSON.stringify(doc, null, 2)}\n`);
}
