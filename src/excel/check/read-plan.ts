/**
 * How a workbook's used ranges are read under Excel's limits (limits.ts), as plain data: the first
 * sync's window on every sheet, the chunks that cover the rest, the bands merges are asked for in, and
 * the syncs the chunks are grouped into. No Office.js here: read.ts queues what this plans.
 */
import type { MergeArea } from "../../domain/grid";
import { MERGED_AREAS_LIMIT, WINDOW_COLUMNS, WINDOW_MAX_ROWS } from "../host/limits";

/** Rows and columns of the window each sheet gets in the first read sync, for `sheets` sheets. */
export function windowShape(sheets: number, budget: number): { rows: number; cols: number } {
  const perSheet = Math.floor(budget / Math.max(1, sheets));
  const rows = Math.max(1, Math.min(WINDOW_MAX_ROWS, Math.floor(perSheet / WINDOW_COLUMNS)));
  return { rows, cols: WINDOW_COLUMNS };
}

/** Rows per band so that a band of `cols` columns holds at most MERGED_AREAS_LIMIT cells. */
export function bandRows(cols: number): number {
  return Math.max(1, Math.floor(MERGED_AREAS_LIMIT / Math.max(1, cols)));
}

/** The bands (inclusive areas) merges of `area` are asked for in. */
export function mergeBands(area: MergeArea): MergeArea[] {
  // A range wider than 512 columns is cut across as well, one row at a time.
  const width = Math.min(area.right - area.left + 1, MERGED_AREAS_LIMIT);
  const rows = bandRows(width);
  const bands: MergeArea[] = [];
  for (let top = area.top; top <= area.bottom; top += rows) {
    for (let left = area.left; left <= area.right; left += width) {
      bands.push({ top, left, bottom: Math.min(area.bottom, top + rows - 1), right: Math.min(area.right, left + width - 1) });
    }
  }
  return bands;
}

/**
 * The parts of `used` outside `window` (both inclusive, window at used's top-left corner), cut into
 * chunks of at most `budget` cells: the rows below the window over the used width, then the columns
 * right of the window beside it.
 */
export function remainingChunks(used: MergeArea, window: MergeArea | null, budget: number): MergeArea[] {
  const rects: MergeArea[] = [];
  if (!window) rects.push(used);
  else {
    if (window.bottom < used.bottom) rects.push({ top: window.bottom + 1, left: used.left, bottom: used.bottom, right: used.right });
    if (window.right < used.right) rects.push({ top: used.top, left: window.right + 1, bottom: Math.min(window.bottom, used.bottom), right: used.right });
  }
  const chunks: MergeArea[] = [];
  for (const r of rects) {
    const width = r.right - r.left + 1;
    const rows = Math.max(1, Math.floor(budget / width));
    for (let top = r.top; top <= r.bottom; top += rows) chunks.push({ top, left: r.left, bottom: Math.min(r.bottom, top + rows - 1), right: r.right });
  }
  return chunks;
}

/** Cells of an area. */
export function cellCount(a: MergeArea): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** Groups items into syncs of at most `budget` cells each (an item larger than the budget goes alone). */
export function groupBySize<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const n = size(item);
    if (current.length > 0 && used + n > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += n;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
