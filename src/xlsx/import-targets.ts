/** Reads a 项目支出绩效目标表 workbook and builds a new self-evaluation workbook from it (exceljs). */
import ExcelJS from "exceljs";
import type { RuleProfile } from "../domain/profiles/types";
import { importTargets } from "../domain/targets";
import type { TargetTable } from "../domain/targets/types";
import type { SheetSpec } from "../domain/template/types";
import { gridsFromWorkbook, loadWorkbookFile } from "./read";
import { writeSheetSpec } from "./template";

export interface ImportTargetsResult {
  tables: TargetTable[];
  sheets: SheetSpec[];
  year: number;
  /** The new workbook: one self-evaluation sheet per project and nothing else. */
  workbook: ExcelJS.Workbook;
}

/** A new workbook holding exactly these sheets, in order. */
export function workbookFromSpecs(specs: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效自评助手";
  for (const spec of specs) {
    const ws = writeSheetSpec(wb, spec);
    ws.pageSetup = { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  return wb;
}

/**
 * Reads the targets tables of the file at `input` (which is only read, never written) and returns
 * them with a new workbook of self-evaluation sheets; the caller saves it.
 */
export async function importTargetsFile(input: string, profile: RuleProfile, options: { year?: number; defaultYear: number }): Promise<ImportTargetsResult> {
  const source = await loadWorkbookFile(input);
  const { tables, sheets, year } = importTargets(gridsFromWorkbook(source), profile, options);
  return { tables, sheets, year, workbook: workbookFromSpecs(sheets) };
}
