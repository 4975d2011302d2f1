import Decimal from "decimal.js";
import { type CellPos, type Grid, displayText, formatAt, formulaAt, isBlank, isCellError, serialDateText, valueAt } from "../grid";
import type { NumberCell } from "./model";
import { foldWidth } from "../parse";
import { cellNumber } from "../cell-number";

/** Placeholders that mean "nothing here" in amount, weight and score cells. */
const DASHES = /^[-—–－/／\\]+$/;
const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

/**
 * Reads a cell that should hold a number (amount, weight, score, rate). Numbers typed as text
 * ("4.5", "1,200") count as numbers; "94.75%" counts as 0.9475 when `percent` is allowed.
 * Anything else (words, units, error values, booleans, dates) is "not-a-number", kept with its text.
 */
export function readNumber(grid: Grid, cell: CellPos | undefined, options?: { percent?: boolean }): NumberCell | null {
  if (!cell) return null;
  const raw = valueAt(grid, cell.row, cell.col);
  const formula = formulaAt(grid, cell.row, cell.col);
  if (raw === null || isBlank(raw)) return { kind: "empty", cell, raw, formula };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "not-a-number", cell, raw, formula, text: String(raw) };
    // A date in an amount, weight or score cell arrives from Office.js as its serial (45291 万元):
    // it is the date the user sees, not a number.
    if (formatAt(grid, cell.row, cell.col) === "date") return { kind: "not-a-number", cell, raw, formula, text: serialDateText(raw), date: true };
    return { kind: "number", cell, raw, formula, value: cellNumber(raw) };
  }
  if (typeof raw === "string") {
    const text = foldWidth(raw).replace(/\s+/g, "");
    if (DASHES.test(text)) return { kind: "empty", cell, raw, formula };
    if (NUMERIC.test(text)) return { kind: "number", cell, raw, formula, value: new Decimal(text.replace(/,/g, "")) };
    if (options?.percent && text.endsWith("%") && NUMERIC.test(text.slice(0, -1))) {
      return { kind: "number", cell, raw, formula, value: new Decimal(text.slice(0, -1).replace(/,/g, "")).div(100) };
    }
    return { kind: "not-a-number", cell, raw, formula, text: raw.trim() };
  }
  if (isCellError(raw)) return { kind: "not-a-number", cell, raw, formula, text: raw.error };
  // As Excel shows a logical value: TRUE / FALSE, not JavaScript's "true".
  if (typeof raw === "boolean") return { kind: "not-a-number", cell, raw, formula, text: raw ? "TRUE" : "FALSE" };
  return { kind: "not-a-number", cell, raw, formula, text: displayText(raw), date: raw instanceof Date };
}

/** The decimal value of a NumberCell, or null. */
export function numberOf(cell: NumberCell | null): Decimal | null {
  return cell && cell.kind === "number" ? cell.value : null;
}
