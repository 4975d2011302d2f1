/**
 * Excel's documented limits, and the budgets the adapter keeps under them. Every read and write of
 * src/excel is sized from these; the Office.js stand-in (test/office-standin/fake-excel.ts) enforces the
 * documented ones, so a test that passes there stays inside real Excel's limits.
 */

/**
 * Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded). "Resource limits and performance optimization for Office
 * Add-ins", section "Excel add-ins" (learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins).
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** "Ranges are limited to five million cells for get operations" on every platform (same page). */
export const RANGE_CELL_LIMIT = 5_000_000;

/**
 * `Range.getMergedAreasOrNullObject` "will fail to return the result" when the range holds more than
 * 512 merged areas (Excel.Range reference, learn.microsoft.com/javascript/api/excel/excel.range).
 * Merged areas are disjoint and each one that meets a range covers at least one of its cells, so a
 * range of at most 512 cells never holds more: the adapter asks for merges in bands of that size.
 */
export const MERGED_AREAS_LIMIT = 512;

/**
 * Bytes one read sync's response is planned to carry at most: half the 5 MB limit. Planned from a
 * model of what a cell costs read back (below), measured on the seed tables through the stand-in.
 */
export const READ_BYTE_BUDGET = 2.5 * 1024 * 1024;

/** A cell's values, formulas, value type and number format: 40–90 bytes on real tables. */
export const CELL_BYTES = 64;

/** A cell's fill through getCellProperties (color and pattern): about 50 bytes. */
export const FILL_BYTES = 50;

/** Cells one read sync asks for at most, values only (READ_BYTE_BUDGET / CELL_BYTES). */
export const READ_CELL_BUDGET = Math.floor(READ_BYTE_BUDGET / CELL_BYTES);

/**
 * A used range larger than this is not read at all (RangeExceedsLimit, with advice to delete what
 * lies far beyond the tables): a stray value at XFD1048576 would make billions of cells.
 */
export const SHEET_CELL_LIMIT = RANGE_CELL_LIMIT;

/**
 * The first read's window on each sheet: this many columns (A:L; the national form is 9 columns
 * wide, the Sichuan one 9 or 10), rows from the budget. A wider table is read on in the next sync.
 */
export const WINDOW_COLUMNS = 12;

/** The window never reaches further down than this: a table plus room for a few stacked ones. */
export const WINDOW_MAX_ROWS = 400;

/**
 * What one write sync may carry, in bytes of the values and texts it sets (a model of the request:
 * each operation's value plus WRITE_OP_OVERHEAD for its object path). Half the 5 MB limit.
 */
export const WRITE_BYTE_BUDGET = 2.5 * 1024 * 1024;
export const WRITE_OP_OVERHEAD = 200;

/**
 * The undo record is kept in the workbook's settings; hosts have failed to save settings near 1–2 MB
 * (the documentation gives no figure). A record larger than this is not saved, and the run says that
 * its changes cannot be undone by the add-in.
 */
export const UNDO_RECORD_MAX_CHARS = 1_000_000;

/** Payload error codes: the read starts again with a quarter of the budget. */
export const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** UTF-8 length of a string, without Node's Buffer (this runs in the pane). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
