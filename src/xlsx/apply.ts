/** Applies a plan (values, highlights, notes) to an exceljs workbook, touching only the cells named. */
import ExcelJS from "exceljs";
import type { CellWrite, Highlight, Plan } from "../domain/plan/types";
import { parseAddress } from "../domain/grid";
import { HIGHLIGHT_FILLS, HIGHLIGHT_RANK, type HighlightKind } from "../domain/plan/highlight";
import { mergeNote, type NoteOutcome } from "./notes";
import { applyOwnedSheets, type OwnedSheetsResult } from "./project-list";

export type { HighlightKind };

/** The shared highlight fills as exceljs wants them: ARGB ("#FFC7CE" → "FFFFC7CE"). */
export const HIGHLIGHT_COLOURS = Object.fromEntries(
  Object.entries(HIGHLIGHT_FILLS).map(([kind, hex]) => [kind, `FF${hex.slice(1)}`]),
) as Record<HighlightKind, string>;
const KIND_RANK = HIGHLIGHT_RANK;

export type SkipReason = "formula-cell" | "sheet-not-found" | "bad-address";

/** An item of the plan that was not applied, and why. */
export interface SkippedItem {
  kind: "write" | "highlight" | "note";
  sheet: string;
  cell: string;
  reason: SkipReason;
  /** The formula already in the cell ("=…"), for reason "formula-cell". */
  formula?: string;
}

export interface ApplyResult {
  /** Cells written (values and formulas together). */
  written: number;
  /** Of those, cells written as formulas. */
  formulas: number;
  /** Cells filled (a merged area counts once). */
  highlighted: number;
  notesAdded: number;
  /** Our note from an earlier run replaced. */
  notesReplaced: number;
  /** Ours appended after a note the user wrote. */
  notesAppended: number;
  skipped: SkippedItem[];
  /** The plan's own sheets (project list): written, or skipped because a user's sheet has the name. */
  sheets?: OwnedSheetsResult;
}

export interface ApplyOptions {
  /** Leave notes out even when the plan has them (e.g. --no-notes). */
  notes?: boolean;
}

/** Applies the plan to the workbook in memory; never changes a cell the plan does not name. */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan, options: ApplyOptions = {}): ApplyResult {
  const result: ApplyResult = {
    written: 0,
    formulas: 0,
    highlighted: 0,
    notesAdded: 0,
    notesReplaced: 0,
    notesAppended: 0,
    skipped: [],
  };

  for (const write of plan.writes) applyWrite(wb, write, result);

  for (const hl of strongestHighlights(plan.highlights)) {
    const cell = resolveCell(wb, hl.sheet, hl.cell, "highlight", result);
    if (cell) {
      fillArea(cell, HIGHLIGHT_COLOURS[hl.kind]);
      result.highlighted++;
    }
  }

  if (options.notes !== false) {
    for (const n of plan.notes) {
      const cell = resolveCell(wb, n.sheet, n.cell, "note", result);
      if (!cell) continue;
      const { note, outcome } = mergeNote(cell.note, n.text);
      cell.note = note;
      countNote(result, outcome);
    }
  }
  if (plan.sheets && plan.sheets.length > 0) result.sheets = applyOwnedSheets(wb, plan.sheets);
  return result;
}

function countNote(result: ApplyResult, outcome: NoteOutcome): void {
  if (outcome === "added") result.notesAdded++;
  else if (outcome === "replaced") result.notesReplaced++;
  else result.notesAppended++;
}

function applyWrite(wb: ExcelJS.Workbook, write: CellWrite, result: ApplyResult): void {
  const cell = resolveCell(wb, write.sheet, write.cell, "write", result);
  if (!cell) return;
  // A formula in the workbook is the user's work: never replace it, even with our own formula.
  if (cell.type === ExcelJS.ValueType.Formula) {
    result.skipped.push({
      kind: "write",
      sheet: write.sheet,
      cell: cell.address,
      reason: "formula-cell",
      formula: `=${cell.formula ?? ""}`,
    });
    return;
  }
  if (write.formula) {
    const formula = write.formula.replace(/^=/, "");
    cell.value = { formula, result: write.value };
    result.formulas++;
  } else {
    cell.value = write.value;
  }
  if (write.numberFormat) restyle(cell, { numFmt: write.numberFormat });
  result.written++;
}

/**
 * The cell a plan item names, or null (recorded as skipped). A cell inside a merged area resolves
 * to the area's top-left cell, which is where Excel keeps the value.
 */
function resolveCell(
  wb: ExcelJS.Workbook,
  sheet: string,
  address: string,
  kind: SkippedItem["kind"],
  result: ApplyResult,
): ExcelJS.Cell | null {
  const ws = findWorksheet(wb, sheet);
  if (!ws) {
    result.skipped.push({ kind, sheet, cell: address, reason: "sheet-not-found" });
    return null;
  }
  let pos: { row: number; col: number };
  try {
    pos = parseAddress(address);
  } catch {
    result.skipped.push({ kind, sheet, cell: address, reason: "bad-address" });
    return null;
  }
  const cell = ws.getCell(pos.row + 1, pos.col + 1);
  return cell.isMerged ? cell.master : cell;
}

function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.getWorksheet(name);
  if (exact) return exact;
  const folded = name.toLowerCase();
  return wb.worksheets.find((ws) => ws.name.toLowerCase() === folded);
}

/** One highlight per cell, the most severe. Order of first appearance is kept. */
function strongestHighlights(highlights: Highlight[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const hl of highlights) {
    const key = `${hl.sheet}\u0000${hl.cell.replace(/\$/g, "").toUpperCase()}`;
    const prev = byCell.get(key);
    if (!prev || KIND_RANK[hl.kind] < KIND_RANK[prev.kind]) byCell.set(key, hl);
  }
  return [...byCell.values()];
}

/** Solid fill on the cell, and on every cell of its merged area so the whole area shows it. */
function fillArea(master: ExcelJS.Cell, argb: string): void {
  const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
  const area = mergeAreaOf(master);
  if (!area) {
    restyle(master, { fill });
    return;
  }
  const ws = master.worksheet;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) restyle(ws.getCell(r, c), { fill });
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
