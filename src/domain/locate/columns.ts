import type { LabelCell } from "./sheet-index";
import * as L from "./labels";

export type FundColumn = "initial" | "annual" | "executed" | "weight" | "rate" | "score";
export type IndicatorColumn =
  | "level1"
  | "level2"
  | "name"
  | "nature"
  | "target"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "explanation";

const FUND_RULES: [RegExp, FundColumn][] = [
  [L.FUND_HEADER_INITIAL, "initial"],
  [L.FUND_HEADER_EXECUTED, "executed"],
  [L.FUND_HEADER_ANNUAL, "annual"],
  [L.FUND_HEADER_WEIGHT, "weight"],
  [L.FUND_HEADER_RATE, "rate"],
  [L.FUND_HEADER_SCORE, "score"],
];

// Order matters: "实际完成指标值" must be read as the actual before "指标值" is read as the target.
const INDICATOR_RULES: [RegExp, IndicatorColumn][] = [
  [L.IND_LEVEL1, "level1"],
  [L.IND_LEVEL2, "level2"],
  [L.IND_LEVEL3, "name"],
  [L.IND_NATURE, "nature"],
  [L.IND_ACTUAL, "actual"],
  [L.IND_TARGET, "target"],
  [L.IND_UNIT, "unit"],
  [L.IND_WEIGHT, "weight"],
  [L.IND_SCORE, "score"],
  [L.IND_EXPLANATION, "explanation"],
];

function mapColumns<K extends string>(cells: LabelCell[], rules: [RegExp, K][]): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const cell of cells) {
    for (const [re, column] of rules) {
      if (!re.test(cell.text)) continue;
      if (out[column] === undefined) out[column] = cell.col;
      break;
    }
  }
  return out;
}

/** Column of each 项目资金 figure, from the header row's labels. */
export function mapFundColumns(headerCells: LabelCell[]): Partial<Record<FundColumn, number>> {
  return mapColumns(headerCells, FUND_RULES);
}

/** Column of each 绩效指标 field, from the header row's labels. */
export function mapIndicatorColumns(headerCells: LabelCell[]): Partial<Record<IndicatorColumn, number>> {
  return mapColumns(headerCells, INDICATOR_RULES);
}

export function isFundHeaderLabel(text: string): boolean {
  return L.FUND_HEADER_INITIAL.test(text) || L.FUND_HEADER_ANNUAL.test(text) || L.FUND_HEADER_EXECUTED.test(text);
}
