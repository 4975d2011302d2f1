import { type CellPos, type CellValue, isBlank } from "../grid";
import type { FundLine, FundLineKind } from "./model";
import { isFundHeaderLabel, mapFundColumns } from "./columns";
import * as L from "./labels";
import type { LabelCell, SheetIndex } from "./sheet-index";

const LINE_RULES: [RegExp, FundLineKind][] = [
  [L.FUND_TOTAL, "total"],
  [L.FUND_SUM, "total"],
  [L.FUND_FISCAL, "fiscal"],
  [L.FUND_CARRYOVER, "carryover"],
  [L.FUND_OTHER, "other"],
];

function cellAt(row: number, col: number | undefined): CellPos | undefined {
  return col === undefined ? undefined : { row, col };
}

function lineRule(text: string): [RegExp, FundLineKind] | undefined {
  for (const rule of LINE_RULES) if (rule[0].test(text)) return rule;
  return undefined;
}

export interface FundsBlock {
  lines: FundLine[];
  headerRow?: number;
  /** The money unit the block's labels state ("项目资金（元）", "年初预算数(元)"); 万元 when none does. */
  unit: "元" | "万元";
}

/**
 * Reads the 项目资金 block in rows [top, bottom]: the header row (年初预算数 / 全年预算数 / …) gives
 * the columns; each line is found by its label. Without a header (the Sichuan form prints one
 * figure), the figure beside the label is the annual budget.
 *
 * `isValueCell` names the cells that hold the answer to another label (the project name right of
 * 项目名称 …): a project called "上年结转结余(医保局)" is a name, never the 上年结转资金 line.
 * Figures sit right of their line's label, so a label at or right of the figure columns is a figure.
 */
export function locateFunds(ix: SheetIndex, top: number, bottom: number, isValueCell: (pos: CellPos) => boolean = () => false): FundsBlock {
  const labels = ix.labelsIn(top, bottom).filter((l) => !isValueCell(l));
  const headerCell = labels.find((l) => isFundHeaderLabel(l.text));
  const headerRow = headerCell?.row;
  const headerLabels = headerRow === undefined ? [] : ix.labelsIn(headerRow, headerRow);
  const columns = mapFundColumns(headerLabels);
  const withHeader = headerRow !== undefined && columns.annual !== undefined;
  const figureCols = [columns.initial, columns.annual, columns.executed].filter((c): c is number => c !== undefined);
  const firstFigureCol = figureCols.length > 0 ? Math.min(...figureCols) : Infinity;
  const place = (line: FundLine, label: CellPos): void => {
    if (withHeader) {
      line.initial = cellAt(line.row, columns.initial);
      line.annual = cellAt(line.row, columns.annual);
      line.executed = cellAt(line.row, columns.executed);
      line.weight = cellAt(line.row, columns.weight);
      line.rate = cellAt(line.row, columns.rate);
      line.score = cellAt(line.row, columns.score);
    } else {
      line.annual = ix.valueRightOf(label);
    }
  };

  const lines: FundLine[] = [];
  const seen = new Set<FundLineKind>();
  for (const label of labels) {
    if (withHeader && (label.row === headerRow || label.col >= firstFigureCol)) continue;
    const rule = lineRule(label.text);
    if (!rule || seen.has(rule[1])) continue;
    seen.add(rule[1]);
    const line: FundLine = { kind: rule[1], row: label.row, labelCell: { row: label.row, col: label.col } };
    place(line, label);
    lines.push(line);
  }
  if (!seen.has("total") && withHeader) {
    const assumed = totalByPosition(ix, headerRow, bottom, firstFigureCol, figureCols, lines);
    if (assumed) {
      place(assumed, assumed.labelCell);
      lines.unshift(assumed);
    }
  }
  return { lines, headerRow, unit: blockUnit(labels, headerLabels) };
}

/**
 * The 年度资金总额 line by its place when its label is worded past recognition: the first line
 * under the funds header that holds a figure and is not one of the recognised sub-lines.
 */
function totalByPosition(ix: SheetIndex, headerRow: number, bottom: number, firstFigureCol: number, figureCols: number[], known: FundLine[]): FundLine | undefined {
  // Only the figure headers' own extent (年初\n预算数 merged over two rows); the group label
  // 项目资金（万元） is merged down over the whole block.
  const figureHeaders = ix.labelsIn(headerRow, headerRow).filter((l) => isFundHeaderLabel(l.text));
  const headerBottom = Math.max(headerRow, ...figureHeaders.map((l) => ix.extent(l.row, l.col).bottom));
  for (let row = headerBottom + 1; row <= bottom; row++) {
    if (known.some((l) => l.row === row)) return undefined; // the first figure line is a sub-line: no total line
    // The funds block ends where the goals or the indicators begin.
    if (ix.labelsIn(row, row).some((l) => BLOCK_END.test(l.text))) return undefined;
    if (!figureCols.some((c) => isFigure(ix.value(row, c)))) continue;
    let labelCol: number | undefined;
    for (let c = firstFigureCol - 1; c >= ix.grid.left; c--) {
      if (!isBlank(ix.value(row, c))) {
        labelCol = c;
        break;
      }
    }
    // A total is the largest line: under 中央资金 50 / 县级资金 20 / 合计 100 (a 合计 worded past
    // recognition) the first line is a source, not the total. No guess then.
    if (!isLargestLine(ix, row, headerBottom, bottom, figureCols)) return undefined;
    // A blank label goes where the other lines keep theirs (B6 of a B:C merge, not C6).
    return { kind: "total", row, labelCell: { row, col: labelCol ?? known[0]?.labelCell.col ?? firstFigureCol - 1 }, assumed: true };
  }
  return undefined;
}

/** No other figure line of the block holds a larger figure in any figure column than `row` does. */
function isLargestLine(ix: SheetIndex, row: number, headerBottom: number, bottom: number, figureCols: number[]): boolean {
  const amount = (r: number, c: number): number | null => {
    const v = ix.value(r, c);
    if (typeof v === "number") return v;
    if (typeof v === "string" && isFigure(v)) return Number(v.replace(/[,，\s]/g, ""));
    return null;
  };
  for (let r = headerBottom + 1; r <= bottom; r++) {
    if (r === row) continue;
    if (ix.labelsIn(r, r).some((l) => BLOCK_END.test(l.text))) break;
    for (const c of figureCols) {
      const mine = amount(row, c);
      const other = amount(r, c);
      if (other !== null && (mine === null || other > mine)) return false;
    }
  }
  return true;
}

const BLOCK_END = new RegExp([L.GOAL_GROUP, L.GOAL_EXPECTED, L.GOAL_ACTUAL, L.INDICATORS_GROUP, L.IND_LEVEL3].map((r) => r.source).join("|"));

/** A figure as the funds block holds one: a number, or a number typed as text ("4.5", "1,200"). */
function isFigure(value: CellValue): boolean {
  if (typeof value === "number") return true;
  return typeof value === "string" && /^\s*[-+]?[\d,，]*\.?\d+\s*$/.test(value);
}

/** 元 when the funds group label or a figure header says so ("项目资金（元）", "全年预算数(元)"). */
function blockUnit(labels: LabelCell[], headerLabels: LabelCell[]): "元" | "万元" {
  const says元 = (text: string) => /\(元\)|（元）|单位:元$/.test(text);
  if (labels.some((l) => L.FUNDS_GROUP.test(l.text) && says元(l.text))) return "元";
  if (headerLabels.some((l) => isFundHeaderLabel(l.text) && says元(l.text))) return "元";
  return "万元";
}
