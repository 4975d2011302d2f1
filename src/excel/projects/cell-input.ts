/**
 * What to put into `Range.values` so that Excel stores exactly the content the add-in means.
 *
 * Excel reads a string written through `values` (or `formulas`) as if the user had typed it: "2024"
 * becomes a number, "100%" the number 1, "2024/1/5" a date, "TRUE" a boolean, "=…" a formula. A text
 * that must stay text is written with Excel's quote prefix ("'100%"), which Excel drops from the value.
 */
import type { CellContent } from "../../domain/sheets/fingerprint";

const NUMBER = /^[-+]?[$¥￥€£]?\s*(\d[\d,]*\.?\d*|\.\d+)([eE][-+]?\d+)?\s*%?$/;
const DATE = /^\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?$|^\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/;
const FRACTION = /^\d+\s+\d+\/\d+$/;
const BOOLEAN = /^(true|false)$/i;
/** Typed first, these start a formula (or, for "'", are the quote prefix itself). */
const FORMULA_START = /^[=+\-@']/;

/** True when Excel would not keep this text as the same text if it were typed into a cell. */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return FORMULA_START.test(text) || NUMBER.test(t) || DATE.test(t) || TIME.test(t) || FRACTION.test(t) || BOOLEAN.test(t);
}

/**
 * The value to write for a constant ("" for empty; quote-prefixed text where needed), or the formula
 * itself for a formula when `formula` is true.
 */
export function cellInput(content: CellContent, formula = false): string | number | boolean {
  if (content === null) return "";
  if (typeof content !== "string") return content;
  if (formula && content.startsWith("=")) return content;
  return excelWouldConvert(content) ? `'${content}` : content;
}
