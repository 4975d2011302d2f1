import Decimal from "decimal.js";
import { type Grid, cellAddress, displayText, rangeAddress, valueAt } from "../grid";
import type { ProjectReport } from "../report/types";
import { uniqueSheetName } from "../template/sheet-name";
import { PROJECT_LIST_TEXT } from "../template/text";
import { TEMPLATE_FORMATS } from "../template/build";
import type { CellSpec, SheetSpec } from "../template/types";

const T = PROJECT_LIST_TEXT;

/** A sheet as far as naming the list goes: its name and its A1 text. */
export interface SheetSummary {
  name: string;
  a1: string;
}

/** The name and A1 of every grid. */
export function summariseSheets(grids: Grid[]): SheetSummary[] {
  return grids.map((g) => ({ name: g.sheet, a1: displayText(valueAt(g, 0, 0)) }));
}

/** A sheet is the add-in's own list when its A1 holds the list's marker text, whatever the tab is called. */
export function isProjectListSheet(grid: Grid): boolean {
  return displayText(valueAt(grid, 0, 0)) === T.marker;
}

/**
 * The list sheet's name: "项目清单（自动）", or an earlier list of ours wherever it is; when a sheet of
 * the user's already has that name, "项目清单（绩效自评助手）" (made unique if needed).
 */
export function projectListSheetName(sheets: SheetSummary[]): string {
  const fold = (s: string) => s.toLocaleLowerCase("en-US");
  const ours = sheets.find((s) => s.a1 === T.marker);
  if (ours) return ours.name;
  const names = sheets.map((s) => s.name);
  if (!names.some((n) => fold(n) === fold(T.sheetName))) return T.sheetName;
  return uniqueSheetName(T.alternativeName, names);
}

const num = (s: string | null) => (s === null ? null : new Decimal(s));

/**
 * The add-in's list sheet: 序号 / 项目名称 / 工作表 (a link to the table) / 全年预算数 / 全年执行数 /
 * 执行率 / 总分 / 等级 / 错误 / 警告, one row per project, and a 合计 row (Σ budget, Σ executed,
 * Σ executed ÷ Σ budget, the number of projects, Σ errors and warnings). Rewritten whole on each run.
 */
export function buildProjectListSheet(projects: ProjectReport[], sheets: SheetSummary[]): SheetSpec {
  const name = projectListSheetName(sheets);
  const cols = T.headers.length;
  const cells: CellSpec[] = [{ address: "A1", value: T.marker, role: "title", align: "left" }];
  T.headers.forEach((h, i) => cells.push({ address: cellAddress(1, i), value: h, role: "label" }));
  const at = (row: number, col: number) => cellAddress(row, col);
  const amount = (d: Decimal | null) => (d === null ? null : d.toNumber());
  const rate = (d: Decimal | null) => (d === null ? null : d.toDecimalPlaces(4).toNumber());

  let budget = new Decimal(0);
  let executed = new Decimal(0);
  let errors = 0;
  let warnings = 0;
  projects.forEach((p, i) => {
    const row = 2 + i;
    const annual = num(p.funds.annual);
    const exec = num(p.funds.executed);
    if (annual) budget = budget.plus(annual);
    if (exec) executed = executed.plus(exec);
    errors += p.counts.error;
    warnings += p.counts.warning;
    const cell = p.range.split(":")[0];
    cells.push(
      { address: at(row, 0), value: i + 1, role: "result" },
      { address: at(row, 1), value: p.name || T.unnamed, role: "result", align: "left" },
      { address: at(row, 2), value: p.sheet, role: "result", align: "left", link: { sheet: p.sheet, cell } },
      { address: at(row, 3), value: amount(annual), role: "result", numFmt: TEMPLATE_FORMATS.amount },
      { address: at(row, 4), value: amount(exec), role: "result", numFmt: TEMPLATE_FORMATS.amount },
      { address: at(row, 5), value: rate(num(p.funds.rate)), role: "result", numFmt: TEMPLATE_FORMATS.rate },
      { address: at(row, 6), value: p.total === null ? null : Number(p.total), role: "result", numFmt: TEMPLATE_FORMATS.score },
      { address: at(row, 7), value: p.grade, role: "result" },
      { address: at(row, 8), value: p.counts.error, role: "result" },
      { address: at(row, 9), value: p.counts.warning, role: "result" },
    );
  });
  const totalRow = 2 + projects.length;
  cells.push(
    { address: at(totalRow, 0), value: T.totalLabel, role: "label" },
    { address: at(totalRow, 1), value: T.projectCount(projects.length), role: "label", align: "left" },
    { address: at(totalRow, 2), value: null, role: "label" },
    { address: at(totalRow, 3), value: budget.toNumber(), role: "result", numFmt: TEMPLATE_FORMATS.amount },
    { address: at(totalRow, 4), value: executed.toNumber(), role: "result", numFmt: TEMPLATE_FORMATS.amount },
    { address: at(totalRow, 5), value: budget.isZero() ? null : rate(executed.div(budget)), role: "result", numFmt: TEMPLATE_FORMATS.rate },
    { address: at(totalRow, 6), value: null, role: "label" },
    { address: at(totalRow, 7), value: null, role: "label" },
    { address: at(totalRow, 8), value: errors, role: "result" },
    { address: at(totalRow, 9), value: warnings, role: "result" },
  );
  return {
    name,
    cells,
    merges: [rangeAddress(0, 0, 0, cols - 1)],
    widths: [6, 30, 28, 14, 14, 10, 8, 6, 6, 6],
    rowHeights: [{ row: 1, height: 24 }],
    borders: [rangeAddress(1, 0, totalRow, cols - 1)],
    validations: [],
  };
}
