/** Soft fills the add-in puts on cells; the same tones as src/xlsx/apply.ts (Excel's "Bad" / "Neutral" / "Good"). */
import type { Highlight } from "../domain/plan-types";

export type HighlightKind = Highlight["kind"];

/** "#RRGGBB" by highlight kind. Kept in step with HIGHLIGHT_COLOURS (ARGB) in src/xlsx/apply.ts. */
export const HIGHLIGHT_FILLS: Record<HighlightKind, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
  result: "#C6EFCE",
};

/** When one cell gets several highlights, the most severe wins (as in src/xlsx/apply.ts). */
export const KIND_RANK: Record<HighlightKind, number> = { error: 0, warning: 1, info: 2, result: 3 };

/** A colour as Excel reports it, normalised for comparison ("#ffc7ce" → "#FFC7CE"). */
export function normaliseColor(color: string | null | undefined): string | null {
  if (typeof color !== "string" || color === "") return null;
  return color.toUpperCase();
}
