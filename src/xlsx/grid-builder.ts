/**
 * Builds the engine's Grid from the cells a reader holds, the same way for both readers (exceljs in
 * read.ts, the fast reader in fast/): the used range, values, formulas and date / percent formats.
 * Free of exceljs at run time, so the fast reader does not load it.
 */
import type { CellValue, FormatKind, Grid, MergeArea } from "../domain/grid";

/** Collects cells row by row, left to right, and gives the grid of their used range. */
export class GridBuilder {
  private readonly found: { row: number; col: number; value: CellValue; formula: string | null }[] = [];
  // Cells with a format but no value of their own (style-only blanks, the covered cells of a merge):
  // Office.js reports the format of every cell of the used range, so the grid does too.
  private readonly formatted: { row: number; col: number; kind: FormatKind }[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -Infinity;
  private right = -Infinity;

  constructor(
    private readonly sheet: string,
    private readonly hidden: boolean,
    private readonly merges: MergeArea[],
  ) {}

  /**
   * One cell (1-based). `counted`: it belongs to the used range as exceljs's `dimensions` reckons it
   * (every cell that is not Null, merged ones included). `value` undefined: no value of its own (a
   * blank or a covered cell of a merge).
   */
  add(row: number, col: number, counted: boolean, kind: FormatKind | null, value?: CellValue, formula: string | null = null): void {
    if (counted) {
      if (row < this.top) this.top = row;
      if (row > this.bottom) this.bottom = row;
      if (col < this.left) this.left = col;
      if (col > this.right) this.right = col;
    }
    if (kind !== null) this.formatted.push({ row, col, kind });
    if (value !== undefined) this.found.push({ row, col, value, formula });
  }

  finish(): Grid {
    const grid: Grid = { sheet: this.sheet, top: 0, left: 0, values: [], formulas: [], merges: this.merges };
    if (this.hidden) grid.hidden = true;
    const { top, left, bottom, right } = this;
    if (top === Infinity) return grid;
    const height = bottom - top + 1;
    const width = right - left + 1;
    grid.top = top - 1;
    grid.left = left - 1;

    const values: CellValue[][] = new Array(height);
    const formulas: (string | null)[][] = new Array(height);
    for (let r = 0; r < height; r++) {
      values[r] = new Array<CellValue>(width).fill(null);
      formulas[r] = new Array<string | null>(width).fill(null);
    }
    for (const f of this.found) {
      values[f.row - top][f.col - left] = f.value;
      if (f.formula !== null) formulas[f.row - top][f.col - left] = f.formula;
    }
    grid.values = values;
    grid.formulas = formulas;
    let formats: (FormatKind | null)[][] | null = null;
    for (const f of this.formatted) {
      if (f.row < top || f.row > bottom || f.col < left || f.col > right) continue; // a blank outside the used range
      if (!formats) {
        formats = new Array(height);
        for (let r = 0; r < height; r++) formats[r] = new Array<FormatKind | null>(width).fill(null);
      }
      formats[f.row - top][f.col - left] = f.kind;
    }
    if (formats) grid.formats = formats;
    return grid;
  }
}

/** A formula as the user sees it in the formula bar: leading "=", no future-function prefixes. */
export function formulaText(formula: string): string {
  const body = formula.replace(/_xl(?:fn|ws)\./g, "");
  return body.startsWith("=") ? body : `=${body}`;
}

/** An exceljs-shaped cell value (or formula result) as a grid CellValue. */
export function normaliseValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("hyperlink" in v || "text" in v) {
    const text = v.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextToString((text as { richText: unknown[] }).richText);
    }
    return typeof v.hyperlink === "string" ? v.hyperlink : null;
  }
  // A formula value reached through `value` (should not happen: formula cells are read by result).
  if ("result" in v) return normaliseValue(v.result);
  return null;
}

function richTextToString(runs: unknown[]): string {
  let out = "";
  for (const run of runs) {
    const t = (run as { text?: unknown }).text;
    if (typeof t === "string") out += t;
  }
  return out;
}

/** Sorts merged areas as both readers give them: by top, then left. */
export function sortMerges(merges: MergeArea[]): MergeArea[] {
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}
