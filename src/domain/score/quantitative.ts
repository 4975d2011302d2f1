import Decimal from "decimal.js";
import type { Operator } from "../parse/types";
import { profileNumbers } from "../profiles/numbers";
import type { RuleProfile } from "../profiles/types";
import { minusExact, mulDivExact, mulExact, nonNegative, toScore } from "./decimal";

export interface QuantitativeScore {
  /** Half-up to 2 decimals, within [0, weight]. */
  score: Decimal;
  /** The target is reached. */
  met: boolean;
  /** Far over a more-is-better target (≥ profile.overAchievementRatio × target, target > 0). */
  overAchieved: boolean;
}

const TWO = new Decimal(2);

/** The full score of a (non-negative) weight: the target is met. */
function full(w: Decimal): QuantitativeScore {
  return { score: toScore(w, w), met: true, overAchieved: false };
}

function zero(): QuantitativeScore {
  return { score: new Decimal(0), met: false, overAchieved: false };
}

/** More is better for these operators; `=` is scored as `≥`. */
function isMoreIsBetter(op: Operator): boolean {
  return op === ">=" || op === ">" || op === "=";
}

/**
 * Score a quantitative indicator by the rules of DOMAIN.md. `target` and `actual` must already be on
 * one scale (see parse's Alignment). Strict operators score like their non-strict forms: an actual
 * equal to a `>` or `<` target counts as met, as the real tables score it.
 *
 * A target of 0 has no ratio to score against: it is met only by an actual ≤ 0, whatever the
 * operator, and otherwise scores 0. A negative target (not seen in real tables) is all-or-nothing on
 * the literal comparison.
 */
export function scoreQuantitative(
  op: Operator,
  target: Decimal,
  actual: Decimal,
  weight: Decimal,
  profile: RuleProfile,
): QuantitativeScore {
  const w = nonNegative(weight);

  if (target.isZero()) return actual.lessThanOrEqualTo(0) ? full(w) : zero();

  if (isMoreIsBetter(op)) {
    if (target.isNegative()) return actual.greaterThanOrEqualTo(target) ? full(w) : zero();
    const overAchieved = actual.greaterThanOrEqualTo(mulExact(profileNumbers(profile).overAchievementRatio, target));
    if (actual.greaterThanOrEqualTo(target)) return { ...full(w), overAchieved };
    return { score: toScore(mulDivExact(w, actual, target), w), met: false, overAchieved };
  }

  // Less is better.
  if (target.isNegative()) return actual.lessThanOrEqualTo(target) ? full(w) : zero();
  if (actual.lessThanOrEqualTo(target)) return full(w);
  // weight × (1 − (actual − target) / target) = weight × (2·target − actual) / target: one division.
  const remaining = minusExact(mulExact(target, TWO), actual);
  if (remaining.lessThanOrEqualTo(0)) return zero();
  return { score: toScore(mulDivExact(w, remaining, target), w), met: false, overAchieved: false };
}
