import type { Grid } from "../grid";
import type { RuleProfile } from "../profiles/types";
import type { SheetSpec } from "../template/types";
import { locateTargetTables } from "./locate";
import { tablesToSheets } from "./to-sheets";
import type { TargetTable } from "./types";

export * from "./types";
export { locateTargetTables } from "./locate";
export { tablesToSheets, type TablesToSheetsOptions } from "./to-sheets";

export interface ImportTargetsOptions {
  /** The self-evaluation year; default: the year the targets tables print. */
  year?: number;
  /** When neither `year` nor the tables give one (callers pass defaultProjectYear(now), template/project-form.ts). */
  defaultYear: number;
}

/** Every targets table of a workbook, in tab order, and one self-evaluation sheet per table. */
export function importTargets(grids: Grid[], profile: RuleProfile, options: ImportTargetsOptions): { tables: TargetTable[]; sheets: SheetSpec[]; year: number } {
  const tables = grids.flatMap((g) => locateTargetTables(g));
  const year = options.year ?? tables.find((t) => t.year !== undefined)?.year ?? options.defaultYear;
  return { tables, sheets: tablesToSheets(tables, profile, year), year };
}
