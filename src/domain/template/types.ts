/**
 * A sheet the add-in creates or rewrites whole, as plain data: what to put in each cell, how the
 * cells look (a role each adapter maps onto its own styles), merges, widths and validation lists.
 */

/**
 * What a cell is for, so that the user sees at a glance where to type:
 * - title: the form's heading lines;
 * - label: printed labels and fixed values ("—", 分值 10), never typed over;
 * - input: what the accountant fills in;
 * - result: what the add-in computes (执行率, 得分, 总分);
 * - suggested: an input the add-in pre-filled as a proposal that the accountant must confirm.
 */
export type CellRole = "title" | "label" | "input" | "result" | "suggested";

export type CellAlign = "center" | "left";

/** An internal link to a cell of another sheet. */
export interface SheetLink {
  sheet: string;
  cell: string;
}

export interface CellSpec {
  /** A1 address of the cell (the top-left cell of a merged area). */
  address: string;
  value: string | number | null;
  role: CellRole;
  /** Excel number format, e.g. "0.00%"; absent keeps General. */
  numFmt?: string;
  align?: CellAlign;
  /** Larger bold text (the title line). */
  heading?: boolean;
  /** A cell note (comment) in Chinese. */
  note?: string;
  /** The cell links to another sheet's cell (HYPERLINK formula or native link, as the adapter can). */
  link?: SheetLink;
}

/** A drop-down list on a range. Values typed outside the list are allowed after a warning. */
export interface ListValidation {
  /** A1 range, e.g. "B13:B21". */
  range: string;
  list: string[];
  /** Short Chinese prompt shown when the cell is selected. */
  prompt?: string;
}

export interface SheetSpec {
  name: string;
  cells: CellSpec[];
  /** Merged ranges, A1 ("A1:I1"). */
  merges: string[];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: { row: number; height: number }[];
  /** Ranges whose every cell gets a thin border. */
  borders: string[];
  validations: ListValidation[];
}
