import type { FundLine, FundLineKind } from "../model";
import { isFundHeaderLabel, mapFundColumns } from "./columns";
import * as L from "./labels";
import type { SheetIndex } from "./sheet-index";

const LINE_RULES: [RegExp, FundLineKind][] = [
  [L.FUND_TOTAL, "total"],
  [L.FUND_FISCAL, "fiscal"],
  [L.FUND_CARRYOVER, "carryover"],
  [L.FUND_OTHER, "other"],
];

/**
 * Reads the 项目资金 block in rows [top, bottom]: the header row (年初预算数 / 全年预算数 / …) gives
 * the columns; each line is found by its label. Without a header (the Sichuan form prints one
 * figure), the figure beside the label is the annual budget.
 */
export function locateFunds(ix: SheetIndex, top: number, bottom: number): { lines: FundLine[]; headerRow?: number } {
  const headerCell = ix.labels.find((l) => l.row >= top && l.row <= bottom && isFundHeaderLabel(l.text));
  const headerRow = headerCell?.row;
  const columns = headerRow === undefined ? {} : mapFundColumns(ix.find(/./, headerRow, headerRow));
  const lines: FundLine[] = [];
  const seen = new Set<FundLineKind>();
  for (const label of ix.find(/./, top, bottom)) {
    const rule = LINE_RULES.find(([re]) => re.test(label.text));
    if (!rule || seen.has(rule[1])) continue;
    seen.add(rule[1]);
    const line: FundLine = { kind: rule[1], row: label.row, labelCell: { row: label.row, col: label.col } };
    if (headerRow !== undefined && columns.annual !== undefined) {
      const at = (col: number | undefined) => (col === undefined ? undefined : { row: label.row, col });
      line.initial = at(columns.initial);
      line.annual = at(columns.annual);
      line.executed = at(columns.executed);
      line.weight = at(columns.weight);
      line.rate = at(columns.rate);
      line.score = at(columns.score);
    } else {
      line.annual = ix.valueRightOf(label);
    }
    lines.push(line);
  }
  return { lines, headerRow };
}
