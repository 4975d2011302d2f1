/**
 * A fingerprint of what a sheet holds, to tell later whether the user has typed in a sheet the
 * add-in wrote. Computed from what the add-in wrote (no read-back), and compared with the sheet's
 * values and formulas as Excel reports them: a formula counts as its text, a constant as its value,
 * and an empty cell ("" or null) does not count at all, wherever it lies.
 */
import { cellAddress } from "../grid";

/** A cell's content for the fingerprint: "=…" for a formula, else its constant; null/"" for empty. */
export type CellContent = string | number | boolean | null;

/** The canonical text of one cell's content; null when the cell counts as empty. */
function canonical(content: CellContent): string | null {
  if (content === null || content === "") return null;
  if (typeof content === "number") return Number.isFinite(content) ? `n${content}` : null;
  if (typeof content === "boolean") return `b${content}`;
  const text = content.replace(/\r\n?/g, "\n");
  return text.startsWith("=") ? `f${text.replace(/\s+/g, "").toUpperCase()}` : `s${text}`;
}

/** Contents by sheet position, collected in any order. */
export class ContentMap {
  private readonly cells = new Map<string, { row: number; col: number; text: string }>();

  /** Sets (or, for empty content, clears) the cell at a 0-based position. */
  set(row: number, col: number, content: CellContent): void {
    const key = `${row},${col}`;
    const text = canonical(content);
    if (text === null) this.cells.delete(key);
    else this.cells.set(key, { row, col, text });
  }

  get size(): number {
    return this.cells.size;
  }

  /** "<cells>:<hash>", the same for the same contents whatever order they were set in. */
  fingerprint(): string {
    const sorted = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const text = sorted.map((c) => `${cellAddress(c.row, c.col)}\u0001${c.text}`).join("\u0002");
    return `${sorted.length}:${hash53(text)}`;
  }
}

/**
 * The content map of a loaded range: `values` for constants, `formulas` where the cell holds a
 * formula. `top` / `left` are the range's sheet position.
 */
export function contentOfRange(top: number, left: number, values: unknown[][] | null | undefined, formulas: unknown[][] | null | undefined): ContentMap {
  const map = new ContentMap();
  (values ?? []).forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formulas?.[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) map.set(top + r, left + c, f);
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") map.set(top + r, left + c, v);
    }),
  );
  return map;
}

/** cyrb53: a fast 53-bit string hash (not cryptographic: it only has to notice an edit). */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}
