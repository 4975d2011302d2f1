import { foldTraditional } from "./text/traditional";

/**
 * The sheet as plain data: what every adapter (Office.js, exceljs) produces and the engine reads.
 * Coordinates are 0-based sheet indexes (row 0 = Excel row 1, col 0 = column A).
 */

/** An Excel error value such as `#DIV/0!` or `#REF!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged area, inclusive, in sheet coordinates. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a cell's number format makes of a number, as the user sees it: a date (or time), a percent
 * (0.96 shown as 96%), or neither (null: General, 0.00, text, currency …). Each adapter classifies
 * the format string with `formatKindOf` (src/domain/number-format.ts), so the domain decides once.
 */
export type FormatKind = "date" | "percent";

export interface Grid {
  /** Worksheet name as the user sees it. */
  sheet: string;
  hidden?: boolean;
  /** Sheet coordinates of values[0][0] (the used range's top-left corner). */
  top: number;
  left: number;
  /** Row-major cell values of the used range. Rows may be ragged; a missing cell reads as null. */
  values: CellValue[][];
  /** Formulas in the same shape, with the leading "=", or null where the cell holds a constant. */
  formulas?: (string | null)[][];
  /** Merged areas; may be empty when the host cannot report them. */
  merges: MergeArea[];
  /**
   * Number-format kinds in the same shape as `values` (ragged like it); absent, or null in a cell,
   * where the format is neither a date nor a percent, or where the host could not say.
   */
  formats?: (FormatKind | null)[][];
}

export interface CellPos {
  row: number;
  col: number;
}

/** Returns the column letters of a 0-based column index (0 → "A", 26 → "AA"). */
export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Returns the A1 address of a 0-based cell position. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Parses an A1 address ("H14", "$H$14") into a 0-based position; throws on a malformed address. */
export function parseAddress(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`malformed cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B2:D4" (or a single "B2") → its bounds, corners in either order; null when malformed. */
export function parseRange(range: string): MergeArea | null {
  const [a, b = a] = range.split(":");
  try {
    const p = parseAddress(a);
    const q = parseAddress(b);
    return {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    };
  } catch {
    return null;
  }
}

/** Returns the A1 range address spanning two positions ("A1:I30"). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value;
}

/** The merged area a sheet position lies in, if any. */
export function mergeAt(grid: Grid, row: number, col: number): MergeArea | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** The value at a sheet position, null outside the used range. */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

/** The formula at a sheet position ("=C5/B5"), or null. */
export function formulaAt(grid: Grid, row: number, col: number): string | null {
  const r = grid.formulas?.[row - grid.top];
  if (!r) return null;
  return r[col - grid.left] ?? null;
}

/** The number-format kind at a sheet position, or null (no kind known, or neither date nor percent). */
export function formatAt(grid: Grid, row: number, col: number): FormatKind | null {
  const r = grid.formats?.[row - grid.top];
  if (!r) return null;
  return r[col - grid.left] ?? null;
}

/** Last sheet row and column covered by the grid (inclusive). */
export function gridBottom(grid: Grid): number {
  return grid.top + grid.values.length - 1;
}

export function gridRight(grid: Grid): number {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return grid.left + width - 1;
}

/** True when a cell holds nothing a person typed (null, or only white space). */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * The text of a cell as a label: white space and line breaks removed, full-width colons and
 * brackets folded and traditional characters simplified, so that "年度资金\n总额：", "年度资金总额:"
 * and "年度資金總額" compare equal.
 */
export function labelText(value: CellValue): string {
  if (value === null || isCellError(value) || value instanceof Date) return "";
  // Traditional characters (`年度資金總額`, `產出指標`) read as the simplified labels they are.
  const text = foldTraditional(String(value));
  // Most texts have nothing to fold: one test instead of four replacements.
  if (!LABEL_FOLDS.test(text)) return text;
  return text
    .replace(/\s+/g, "")
    .replace(/[：]/g, ":")
    .replace(/[（]/g, "(")
    .replace(/[）]/g, ")");
}

const LABEL_FOLDS = /[\s：（）]/;

/**
 * A date serial as the user sees it in a date-formatted cell ("2023-12-31"): Excel's 1900 date system
 * (day 1 = 1900-01-01, with its phantom 1900-02-29), as Office.js `Range.values` returns dates.
 */
export function serialDateText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return "无效日期";
  const days = Math.floor(serial);
  // Serials from 61 on count the phantom 29 February 1900; 1899-12-30 is day 0 for them.
  const ms = Date.UTC(1899, 11, days < 61 ? 31 : 30) + days * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The text of a cell as the user would read it, trimmed; error values as their code. */
export function displayText(value: CellValue): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  // An out-of-range date serial (a date-formatted 1E+20) arrives as an invalid Date: toISOString throws.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "无效日期" : value.toISOString().slice(0, 10);
  return String(value).trim();
}
