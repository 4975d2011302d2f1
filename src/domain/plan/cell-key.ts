/** How the plan's cell addresses are compared: one key per cell of a sheet, whatever the spelling. */
import { type CellPos, parseAddress } from "../grid";

/** A cell address normalised for lookups: no "$", upper case ("$h$14" → "H14"). */
export function normaliseCell(cell: string): string {
  return cell.replace(/\$/g, "").toUpperCase();
}

/** The position an address names (any spelling), or null when it names no cell ("A0", "x"). */
export function cellPosition(cell: string): CellPos | null {
  let pos: CellPos;
  try {
    pos = parseAddress(normaliseCell(cell));
  } catch {
    return null;
  }
  return pos.row < 0 ? null : pos;
}

/** The map key of a cell on a sheet. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${normaliseCell(cell)}`;
}
