import { type CellPos, type Grid, type MergeArea, gridBottom, gridRight, isBlank, labelText, valueAt } from "../grid";

/** A text cell short enough to be a label, with its folded text. */
export interface LabelCell extends CellPos {
  text: string;
}

/** Labels longer than this are prose (goal texts, explanations), never a label. */
const MAX_LABEL_LENGTH = 24;

/**
 * Lookups over one grid that the locator repeats: label cells in reading order, merged extents, and
 * "the value next to a label". Built once per sheet in a single pass.
 */
export class SheetIndex {
  readonly labels: LabelCell[] = [];
  readonly bottom: number;
  readonly right: number;
  private readonly mergeByStart = new Map<number, MergeArea>();

  constructor(readonly grid: Grid) {
    this.bottom = gridBottom(grid);
    this.right = gridRight(grid);
    for (const m of grid.merges) this.mergeByStart.set(key(m.top, m.left), m);
    for (let i = 0; i < grid.values.length; i++) {
      const row = grid.values[i];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (typeof v !== "string" || !shortEnough(v)) continue;
        const text = labelText(v);
        if (text.length === 0 || text.length > MAX_LABEL_LENGTH) continue;
        this.labels.push({ row: grid.top + i, col: grid.left + j, text });
      }
    }
  }

  /** The label cell at a position, if that cell holds one. */
  labelAt(row: number, col: number): LabelCell | undefined {
    for (let i = this.firstIndexFrom(row); i < this.labels.length && this.labels[i].row === row; i++) {
      if (this.labels[i].col === col) return this.labels[i];
    }
    return undefined;
  }

  /** Labels in rows [top, bottom], in reading order. */
  labelsIn(top: number, bottom: number): LabelCell[] {
    const out: LabelCell[] = [];
    for (let i = this.firstIndexFrom(top); i < this.labels.length && this.labels[i].row <= bottom; i++) out.push(this.labels[i]);
    return out;
  }

  value(row: number, col: number) {
    return valueAt(this.grid, row, col);
  }

  /** The merged area that starts at a cell, or the cell itself. */
  extent(row: number, col: number): MergeArea {
    return this.mergeByStart.get(key(row, col)) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** Labels in rows [top, bottom] matching a pattern, in reading order. */
  find(pattern: RegExp, top: number, bottom: number, left = -Infinity, right = Infinity): LabelCell[] {
    const out: LabelCell[] = [];
    for (let i = this.firstIndexFrom(top); i < this.labels.length && this.labels[i].row <= bottom; i++) {
      const l = this.labels[i];
      if (l.col >= left && l.col <= right && pattern.test(l.text)) out.push(l);
    }
    return out;
  }

  first(pattern: RegExp, top: number, bottom: number, left = -Infinity, right = Infinity): LabelCell | undefined {
    for (let i = this.firstIndexFrom(top); i < this.labels.length && this.labels[i].row <= bottom; i++) {
      const l = this.labels[i];
      if (l.col >= left && l.col <= right && pattern.test(l.text)) return l;
    }
    return undefined;
  }

  /**
   * Index of the first label on or below `row`. Labels are collected row by row, so they are sorted
   * by row: a binary search keeps a one-row lookup cheap on a sheet with thousands of rows below
   * its table (otherwise every indicator row scans every label of the sheet).
   */
  private firstIndexFrom(row: number): number {
    let lo = 0;
    let hi = this.labels.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.labels[mid].row < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The cell holding the value of a label written beside it: the first non-blank cell right of the
   * label's merged extent (stopping at `stopCol`), or the first cell after the label when all are blank.
   */
  valueRightOf(label: CellPos, stopCol = this.right, isLabel?: (pos: CellPos) => boolean): CellPos | undefined {
    const ext = this.extent(label.row, label.col);
    const start = ext.right + 1;
    if (start > stopCol) return undefined;
    for (let c = start; c <= stopCol; c++) {
      if (isLabel?.({ row: label.row, col: c })) break;
      if (!isBlank(this.value(label.row, c))) return { row: label.row, col: c };
    }
    return { row: label.row, col: start };
  }

  isBlankRow(row: number, left: number, right: number): boolean {
    for (let c = left; c <= right; c++) if (!isBlank(this.value(row, c))) return false;
    return true;
  }
}

/**
 * Whether a text can fold to a label: folding only removes white space, so a text with more than
 * MAX_LABEL_LENGTH other characters never does. Stops counting there (goal texts run to hundreds).
 */
function shortEnough(text: string): boolean {
  if (text.length <= MAX_LABEL_LENGTH) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!WHITE_SPACE.test(text[i]) && ++n > MAX_LABEL_LENGTH) return false;
  }
  return true;
}

const WHITE_SPACE = /\s/;

/** One number per cell (columns are far below 2^21): no key string built on every lookup. */
function key(row: number, col: number): number {
  return row * 0x200000 + col;
}
