import type { CellValue } from "../grid";
import type { Finding, Severity } from "../finding";
import type { SheetSpec } from "../template/types";

/** What a result cell holds: the four kinds of cell the plan may write values into. */
export type ResultRole = "rate" | "rateScore" | "indicatorScore" | "total";

/**
 * Why a cell is written: a computed result, or a draft of 偏差原因 the user asked for (text, into an
 * empty 偏差原因 cell or after the text of 实际完成情况; see domain/drafts/plan.ts).
 */
export type WriteRole = ResultRole | "draft";

/** One value written into a result cell. `previous` is kept so that the write can be undone. */
export interface CellWrite {
  sheet: string;
  cell: string;
  role: WriteRole;
  /**
   * The value to write: numbers as JS numbers exactly representing a 2- or 4-decimal value; text
   * (role "draft") as the cell's whole new text.
   */
  value: number | string;
  /** The same value as an exact decimal string, for reports. */
  text: string;
  /** Written instead of the value when set (e.g. "=E7/D7" for a live execution rate). */
  formula?: string;
  /** Excel number format to apply, e.g. "0.00%" or "0.00"; absent keeps the cell's own format. */
  numberFormat?: string;
  previous: { value: CellValue; formula: string | null };
}

/** A fill the adapter puts on a cell: findings by severity, "result" for what the add-in wrote, "draft" for a draft. */
export interface Highlight {
  sheet: string;
  cell: string;
  kind: Severity | "result" | "draft";
  code?: string;
}

/** A cell note (comment) in Chinese. One per cell: several findings on a cell are joined. */
export interface CellNote {
  sheet: string;
  cell: string;
  text: string;
}

export interface Plan {
  writes: CellWrite[];
  highlights: Highlight[];
  notes: CellNote[];
  /** Sheets the add-in owns: created or rewritten whole (e.g. the project list). */
  sheets?: SheetSpec[];
}

/** Why an item of the plan was not applied. */
export type SkipReason = "protected" | "formula-cell" | "sheet-not-found" | "bad-address" | "user-comment" | "notes-unavailable";

/** An item of the plan that was not applied, and why. */
export interface SkippedItem {
  kind: "write" | "highlight" | "note";
  /** The sheet as the workbook spells it; the plan's name when no sheet has it. */
  sheet: string;
  cell: string;
  reason: SkipReason;
  /** The formula already in the cell ("=…"), for reason "formula-cell". */
  formula?: string;
}

/** What carrying out a plan did: the counts both writers report, and what they left out. */
export interface ApplyResult<S extends SkippedItem = SkippedItem> {
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
  skipped: S[];
}

export type { Finding };
