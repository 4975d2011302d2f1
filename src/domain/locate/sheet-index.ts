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
  private readonly mergeByStart = new Map<string, MergeArea>();
  private readonly coveredBy = new Map<string, MergeArea>();

  constructor(readonly grid: Grid) {
    this.bottom = gridBottom(grid);
    this.right = gridRight(grid);
    for (const m of grid.merges) {
      this.mergeByStart.set(key(m.top, m.left), m);
      // Only small merges are indexed cell by cell; a huge merge is rare and not a label.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) <= 400) {
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.coveredBy.set(key(r, c), m);
      }
    }
    grid.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (typeof v !== "string") return;
        const text = labelText(v);
        if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return;
        this.labels.push({ row: grid.top + i, col: grid.left + j, text });
      });
    });
  }

  value(row: number, col: number) {
    return valueAt(this.grid, row, col);
  }

  /** The merged area that starts at a cell, or the cell itself. */
  extent(row: number, col: number): MergeArea {
    return this.mergeByStart.get(key(row, col)) ?? { top: row, left: col, bottom: row, right: col };
  }

  /** The merged area covering a cell, if any. */
  mergeCovering(row: number, col: number): MergeArea | undefined {
    return this.coveredBy.get(key(row, col));
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

function key(row: number, col: number): string {
  return `${row},${col}`;
}
