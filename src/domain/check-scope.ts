/**
 * Sheets a check leaves out although tables are found on them, because they are not a project's
 * self-evaluation: the start-of-year targets tables (导入绩效目标's source), and the blank template
 * 新增项目 copies from. Scored, the targets tables became projects of their own that every imported
 * sheet "duplicated", and the blank form one more project full of errors.
 */
import { type Grid, isBlank, valueAt } from "./grid";
import type { LocatedTable } from "./locate/model";
import { locateTargetTables } from "./targets/locate";
import { templateSheetCandidates } from "./template/sheet-name";

export type SkipReason = "targets" | "blank-template";

/** A sheet of start-of-year 项目支出绩效目标表 only, not self-evaluations. */
export function isTargetsSheet(grid: Grid, tables: readonly LocatedTable[]): boolean {
  // A targets table has no 实际完成值 column: a sheet whose every table has one is a self-evaluation,
  // and the targets locator (a second full pass over the sheet) is spared.
  if (tables.length > 0 && tables.every((t) => t.indicators.some((r) => r.actual !== undefined))) return false;
  const targets = locateTargetTables(grid).length;
  return targets > 0 && targets >= tables.length;
}

/**
 * Why a sheet with tables is not checked, or null: a targets sheet; the template (the one the user
 * marked, or 模板 / 自评表模板) while no table on it has a project name. A filled-in template is checked.
 */
export function skipReason(grid: Grid, tables: readonly LocatedTable[], templateSheet?: string | null): SkipReason | null {
  if (tables.length === 0) return null;
  const names = templateSheetCandidates(templateSheet);
  const sheet = grid.sheet.toLowerCase();
  if (names.some((n) => n.toLowerCase() === sheet) && tables.every((t) => !t.fields.name || isBlank(valueAt(grid, t.fields.name.row, t.fields.name.col)))) {
    return "blank-template";
  }
  return isTargetsSheet(grid, tables) ? "targets" : null;
}
