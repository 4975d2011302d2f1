/** How a cell's fill and the workbook's notes are told apart, shared by the read pass and the undo record. */

/** A cell's fill: "#RRGGBB", or "none" when the cell has no fill. */
export type FillState = string;
export const NO_FILL = "none";

/** Where the add-in's notes go in this Excel: cell notes (1.18), threaded comments (1.10), nowhere. */
export type NotesMode = "note" | "comment" | "none";
