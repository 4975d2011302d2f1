/**
 * Parity of the two writers: the same plan, carried out by exceljs (src/xlsx/apply.ts, saved and read
 * back) and by Office.js (src/excel/check/apply.ts, over the stand-in), must leave the same values,
 * formulas, number formats, fills and notes in every cell, and report the same counts and skipped items.
 *
 * Both writers start from one workbook: a stand-in book, copied into exceljs cell by cell.
 *
 * Left out where the writers legitimately differ:
 * - sheet protection: exceljs cannot see it, so only the Excel writer skips a protected sheet
 *   (test/excel/check/apply.test.ts);
 * - threaded comments: exceljs has none; the Excel writer's notes-beside-comments rule is tested there;
 * - the sheets a plan owns whole (项目清单): each writer has its own mechanism (src/xlsx/project-list.ts,
 *   src/excel/check/owned-sheets.ts), so plans here carry none;
 * - what only Excel has: the undo record, messages, round trips, notes degraded to comments (1.10).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../src/domain/engine";
import { type CellValue, type Grid, parseAddress } from "../../../src/domain/grid";
import { locateTables } from "../../../src/domain/locate";
import { NOTE_MARKER } from "../../../src/domain/plan/notes";
import type { CellWrite, Plan } from "../../../src/domain/plan/types";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { applyPlan as applyWithOffice } from "../../../src/excel/check/apply";
import { readWorkbookState } from "../../../src/excel/check/read";
import { applyPlan as applyWithExceljs } from "../../../src/xlsx/apply";
import { buildDraftPlan, draftRequests } from "../../../src/domain/drafts/plan";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { withFunds, withIndicator } from "../../helpers/check-harness";
import { noteText } from "../../../src/xlsx/notes";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { FakeBook, FakeContext, type FakeSheet, type FakeSheetSpec } from "../../office-standin/fake-excel";
import { CAPS, FIXTURES, specFromGrid } from "../../office-standin/book";

/** What a user sees in a cell after the plan: a formula cell's value is whatever its host calculated, so left out. */
interface CellState {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  note: string | null;
}

type BookState = Record<string, Record<string, CellState>>;

const EMPTY: CellState = { value: null, formula: null, numberFormat: "General", fill: null, note: null };

function put(state: BookState, sheet: string, address: string, cell: Partial<CellState>): void {
  const s = (state[sheet] ??= {});
  const merged = { ...EMPTY, ...s[address], ...cell };
  if (merged.formula !== null) merged.value = null;
  if (JSON.stringify(merged) === JSON.stringify(EMPTY)) delete s[address];
  else s[address] = merged;
}

/** The stand-in's sheets as cell states. */
function standInState(sheets: FakeSheet[]): BookState {
  const state: BookState = {};
  for (const s of sheets) {
    state[s.name] = {};
    for (const [address, c] of s.cells) {
      put(state, s.name, address, {
        value: c.error ?? (c.value === "" ? null : c.value),
        formula: c.formula,
        numberFormat: c.numberFormat,
        fill: c.fill === null ? null : c.fill.toUpperCase(),
      });
    }
    for (const [address, text] of s.notes) put(state, s.name, address.toUpperCase(), { note: text });
  }
  return state;
}

/** Excel's serial of a date exceljs read back (a number with a date format comes back as a Date). */
const serialOf = (d: Date) => Math.round((d.getTime() / 86400000 + 25569) * 1e6) / 1e6;

/** An exceljs workbook (read back from its saved bytes) as cell states. */
function exceljsState(wb: ExcelJS.Workbook): BookState {
  const state: BookState = {};
  for (const ws of wb.worksheets) {
    state[ws.name] = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        const argb = fill?.type === "pattern" && fill.pattern === "solid" ? fill.fgColor?.argb : undefined;
        const note = cell.note === undefined ? null : noteText(cell.note);
        let value: CellState["value"] = null;
        let formula: string | null = null;
        if (cell.type === ExcelJS.ValueType.Formula) formula = `=${cell.formula}`;
        else if (cell.type !== ExcelJS.ValueType.Merge) {
          const v = cell.value;
          if (v instanceof Date) value = serialOf(v);
          else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") value = v;
          else if (v && typeof v === "object" && "error" in v) value = String(v.error);
          else if (v && typeof v === "object" && "richText" in v) value = v.richText.map((r) => r.text).join("");
        }
        put(state, ws.name, cell.address, {
          value,
          formula,
          numberFormat: cell.numFmt ?? "General",
          fill: argb ? `#${argb.slice(2).toUpperCase()}` : null,
          note: note === "" ? null : note,
        });
      }),
    );
  }
  return state;
}

/** The stand-in book copied into a new exceljs workbook, saved and read back as a file would be. */
async function exceljsCopy(book: FakeBook): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const [address, c] of s.cells) {
      // A merged area's other cells hold nothing in exceljs (the stand-in's hold "" after a read).
      const p = parseAddress(address);
      if (s.merges.some((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right && (p.row !== m.top || p.col !== m.left))) continue;
      const cell = ws.getCell(address);
      if (c.formula !== null) cell.value = { formula: c.formula.replace(/^=/, ""), result: c.value === "" ? undefined : c.value } as ExcelJS.CellFormulaValue;
      else if (c.error !== null) cell.value = { error: c.error } as ExcelJS.CellErrorValue;
      else if (c.value !== "") cell.value = c.value;
      if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
      if (c.fill !== null) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${c.fill.slice(1)}` } };
    }
    for (const [address, text] of s.notes) ws.getCell(address).note = text;
  }
  return reload(wb);
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(await wb.xlsx.writeBuffer());
  return out;
}

/** Runs one plan through both writers, from the same workbook; returns what each left and reported. */
async function bothWriters(specs: FakeSheetSpec[], plan: Plan) {
  const copy = JSON.parse(JSON.stringify(plan)) as Plan;

  const book = new FakeBook(specs, { host: "desktop" });
  const wb = await exceljsCopy(book);
  const before = standInState(book.sheets);
  expect(exceljsState(wb)).toEqual(before); // the two start equal

  const ctx = new FakeContext(book, "1.18");
  const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true });
  const office = await applyWithOffice(ctx.api, plan, CAPS["1.18"], { state });
  const officeState = standInState(book.sheets);

  const xlsx = applyWithExceljs(wb, copy);
  const xlsxState = exceljsState(await reload(wb));

  const counts = (r: typeof xlsx) => ({
    written: r.written,
    formulas: r.formulas,
    highlighted: r.highlighted,
    notesAdded: r.notesAdded,
    notesReplaced: r.notesReplaced,
    notesAppended: r.notesAppended,
    // The Excel writer's items also carry a Chinese message for the pane.
    skipped: r.skipped.map(({ kind, sheet, cell, reason, formula }) => ({ kind, sheet, cell, reason, formula })),
  });
  return { before, office: { state: officeState, result: counts(office) }, xlsx: { state: xlsxState, result: counts(xlsx) } };
}

/** Expects the two writers to agree, cell by cell (one expectation per cell, so a difference names its cell). */
function expectParity(run: Awaited<ReturnType<typeof bothWriters>>): void {
  const sheets = new Set([...Object.keys(run.office.state), ...Object.keys(run.xlsx.state)]);
  for (const sheet of sheets) {
    const cells = new Set([...Object.keys(run.office.state[sheet] ?? {}), ...Object.keys(run.xlsx.state[sheet] ?? {})]);
    for (const cell of cells) {
      expect([`${sheet}!${cell}`, run.xlsx.state[sheet]?.[cell]]).toEqual([`${sheet}!${cell}`, run.office.state[sheet]?.[cell]]);
    }
  }
  expect(run.xlsx.result).toEqual(run.office.result);
}

// ---------------------------------------------------------------------------------------------------
// The fixtures' own plans.

/** The result cells of every table on the grid: execution rate and score, indicator scores, total. */
function resultCells(grid: Grid): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (const t of locateTables(grid)) {
    const total = t.funds.find((f) => f.kind === "total");
    if (total?.rate) out.push(total.rate);
    if (total?.score) out.push(total.score);
    for (const ind of t.indicators) if (ind.score) out.push(ind.score);
    if (t.total?.score) out.push(t.total.score);
  }
  return out;
}

/** The grid with every other result cell emptied (values and formulas), so the plan has values to write. */
function blanked(grid: Grid): Grid {
  const values: CellValue[][] = grid.values.map((r) => [...r]);
  const formulas = grid.formulas?.map((r) => [...r]);
  resultCells(grid).forEach((p, i) => {
    if (i % 2 === 1) return;
    const r = p.row - grid.top;
    const c = p.col - grid.left;
    if (values[r]) values[r][c] = null;
    if (formulas?.[r]) formulas[r][c] = null;
  });
  return { ...grid, values, formulas };
}

const FIXTURE_FILES = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();

describe("the two writers carry out a plan alike", () => {
  it("finds the fixtures", () => {
    expect(FIXTURE_FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FIXTURE_FILES)("the plan of %s", async (file) => {
    const read = await readWorkbookFile(path.join(FIXTURES, file));
    // The Sichuan form has no result cells: its plan only marks and notes.
    const hasResults = read.some((g) => resultCells(g).length > 0);
    const grids = read.map(blanked);
    const profile = /sichuan/.test(file) ? SICHUAN_PROFILE : NATIONAL_PROFILE;
    // One fixture writes the execution rate as a live formula, the others as values.
    const rateAsFormula = file.startsWith("seed000-national");
    const { plan } = checkWorkbook(grids, { profile, plan: true, addNotes: true, rateAsFormula });
    const run = await bothWriters(grids.map((g) => specFromGrid(g)), plan);
    expectParity(run);
    if (hasResults) expect(run.xlsx.result.written).toBeGreaterThan(0);
    if (file !== "no-table.xlsx") expect(run.xlsx.result.highlighted).toBeGreaterThan(0);
    if (plan.notes.length > 0) expect(run.xlsx.result.notesAdded).toBeGreaterThan(0);
    if (rateAsFormula) expect(run.xlsx.result.formulas).toBeGreaterThan(0);
  });

  // A draft plan (填入说明草稿, --draft-explanations): text into an empty 偏差原因, text after the text
  // of a merged 实际完成情况, the draft fill over the merged area, the draft note beside a user's note.
  it("a plan of drafts: the same text, fills and notes in every cell", async () => {
    const grids = [
      withIndicator(0, { actual: 7, score: 17.5 }, { name: "未达成项目", totalScore: 97.5 }, "未达成"),
      { ...withFunds(10, 8, { rate: 0.8, score: 8 }, { name: "执行率低项目", totalScore: 98 }), sheet: "执行率低" },
    ];
    const report = checkWorkbook(grids, { profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING });
    const requests = draftRequests(report.projects.flatMap((p) => p.findings));
    expect(requests.map((r) => `${r.sheet}!${r.cell}`).sort()).toEqual(["执行率低!F11", "未达成!I13"]);
    const { plan } = buildDraftPlan(requests, grids, DRAFT_WORDING.note);
    const specs = grids.map((g) => specFromGrid(g, g.sheet === "执行率低" ? { notes: { F11: "张三：请补充说明" } } : {}));
    const run = await bothWriters(specs, plan);
    expectParity(run);
    expect(run.xlsx.result).toMatchObject({ written: 2, highlighted: 2, notesAdded: 1, notesAppended: 1, skipped: [] });
    expect(run.xlsx.state["未达成"].I13).toMatchObject({ value: requests.find((r) => r.sheet === "未达成")!.text, fill: "#E4DFEC", note: `${NOTE_MARKER}${DRAFT_WORDING.note}` });
    expect(run.xlsx.state["执行率低"].F11.note).toBe(`张三：请补充说明\n\n${NOTE_MARKER}${DRAFT_WORDING.note}`);
    expect(String(run.xlsx.state["执行率低"].F11.value).startsWith("完成率100%，达到了预期目标。\n预算执行情况：")).toBe(true);
    for (const c of ["F11", "G11", "H11", "I11"]) expect(run.xlsx.state["执行率低"][c].fill).toBe("#E4DFEC");
  });

  // -------------------------------------------------------------------------------------------------
  // Small plans, one per rule.

  const sheet = (name: string, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec => ({
    name,
    cells: {
      A1: "项目支出绩效自评表",
      B6: "年度资金总额",
      E6: 9,
      F6: 8,
      B13: "产出指标",
      D13: "受益人数",
      E13: "≥8人",
      G14: 3,
      H14: "=G14",
      H15: "=SUM(G14:G15)",
      I20: "说明",
      ...(extra.cells ?? {}),
    },
    merges: ["B13:B15", "D20:F21", ...(extra.merges ?? [])],
    notes: extra.notes,
  });

  const write = (cell: string, value: number, extra: Partial<CellWrite> = {}): CellWrite => ({
    sheet: "Sheet1",
    cell,
    role: "rateScore",
    value,
    text: String(value),
    numberFormat: "0.00",
    previous: { value: null, formula: null },
    ...extra,
  });
  const plan = (p: Partial<Plan>): Plan => ({ writes: [], highlights: [], notes: [], ...p });

  it("a formula cell named by a write is never written, even by a write carrying the same formula", async () => {
    const run = await bothWriters(
      [sheet("Sheet1")],
      plan({ writes: [write("H14", 5), write("H15", 3, { formula: "=SUM(G14:G15)" }), write("H6", 0.8889, { formula: "=F6/E6", numberFormat: "0.00%" })] }),
    );
    expectParity(run);
    expect(run.xlsx.result.skipped.map((s) => `${s.cell} ${s.reason} ${s.formula}`)).toEqual(["H14 formula-cell =G14", "H15 formula-cell =SUM(G14:G15)"]);
    expect(run.xlsx.state.Sheet1.H14).toEqual(run.before.Sheet1.H14);
    expect(run.xlsx.state.Sheet1.H6).toMatchObject({ formula: "=F6/E6", numberFormat: "0.00%" });
  });

  it("a sheet named with a different case is the same sheet", async () => {
    const run = await bothWriters(
      [sheet("Sheet1")],
      plan({
        writes: [write("I6", 8.89, { sheet: "sheet1" })],
        highlights: [{ sheet: "SHEET1", cell: "I6", kind: "result" }],
        notes: [{ sheet: "sheet1", cell: "I6", text: "[提示] 大小写不同的表名。" }],
      }),
    );
    expectParity(run);
    expect(run.xlsx.state.Sheet1.I6).toMatchObject({ value: 8.89, note: `${NOTE_MARKER}[提示] 大小写不同的表名。` });
  });

  it("a missing sheet and a bad address are skipped, and nothing else is touched", async () => {
    const run = await bothWriters(
      [sheet("Sheet1")],
      plan({
        writes: [write("A1", 1, { sheet: "不存在" }), write("第一行", 1)],
        highlights: [{ sheet: "不存在", cell: "A1", kind: "error" }, { sheet: "Sheet1", cell: "ZZZZ1", kind: "error" }],
        notes: [{ sheet: "不存在", cell: "A1", text: "x" }, { sheet: "Sheet1", cell: "A0", text: "x" }],
      }),
    );
    expectParity(run);
    expect(run.xlsx.state).toEqual(run.before);
    expect(run.xlsx.result.skipped.map((s) => s.reason)).toEqual(["sheet-not-found", "bad-address", "sheet-not-found", "bad-address", "sheet-not-found", "bad-address"]);
  });

  it("a merged area named anywhere is filled whole, and a write lands on its top-left cell", async () => {
    const run = await bothWriters(
      [sheet("Sheet1")],
      plan({ writes: [write("E21", 4)], highlights: [{ sheet: "Sheet1", cell: "B14", kind: "error" }, { sheet: "Sheet1", cell: "F21", kind: "result" }] }),
    );
    expectParity(run);
    for (const c of ["B13", "B14", "B15"]) expect(run.xlsx.state.Sheet1[c].fill).toBe("#FFC7CE");
    for (const c of ["D20", "E20", "F20", "D21", "E21", "F21"]) expect(run.xlsx.state.Sheet1[c].fill).toBe("#C6EFCE");
    expect(run.xlsx.state.Sheet1.D20.value).toBe(4);
    expect(run.xlsx.result.highlighted).toBe(2);
  });

  it("two highlights on one cell, or on one merged area: the most severe wins", async () => {
    const run = await bothWriters(
      [sheet("Sheet1")],
      plan({
        highlights: [
          { sheet: "Sheet1", cell: "E13", kind: "info" },
          { sheet: "Sheet1", cell: "E13", kind: "warning" },
          { sheet: "Sheet1", cell: "E13", kind: "result" },
          { sheet: "Sheet1", cell: "B13", kind: "warning" },
          { sheet: "Sheet1", cell: "B15", kind: "error" },
          { sheet: "Sheet1", cell: "B14", kind: "info" },
        ],
      }),
    );
    expectParity(run);
    expect(run.xlsx.state.Sheet1.E13.fill).toBe("#FFEB9C");
    for (const c of ["B13", "B14", "B15"]) expect(run.xlsx.state.Sheet1[c].fill).toBe("#FFC7CE");
    expect(run.xlsx.result.highlighted).toBe(2);
  });

  it("a user's note is kept in front of ours; our earlier note is replaced, not stacked", async () => {
    const run = await bothWriters(
      [
        sheet("Sheet1", {
          notes: {
            E13: "张三：待核实",
            D13: `${NOTE_MARKER}[警告] 上次的说明。`,
            B6: `李四：已改\n\n${NOTE_MARKER}[错误] 上次的说明。`,
            // The user's own blank lines at the end are theirs: kept as typed.
            E6: "王五：\n\n",
          },
        }),
      ],
      plan({
        highlights: ["E13", "D13", "B6", "E6", "F6"].map((cell) => ({ sheet: "Sheet1", cell, kind: "warning" as const })),
        notes: ["E13", "D13", "B6", "E6", "F6"].map((cell) => ({ sheet: "Sheet1", cell, text: `[警告] ${cell} 的新说明。` })),
      }),
    );
    expectParity(run);
    const notes = Object.fromEntries(["E13", "D13", "B6", "E6", "F6"].map((c) => [c, run.xlsx.state.Sheet1[c].note]));
    expect(notes).toEqual({
      E13: `张三：待核实\n\n${NOTE_MARKER}[警告] E13 的新说明。`,
      D13: `${NOTE_MARKER}[警告] D13 的新说明。`,
      B6: `李四：已改\n\n${NOTE_MARKER}[警告] B6 的新说明。`,
      E6: `王五：\n\n\n\n${NOTE_MARKER}[警告] E6 的新说明。`,
      F6: `${NOTE_MARKER}[警告] F6 的新说明。`,
    });
    expect(run.xlsx.result).toMatchObject({ notesAdded: 1, notesReplaced: 2, notesAppended: 2 });
  });
});
