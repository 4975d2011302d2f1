import type { Highlight } from "./types";
import { cellKey } from "./cell-key";

export type HighlightKind = Highlight["kind"];

/**
 * Soft fills by highlight kind, "#RRGGBB" (Excel's own "Bad" / "Neutral" / "Good" tones; a draft in
 * a soft violet that none of those uses, so an unfinished draft is told apart at a glance). One
 * definition for both adapters, so a checked copy and a checked workbook in Excel look the same.
 */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  draft: "#E4DFEC",
  result: "#C6EFCE",
};

/** When one cell gets several highlights, the most severe wins. */
export const HIGHLIGHT_RANK: Record<HighlightKind, number> = { error: 0, warning: 1, info: 2, draft: 3, result: 4 };

/** True when a highlight of kind `a` wins over one of kind `b` on the same cell (strictly more severe). */
export function outranks(a: HighlightKind, b: HighlightKind): boolean {
  return HIGHLIGHT_RANK[a] < HIGHLIGHT_RANK[b];
}

/** One highlight per named cell, the most severe; on a tie the first stays. Order of first appearance is kept. */
export function strongestHighlights(highlights: readonly Highlight[]): Highlight[] {
  const byCell = new Map<string, Highlight>();
  for (const hl of highlights) {
    const key = cellKey(hl.sheet, hl.cell);
    const prev = byCell.get(key);
    if (!prev || outranks(hl.kind, prev.kind)) byCell.set(key, hl);
  }
  return [...byCell.values()];
}
