/**
 * How the cells of a SheetSpec look, for every adapter (exceljs, Office.js): one definition, so that a
 * sheet the add-in writes looks the same in a checked .xlsx and in Excel. Colours are "#RRGGBB".
 */
import type { CellRole, CellSpec, SheetLink } from "./types";

/** Fills by cell role: labels light grey, inputs white, results light green, suggestions light yellow; titles none. */
export const ROLE_FILLS: Record<CellRole, string | null> = {
  title: null,
  label: "#F2F2F2",
  input: "#FFFFFF",
  result: "#E2EFDA",
  suggested: "#FFF2CC",
};

/** Excel's own hyperlink blue. */
export const LINK_COLOR = "#0563C1";

/** Font size of a heading cell (the form's title line), in points. */
export const HEADING_SIZE = 16;

/** The font of a cell: headings large and bold, labels and titles bold, links blue and underlined. */
export interface CellFont {
  bold: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
}

/** The font a cell spec asks for; a link's look wins over its role's. */
export function fontOf(cell: Pick<CellSpec, "role" | "heading" | "link">): CellFont {
  if (cell.link) return { bold: false, color: LINK_COLOR, underline: true };
  if (cell.heading) return { bold: true, size: HEADING_SIZE };
  return { bold: cell.role === "label" || cell.role === "title" };
}

/**
 * The body of a =HYPERLINK formula to a cell of another sheet ("#'Sheet'!A1" shown as the text),
 * without the leading "=": a link every Excel version follows, written as a plain formula.
 */
export function hyperlinkFormula(link: SheetLink, text: string | number | null): string {
  const target = `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${quote(target)},${quote(text === null ? link.sheet : String(text))})`;
}
