/** The figures a draft quotes, computed from the evaluated table (exact decimals, half-up as the sheet shows). */
import type Decimal from "decimal.js";
import type { EvaluatedIndicator, EvaluatedProject } from "../evaluate/model";
import { amount, percent, points } from "../checks/format";
import { divExact, formatFixed, minusExact } from "../score";
import type { DraftGap, ExecutionDraftFigures, IndicatorDraftFigures, IndicatorDraftKind } from "./types";

const compact = (raw: string) => raw.replace(/\s+/g, "");

/** Points withheld: weight − score when both are known and the difference is positive. */
function deductedOf(weight: Decimal | null, score: Decimal | null): string | null {
  if (weight === null || score === null) return null;
  const d = minusExact(weight, score);
  return d.greaterThan(0) ? points(d) : null;
}

/** The gap of a quantitative indicator on the target's scale (as scored), or null when it has none. */
function gapOf(ind: EvaluatedIndicator): DraftGap | null {
  const sc = ind.scoring;
  if (sc.kind !== "quantitative" || ind.target.kind !== "quantitative") return null;
  const { target, actual } = sc.alignment;
  const diff = minusExact(actual, target);
  if (diff.isZero()) return null;
  // A fraction target brought onto the actual's percent scale is said in percent; a percent target
  // in its own points (% or ‰), never as a percent of a percent.
  const u = ind.target.unit;
  // A rate whose fraction was brought onto the percent scale (≥98 on a 及时率, actual 0.96) is in percent too.
  const unit = sc.alignment.adjustment === "fraction-percent" ? "%" : u.kind === "percent" ? (u.factor.equals("0.001") ? "‰" : "%") : u.text;
  const size = diff.abs();
  const relative = unit === "%" || unit === "‰" || target.isZero() ? null : percent(divExact(size, target.abs()));
  return { amount: amount(size.toDecimalPlaces(4)), unit, side: diff.isNegative() ? "below" : "above", relative };
}

/**
 * The score a draft may quote: the one that counts, unless it is a typed score the rule disagrees
 * with (score-mismatch or score-out-of-range reports it; once corrected, a sentence quoting it would be
 * wrong in a formal text). Then the draft leaves the score out.
 */
function quotableScore(ind: EvaluatedIndicator): Decimal | null {
  const sc = ind.scoring;
  const score = ind.effectiveScore;
  if (score === null || ind.scoreSource !== "entered") return score;
  if (sc.kind === "quantitative" && !score.equals(sc.score)) return null;
  if (sc.kind === "qualitative" && (score.lessThan(sc.min) || (sc.maxInclusive ? score.greaterThan(sc.max) : score.greaterThanOrEqualTo(sc.max)))) return null;
  return score;
}

/** The figures of one indicator's deviation of kind `kind` (the kinds of deviation-unexplained). */
export function indicatorFigures(ind: EvaluatedIndicator, kind: IndicatorDraftKind): IndicatorDraftFigures {
  const sc = ind.scoring;
  const weight = ind.weight?.kind === "number" ? ind.weight.value : null;
  const score = quotableScore(ind);
  let ratio: string | null = null;
  if (kind === "over-achieved" && sc.kind === "quantitative" && !sc.alignment.target.isZero()) {
    ratio = formatFixed(divExact(sc.alignment.actual, sc.alignment.target), 2);
  }
  return {
    kind,
    name: ind.row.name,
    target: compact(ind.target.raw),
    actual: compact(ind.actual.raw),
    quantitative: ind.target.kind === "quantitative",
    gap: kind === "band" ? null : gapOf(ind),
    ratio,
    weight: weight === null ? null : amount(weight),
    score: score === null ? null : points(score),
    deducted: deductedOf(weight, score),
  };
}

/** The figures of a low execution rate, or null when the amounts cannot be read. */
export function executionFigures(project: EvaluatedProject, threshold: Decimal): ExecutionDraftFigures | null {
  const f = project.funds;
  if (f.annual?.kind !== "number" || f.executed?.kind !== "number" || f.rate === null) return null;
  const weight = f.weight?.kind === "number" ? f.weight.value : null;
  const score = f.enteredRateScore?.kind === "number" ? f.enteredRateScore.value : f.rateScore;
  return {
    kind: "execution-low",
    annual: amount(f.annual.value),
    executed: amount(f.executed.value),
    unspent: amount(minusExact(f.annual.value, f.executed.value)),
    unit: project.table.fundsUnit,
    rate: percent(f.rateShown ?? f.rate),
    threshold: percent(threshold),
    score: score === null ? null : points(score),
    weight: weight === null ? null : amount(weight),
    deducted: deductedOf(weight, score),
  };
}
