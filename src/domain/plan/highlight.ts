import type { Highlight } from "./types";

export type HighlightKind = Highlight["kind"];

/**
 * Soft fills by highlight kind, "#RRGGBB" (Excel's own "Bad" / "Neutral" / "Good" tones). One
 * definition for both adapters, so a checked copy and a checked workbook in Excel look the same.
 */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  result: "#C6EFCE",
};

/** When one cell gets several highlights, the most severe wins. */
export const HIGHLIGHT_RANK: Record<HighlightKind, number> = { error: 0, warning: 1, info: 2, result: 3 };
