import Decimal from "decimal.js";
import { profileNumbers } from "../profiles/numbers";
import type { Band, RuleProfile } from "../profiles/types";
import { mulExact, nonNegative } from "./decimal";

/** A band's allowed score range in points: [min, max] or [min, max). */
export interface PointRange {
  min: Decimal;
  max: Decimal;
  maxInclusive: boolean;
}

/** Bands from best to worst: the order bandOfScore tries them in. */
const BANDS: readonly Band[] = ["achieved", "partial", "failed"];

/**
 * The points a qualitative band allows for an indicator of `weight` (national: 达成 [80%, 100%],
 * 部分达成 [60%, 80%), 未达成 [0, 60%)). Exact: weight 3.33 gives 达成 from 2.664. A negative weight
 * counts as 0.
 */
export function bandRange(band: Band, weight: Decimal, profile: RuleProfile): PointRange {
  const share = profileNumbers(profile).qualitativeBands[band];
  const w = nonNegative(weight);
  return {
    min: mulExact(w, share.min),
    max: mulExact(w, share.max),
    maxInclusive: share.maxInclusive,
  };
}

/**
 * Whether `score` lies in `band` for an indicator of `weight`. With a weight of 0 every range
 * collapses to nothing, so only a score of 0 is accepted, in any band.
 */
export function isScoreInBand(score: Decimal, band: Band, weight: Decimal, profile: RuleProfile): boolean {
  if (nonNegative(weight).isZero()) return score.isZero();
  const { min, max, maxInclusive } = bandRange(band, weight, profile);
  if (score.lessThan(min)) return false;
  return maxInclusive ? score.lessThanOrEqualTo(max) : score.lessThan(max);
}

/**
 * The band a score falls in. Out-of-range scores are another check's business: above every band
 * (more than the weight) counts as 达成, below every band (negative) as 未达成.
 */
export function bandOfScore(score: Decimal, weight: Decimal, profile: RuleProfile): Band {
  for (const band of BANDS) {
    if (isScoreInBand(score, band, weight, profile)) return band;
  }
  const top = bandRange("achieved", weight, profile);
  return score.greaterThanOrEqualTo(top.min) ? "achieved" : "failed";
}
