/** Writes the sheets a plan owns (the project list) into an exceljs workbook, replacing only our own. */
import type ExcelJS from "exceljs";
import { normaliseValue } from "./read";
import { displayText } from "../domain/grid";
import type { SheetSpec } from "../domain/template/types";
import { writeSheetSpec } from "./template";
import { sheetIndex } from "../domain/sheets/workbook-sheets";

export interface OwnedSheetsResult {
  /** Sheets written (created, or replacing an earlier one of ours). */
  written: string[];
  /** Sheets not written because a sheet of the user's has the name. */
  skipped: string[];
}

/** A1's text: the owned sheets carry their marker there. */
function a1Text(ws: ExcelJS.Worksheet): string {
  const cell = ws.getCell("A1");
  return displayText(normaliseValue(cell.isMerged ? cell.master.value : cell.value));
}

/**
 * Writes each spec as a whole sheet after the last tab. A sheet of the same name is replaced only
 * when it is ours, i.e. its A1 holds the same marker as the spec's A1; a sheet of the user's is
 * never touched (the domain names the list so that this does not happen).
 */
export function applyOwnedSheets(wb: ExcelJS.Workbook, specs: SheetSpec[]): OwnedSheetsResult {
  const result: OwnedSheetsResult = { written: [], skipped: [] };
  for (const spec of specs) {
    const marker = spec.cells.find((c) => c.address === "A1")?.value;
    const i = sheetIndex(wb.worksheets.map((ws) => ws.name), spec.name);
    const existing = i >= 0 ? wb.worksheets[i] : undefined;
    if (existing) {
      if (marker === undefined || marker === null || a1Text(existing) !== String(marker)) {
        result.skipped.push(spec.name);
        continue;
      }
      wb.removeWorksheet(existing.id);
    }
    writeSheetSpec(wb, spec);
    result.written.push(spec.name);
  }
  return result;
}
