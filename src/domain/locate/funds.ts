import type { CellPos } from "../grid";
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

function cellAt(row: number, col: number | undefined): CellPos | undefined {
  return col === undefined ? undefined : { row, col };
}

function lineRule(text: string): [RegExp, FundLineKind] | undefined {
  for (const rule of LINE_RULES) if (rule[0].test(text)) return rule;
  return undefined;
}

/**
 * Reads the 项目资金 block in rows [top, bottom]: the header row (年初预算数 / 全年预算数 / …) gives
 * the columns; each line is found by its label. Without a header (the Sichuan form prints one
 * figure), the figure beside the label is the annual budget.
 */
export function locateFunds(ix: SheetIndex, top: number, bottom: number): { lines: FundLine[]; headerRow?: number } {
  const labels = ix.labelsIn(top, bottom);
  const headerCell = labels.find((l) => isFundHeaderLabel(l.text));
  const headerRow = headerCell?.row;
  const columns = headerRow === undefined ? {} : mapFundColumns(ix.labelsIn(headerRow, headerRow));
  const lines: FundLine[] = [];
  const seen = new Set<FundLineKind>();
  for (const label of labels) {
    const rule = lineRule(label.text);
    if (!rule || seen.has(rule[1])) continue;
    seen.add(rule[1]);
    const line: FundLine = { kind: rule[1], row: label.row, labelCell: { row: label.row, col: label.col } };
    if (headerRow !== undefined && columns.annual !== undefined) {
      line.initial = cellAt(label.row, columns.initial);
      line.annual = cellAt(label.row, columns.annual);
      line.executed = cellAt(label.row, columns.executed);
      line.weight = cellAt(label.row, columns.weight);
      line.rate = cellAt(label.row, columns.rate);
      line.score = cellAt(label.row, columns.score);
    } else {
      line.annual = ix.valueRightOf(label);
    }
    lines.push(line);
  }
  return { lines, headerRow };
}
