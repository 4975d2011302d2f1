import Decimal from "decimal.js";
import { divExact, mulExact, nonNegative, roundHalfUp, toScore } from "./decimal";

/** Exact 全年执行数 / 全年预算数; null when the annual budget is 0 or negative (no rate exists). */
export function executionRate(annual: Decimal, executed: Decimal): Decimal | null {
  if (annual.isNegative() || annual.isZero()) return null;
  return divExact(executed, annual);
}

/** The rate as written in 执行率: half-up to 4 decimals of the fraction (0.947494… → 0.9475 = 94.75%). */
export function shownRate(rate: Decimal): Decimal {
  return roundHalfUp(rate, 4);
}

/**
 * 得分 of the execution line: min(rate, 1) × weight, half-up to 2 decimals from the exact rate,
 * so 23.82/25.14 scores 9.47 even though the shown 94.75% would give 9.48. A negative rate (negative
 * executed) scores 0; a negative weight counts as 0.
 */
export function executionScore(rate: Decimal, weight: Decimal): Decimal {
  const capped = Decimal.min(nonNegative(rate), new Decimal(1));
  return toScore(mulExact(capped, nonNegative(weight)), weight);
}
