import type Decimal from "decimal.js";
import type { Band } from "../profiles/types";

export type Operator = ">=" | ">" | "<=" | "<" | "=";

/**
 * "money" (元 / 万元 / 亿元), "percent" (% / 百分比 / 比率), "other" (人, 次, 元/月, 平方米 …),
 * "none" (a bare number).
 */
export type UnitKind = "money" | "percent" | "other" | "none";

export interface Unit {
  /** The unit as written, normalised (full-width folded), e.g. "万元", "%", "人", "元/月", "". */
  text: string;
  kind: UnitKind;
  /**
   * Multiply a value in this unit by `factor` to get the kind's base unit: 元 for money
   * (万元 → 10000), a fraction for percent (% → 0.01). 1 for "none" and for most "other" units;
   * an "other" unit with a 万 / 千 / 亿 multiplier ("万人", "万人次") has that factor and `base`.
   */
  factor: Decimal;
  /**
   * The unit without its multiplier: "元" for 万元, "%" for any percent, "人" for 万人, "" for none.
   * Two "other" units convert onto each other only when their bases are equal.
   */
  base?: string;
}

export type InvalidReason = "error-value" | "boolean" | "date";

export type ParsedTarget =
  /** An operator and a number: "≥8人", "≤5万元", "＝470元/月", "\\geq 100000", "12 次" (implicit "="). */
  | { kind: "quantitative"; op: Operator; implicitOp: boolean; value: Decimal; unit: Unit; raw: string }
  /** Words that state a target: "及时", "明显改善", "全覆盖", "按合同约定标准". */
  | { kind: "qualitative"; raw: string }
  /** "不适用", "无", "/" : the indicator does not apply. */
  | { kind: "not-applicable"; raw: string }
  | { kind: "empty"; raw: string }
  /**
   * Looks like a value but cannot be read ("≥ 比率", "≥≥", "见附件", "详见说明"): the reason says why, in
   * English for logs; checks word it in Chinese.
   */
  | { kind: "unparsed"; raw: string; reason: string }
  | { kind: "invalid"; raw: string; reason: InvalidReason };

export type ParsedActual =
  /** A number, possibly with a unit or an operator copied from the target ("≥95%"). */
  | { kind: "number"; value: Decimal; unit: Unit; op?: Operator; raw: string }
  /** A recognised qualitative verdict: "达成预期指标", "完成", "未完成", … */
  | { kind: "band"; band: Band; raw: string }
  /** Other words ("规定时间内", "明显提升"). */
  | { kind: "text"; raw: string }
  | { kind: "empty"; raw: string }
  | { kind: "invalid"; raw: string; reason: InvalidReason };

/** How an actual was brought onto the target's scale before scoring. */
export type AlignmentKind =
  | "none"
  /** Different units of one kind (万元 vs 元), converted exactly. */
  | "unit-converted"
  /** A fraction on one side and a percent on the other ("1" for 100%), multiplied by 100. */
  | "fraction-percent"
  /**
   * Units of different kinds (a money target with a percent actual, a count with an amount): no
   * factor turns one into the other, so there is nothing to score.
   */
  | "incomparable";

export interface Alignment {
  /** Target and actual on one scale, ready for the scoring rule. */
  target: Decimal;
  actual: Decimal;
  adjustment: AlignmentKind;
  /** With "fraction-percent": which side was multiplied onto the percent scale. */
  scaled?: "target" | "actual";
  /**
   * Set when the actual looks like it is on another scale than the target although the units do
   * not say so (`≤2万元` → `5000`): the factor that would reconcile them (e.g. 10000). Scoring then
   * uses the numbers as written and the unit-suspect check reports it. Direction: actual ÷
   * suspectFactor is on the target's scale (5000 ÷ 10000 = 0.5 万元); below 1 when the actual looks
   * too small (`≤50000元` → `5` gives 0.0001).
   */
  suspectFactor?: Decimal;
}
