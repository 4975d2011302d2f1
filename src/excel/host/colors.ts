/** Colours of the add-in's highlights in Excel: the shared definitions, plus Excel's colour strings. */
export { HIGHLIGHT_FILLS, type HighlightKind } from "../../domain/plan/highlight";

/** A colour as Excel reports it, normalised for comparison ("#ffc7ce" → "#FFC7CE"). */
export function normaliseColor(color: string | null | undefined): string | null {
  if (typeof color !== "string" || color === "") return null;
  return color.toUpperCase();
}
