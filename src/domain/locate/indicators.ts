import type { CellPos } from "../grid";
import { displayText, isBlank } from "../grid";
import type { IndicatorRow } from "./model";
import { type IndicatorColumn, mapIndicatorColumns } from "./columns";
import * as L from "./labels";
import type { SheetIndex } from "./sheet-index";

export interface IndicatorBlock {
  headerRow: number;
  columns: Partial<Record<IndicatorColumn, number>>;
  rows: IndicatorRow[];
  total?: { row: number; labelCell: CellPos; weight?: CellPos; score?: CellPos };
  /** Last row that belongs to the block (the 总分 row, or the last indicator). */
  bottom: number;
}

/** Finds the 绩效指标 header row in [top, bottom] and reads the indicator rows below it. */
export function locateIndicators(ix: SheetIndex, top: number, bottom: number): IndicatorBlock | undefined {
  const header = ix.first(L.IND_LEVEL3, top, bottom) ?? ix.first(L.IND_TARGET, top, bottom);
  if (!header) return undefined;
  const headerRow = header.row;
  const columns = mapIndicatorColumns(ix.labelsIn(headerRow, headerRow));
  const nameCol = columns.name ?? columns.level2 ?? header.col;
  const dataCols = [columns.level1, columns.level2, nameCol, columns.nature, columns.target, columns.unit, columns.actual, columns.weight, columns.score, columns.explanation].filter(
    (c): c is number => c !== undefined,
  );
  const dataColumns = [columns.target, columns.actual, columns.weight, columns.score].filter((c): c is number => c !== undefined);
  const left = Math.min(...dataCols);
  const right = Math.max(...dataCols);
  const headerBottom = Math.max(headerRow, ix.extent(header.row, header.col).bottom);

  const rows: IndicatorRow[] = [];
  let level1 = "";
  let level2 = "";
  let level1Cell: CellPos | undefined;
  let last = headerBottom;
  let total: IndicatorBlock["total"];
  const at = (row: number, col: number | undefined) => (col === undefined ? undefined : { row, col });

  for (let row = headerBottom + 1; row <= bottom; row++) {
    const totalLabel = ix.first(L.TOTAL, row, row, ix.grid.left, right);
    if (totalLabel) {
      total = { row, labelCell: { row, col: totalLabel.col }, weight: at(row, columns.weight), score: at(row, columns.score) };
      last = row;
      break;
    }
    if (ix.isBlankRow(row, left, right)) {
      // A blank row ends the block unless the next row goes on with indicators (a spacer row).
      if (row + 1 <= bottom && !ix.isBlankRow(row + 1, left, right) && !startsNewTable(ix, row + 1)) continue;
      break;
    }
    if (startsNewTable(ix, row)) break;
    if (columns.level1 !== undefined) {
      const v = ix.value(row, columns.level1);
      if (!isBlank(v)) {
        level1 = displayText(v);
        level1Cell = { row, col: columns.level1 };
        level2 = "";
      }
    }
    if (columns.level2 !== undefined && columns.level2 !== nameCol) {
      const v = ix.value(row, columns.level2);
      if (!isBlank(v)) level2 = displayText(v);
    }
    const nameValue = ix.value(row, nameCol);
    let hasData = false;
    for (const c of dataColumns) if (!isBlank(ix.value(row, c))) hasData = true;
    if (isBlank(nameValue) && !hasData) continue; // a row holding only a level label
    rows.push({
      row,
      level1,
      level2,
      level1Cell,
      name: L.stripIndicatorPrefix(displayText(nameValue)),
      nameCell: { row, col: nameCol },
      target: at(row, columns.target),
      unit: at(row, columns.unit),
      nature: at(row, columns.nature),
      actual: at(row, columns.actual),
      weight: at(row, columns.weight),
      score: at(row, columns.score),
      explanation: at(row, columns.explanation),
    });
    last = row;
  }
  return { headerRow, columns, rows, total, bottom: last };
}

function startsNewTable(ix: SheetIndex, row: number): boolean {
  return ix.first(L.PROJECT_NAME, row, row) !== undefined || ix.first(L.TITLE, row, row) !== undefined;
}
