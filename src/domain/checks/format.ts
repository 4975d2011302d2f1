import type Decimal from "decimal.js";
import { type CellPos, cellAddress, displayText } from "../grid";
import type { NumberCell } from "../evaluate/model";
import { formatFixed } from "../score";

/** A score or amount as the sheet shows it: 2 decimals. */
export function points(d: Decimal): string {
  return formatFixed(d, 2);
}

/** A fraction as a percent with 2 decimals: 0.9475 → "94.75%". */
export function percent(d: Decimal): string {
  return `${formatFixed(d.times(100), 2)}%`;
}

/** An amount without trailing zeros: 4.50 → "4.5". */
export function amount(d: Decimal): string {
  return d.toString();
}

export function at(cell: CellPos): string {
  return cellAddress(cell.row, cell.col);
}

/** What a cell holds, for a message: its number or its text. */
export function shown(cell: NumberCell): string {
  if (cell.kind === "number") return cell.value.toString();
  return displayText(cell.raw);
}
