/**
 * The rules for carrying out a plan, decided once for both writers (exceljs in src/xlsx, Office.js in
 * src/excel): which sheet and cell each item lands on, which writes a formula stops, which fill a cell
 * gets, what each note becomes. A writer describes its workbook (PlanWorkbook), calls resolvePlan and
 * executes the result; it decides nothing of its own but how to talk to its library.
 */
import { type MergeArea, cellAddress } from "../grid";
import { sheetIndex } from "../sheets/workbook-sheets";
import { cellKey, cellPosition } from "./cell-key";
import { HIGHLIGHT_FILLS, type HighlightKind, outranks, strongestHighlights } from "./highlight";
import { type MergedNote, type NoteOutcome, mergeNote } from "./notes";
import type { ApplyResult, CellWrite, Plan, SkippedItem } from "./types";

/**
 * True when a cell holding `formula` ("=…", or null) may be written. A formula is never written over:
 * the user's is their work, and ours from an earlier run is left as it is (a run stays idempotent).
 */
export function mayWrite(formula: string | null): formula is null {
  return formula === null;
}

/** What a writer tells the domain about the workbook it applies a plan to. Positions are 0-based. */
export interface PlanWorkbook {
  /** The workbook's sheet names, in tab order; `sheet` below is an index into them. */
  readonly sheetNames: readonly string[];
  /** True when the sheet refuses writes. A writer that cannot see protection (exceljs) leaves it out. */
  isProtected?(sheet: number): boolean;
  /** The merged area a cell lies in, if any. */
  mergeAt(sheet: number, row: number, col: number): MergeArea | undefined;
  /** The formula a cell holds ("=…"), or null. Asked only of cells a write names. */
  formulaAt(sheet: number, row: number, col: number): string | null;
  /** The cell's note (or threaded comment) as plain text, or null. Asked only of cells a note names. */
  noteAt(sheet: number, row: number, col: number): string | null;
  /** True when a threaded comment someone else wrote is on the cell: it is theirs, no note of ours goes there. */
  othersCommentAt?(sheet: number, row: number, col: number): boolean;
}

/** The cell an item of the plan lands on. */
export interface CellTarget {
  /** Index into PlanWorkbook.sheetNames, and the name as the workbook spells it. */
  sheetIndex: number;
  sheet: string;
  /** The cell that holds the value: a merged area's top-left cell. */
  cell: string;
  row: number;
  col: number;
  /** The merged area the named cell lies in, if any. */
  area?: MergeArea;
}

export interface PlannedWrite {
  target: CellTarget;
  write: CellWrite;
}

/** One fill: the colour on every cell of `area` (the target's merged area, or the cell alone). */
export interface PlannedFill {
  target: CellTarget;
  area: MergeArea;
  kind: HighlightKind;
  /** "#RRGGBB", from HIGHLIGHT_FILLS. */
  color: string;
}

export interface PlannedNote extends MergedNote {
  target: CellTarget;
}

/**
 * A plan as the writers carry it out: at most one write, one fill and one note per cell, in the plan's
 * order (of first appearance), and the items left out, in order: writes, highlights, notes.
 */
export interface ResolvedPlan {
  writes: PlannedWrite[];
  fills: PlannedFill[];
  notes: PlannedNote[];
  skipped: SkippedItem[];
}

export interface ResolveOptions {
  /** Resolve the plan's notes (false: leave them out, e.g. --no-notes or no notes in this Excel). */
  notes?: boolean;
}

/**
 * Decides how a plan lands on a workbook. Sheets are found by name as Excel finds them (exactly, else
 * case-insensitively); an address inside a merged area means the area (its top-left cell holds the
 * value, the whole area is filled); a write never replaces a formula; of several highlights on one
 * cell the most severe wins; a note keeps the user's text in front of ours and replaces our own.
 */
export function resolvePlan(plan: Plan, book: PlanWorkbook, options: ResolveOptions = {}): ResolvedPlan {
  const skipped: SkippedItem[] = [];
  const locate = (kind: SkippedItem["kind"], sheetName: string, cell: string): CellTarget | null => {
    const i = sheetIndex(book.sheetNames, sheetName);
    if (i < 0) {
      skipped.push({ kind, sheet: sheetName, cell, reason: "sheet-not-found" });
      return null;
    }
    const sheet = book.sheetNames[i];
    if (book.isProtected?.(i) === true) {
      skipped.push({ kind, sheet, cell, reason: "protected" });
      return null;
    }
    const pos = cellPosition(cell);
    if (pos === null) {
      skipped.push({ kind, sheet, cell, reason: "bad-address" });
      return null;
    }
    const area = book.mergeAt(i, pos.row, pos.col);
    const row = area ? area.top : pos.row;
    const col = area ? area.left : pos.col;
    return { sheetIndex: i, sheet, cell: cellAddress(row, col), row, col, area };
  };
  const keyOf = (t: CellTarget) => cellKey(t.sheet, t.cell);

  // A later write to the same cell replaces an earlier one (plans have one per cell).
  const writes = new Map<string, PlannedWrite>();
  for (const write of plan.writes) {
    const target = locate("write", write.sheet, write.cell);
    if (!target) continue;
    const formula = book.formulaAt(target.sheetIndex, target.row, target.col);
    if (!mayWrite(formula)) {
      skipped.push({ kind: "write", sheet: target.sheet, cell: target.cell, reason: "formula-cell", formula });
      continue;
    }
    writes.set(keyOf(target), { target, write });
  }

  // By the named cell first, then by the cell it lands on: two names of one merged area are one fill.
  const fills = new Map<string, PlannedFill>();
  for (const hl of strongestHighlights(plan.highlights)) {
    const target = locate("highlight", hl.sheet, hl.cell);
    if (!target) continue;
    const key = keyOf(target);
    const prev = fills.get(key);
    if (prev && !outranks(hl.kind, prev.kind)) continue;
    const area = target.area ?? { top: target.row, left: target.col, bottom: target.row, right: target.col };
    fills.set(key, { target, area, kind: hl.kind, color: HIGHLIGHT_FILLS[hl.kind] });
  }

  const notes = new Map<string, PlannedNote>();
  if (options.notes !== false) {
    for (const note of plan.notes) {
      const target = locate("note", note.sheet, note.cell);
      if (!target) continue;
      if (book.othersCommentAt?.(target.sheetIndex, target.row, target.col) === true) {
        skipped.push({ kind: "note", sheet: target.sheet, cell: target.cell, reason: "user-comment" });
        continue;
      }
      const existing = book.noteAt(target.sheetIndex, target.row, target.col);
      notes.set(keyOf(target), { target, ...mergeNote(existing, note.text) });
    }
  }
  return { writes: [...writes.values()], fills: [...fills.values()], notes: [...notes.values()], skipped };
}

/** A result with nothing done yet. */
export function emptyApplyResult(): ApplyResult {
  return { written: 0, formulas: 0, highlighted: 0, notesAdded: 0, notesReplaced: 0, notesAppended: 0, skipped: [] };
}

/** Counts a note written, by what happened to the cell's note. */
export function countNote(result: ApplyResult<SkippedItem>, outcome: NoteOutcome): void {
  if (outcome === "added") result.notesAdded++;
  else if (outcome === "replaced") result.notesReplaced++;
  else result.notesAppended++;
}
