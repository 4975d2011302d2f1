/** How the plan's cell addresses are compared: one key per cell of a sheet, whatever the spelling. */

/** A cell address normalised for lookups: no "$", upper case ("$h$14" → "H14"). */
export function normaliseCell(cell: string): string {
  return cell.replace(/\$/g, "").toUpperCase();
}

/** The map key of a cell on a sheet. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${normaliseCell(cell)}`;
}
