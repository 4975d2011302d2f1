/** Applies a plan (values, highlights, notes) to an exceljs workbook, touching only the cells named. */
import ExcelJS from "exceljs";
import type { MergeArea } from "../domain/grid";
import type { ApplyResult as PlanApplyResult, Plan } from "../domain/plan/types";
import { HIGHLIGHT_FILLS, type HighlightKind } from "../domain/plan/highlight";
import { type PlanWorkbook, countNote, emptyApplyResult, resolvePlan } from "../domain/plan/resolve";
import { noteText, noteValue } from "./notes";
import { applyOwnedSheets, type OwnedSheetsResult } from "./project-list";

export type { HighlightKind };
export type { SkipReason, SkippedItem } from "../domain/plan/types";

/** The shared highlight fills as exceljs wants them: ARGB ("#FFC7CE" → "FFFFC7CE"). */
export const HIGHLIGHT_COLOURS = Object.fromEntries(
  Object.entries(HIGHLIGHT_FILLS).map(([kind, hex]) => [kind, `FF${hex.slice(1)}`]),
) as Record<HighlightKind, string>;

/** What applying did (the domain's ApplyResult), and the plan's own sheets. exceljs cannot see sheet protection. */
export interface ApplyResult extends PlanApplyResult {
  /** The plan's own sheets (project list): written, or skipped because a user's sheet has the name. */
  sheets?: OwnedSheetsResult;
}

export interface ApplyOptions {
  /** Leave notes out even when the plan has them (e.g. --no-notes). */
  notes?: boolean;
}

/** Applies the plan to the workbook in memory as resolvePlan decides; never changes a cell the plan does not name. */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan, options: ApplyOptions = {}): ApplyResult {
  const result: ApplyResult = emptyApplyResult();
  const sheets = wb.worksheets;
  const cellAt = (sheet: number, row: number, col: number) => sheets[sheet].getCell(row + 1, col + 1);
  const resolved = resolvePlan(plan, bookOf(sheets, cellAt), { notes: options.notes !== false });
  result.skipped = resolved.skipped;

  for (const { target, write } of resolved.writes) {
    const cell = cellAt(target.sheetIndex, target.row, target.col);
    if (write.formula) {
      cell.value = { formula: write.formula.replace(/^=/, ""), result: write.value };
      result.formulas++;
    } else if (write.role === "draft" && typeof write.value === "string") {
      cell.value = draftValue(cell.value, write.value);
    } else {
      cell.value = write.value;
    }
    if (write.numberFormat) restyle(cell, { numFmt: write.numberFormat });
    result.written++;
  }

  for (const fill of resolved.fills) {
    fillArea(sheets[fill.target.sheetIndex], fill.area, HIGHLIGHT_COLOURS[fill.kind]);
    result.highlighted++;
  }

  for (const note of resolved.notes) {
    const cell = cellAt(note.target.sheetIndex, note.target.row, note.target.col);
    cell.note = noteValue(cell.note, note);
    countNote(result, note.outcome);
  }
  if (plan.sheets && plan.sheets.length > 0) result.sheets = applyOwnedSheets(wb, plan.sheets);
  return result;
}

/**
 * The workbook as resolvePlan sees it. Only the cells the plan names are asked for (getCell creates a
 * cell): the named cell for its merged area, the value cell for its formula or note.
 */
function bookOf(sheets: ExcelJS.Worksheet[], cellAt: (sheet: number, row: number, col: number) => ExcelJS.Cell): PlanWorkbook {
  return {
    sheetNames: sheets.map((ws) => ws.name),
    mergeAt: (sheet, row, col) => {
      const cell = cellAt(sheet, row, col);
      if (!cell.isMerged) return undefined;
      const master = cell.master;
      const area = mergeAreaOf(master);
      if (!area) return { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: Number(master.row) - 1, right: Number(master.col) - 1 };
      return { top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 };
    },
    formulaAt: (sheet, row, col) => {
      const cell = cellAt(sheet, row, col);
      return cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula ?? ""}` : null;
    },
    noteAt: (sheet, row, col) => {
      const note = cellAt(sheet, row, col).note;
      return note === undefined || note === null ? null : noteText(note);
    },
  };
}

/**
 * A draft's cell value. Where the draft follows text written in runs of several fonts (实际完成情况
 * with a bold phrase), the runs stay and the draft is one more run after them; a link on the cell
 * stays on it; otherwise plain text.
 */
function draftValue(current: ExcelJS.CellValue, text: string): ExcelJS.CellValue {
  if (current && typeof current === "object" && "richText" in current && Array.isArray(current.richText)) {
    const runs = current.richText;
    const plain = runs.map((r) => r.text).join("");
    if (text.startsWith(plain)) return { richText: [...runs, { text: text.slice(plain.length) }] };
  }
  if (current && typeof current === "object" && "hyperlink" in current && typeof current.hyperlink === "string") {
    return { ...current, text };
  }
  return text;
}

/** Solid fill on every cell of the area (0-based), so a merged area shows it whole. */
function fillArea(ws: ExcelJS.Worksheet, area: MergeArea, argb: string): void {
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) restyle(ws.getCell(r + 1, c + 1), { fill });
  }
}

/** The 1-based bounds of the merged area whose top-left cell this is, or null. */
function mergeAreaOf(master: ExcelJS.Cell): { top: number; left: number; bottom: number; right: number } | null {
  const table = (master.worksheet as unknown as { _merges?: Record<string, { model?: unknown }> })._merges;
  const merge = table?.[master.address]?.model as
    | { top: number; left: number; bottom: number; right: number }
    | undefined;
  return merge && typeof merge.top === "number" ? merge : null;
}

/**
 * Sets style parts on one cell. exceljs shares one style object between every cell read with the
 * same style index, so the object is copied first; otherwise the change would leak to other cells.
 */
function restyle(cell: ExcelJS.Cell, parts: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...parts };
}
