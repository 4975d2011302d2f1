/** Sheet-qualified A1 addresses as Office.js reports them ("'项目 1'!A1:I30", "Sheet1!C5:K29"). */
import { type MergeArea, parseRange } from "../../domain/grid";

export interface SheetRange extends MergeArea {
  /** The sheet name without quotes; null when the address had no sheet part. */
  sheet: string | null;
}

/** Splits "'It''s'!A1:B2" into the sheet name ("It's") and the range part ("A1:B2"). */
export function splitSheetAddress(address: string): { sheet: string | null; range: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    // Quoted name: apostrophes inside are doubled; the name ends at the first lone "'".
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i++;
    }
    const rest = text.slice(i + 1);
    return { sheet: name, range: rest.startsWith("!") ? rest.slice(1) : rest };
  }
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, range: text };
  return { sheet: text.slice(0, bang), range: text.slice(bang + 1) };
}

/** Parses a (possibly sheet-qualified) range address into sheet coordinates; null when malformed. */
export function parseRangeAddress(address: string): SheetRange | null {
  const { sheet, range } = splitSheetAddress(address);
  const area = parseRange(range);
  return area ? { sheet, ...area } : null;
}

/** Splits a RangeAreas address ("Sheet1!A1:B2, Sheet1!C3:D4") into its areas. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled "''" toggles twice: still inside the name
    if (!quoted && (ch === "," || ch === ";")) {
      if (current.trim() !== "") out.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}
