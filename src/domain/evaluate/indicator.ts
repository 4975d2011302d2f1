import Decimal from "decimal.js";
import { type CellValue, type Grid, displayText, valueAt } from "../grid";
import type { EvaluatedIndicator, IndicatorRow, IndicatorScoring, NumberCell } from "../model";
import { alignQuantities, isRateName, parseActual, parseTarget } from "../parse";
import type { ParsedActual, ParsedTarget } from "../parse/types";
import type { Band, Level, RuleProfile } from "../profiles/types";
import { bandRange, scoreQuantitative } from "../score";
import { numberOf, readNumber } from "./read-number";

/** The first-level group an indicator belongs to, from its 一级指标 label. */
export function levelOf(level1: string): Level | null {
  if (/产出/.test(level1)) return "output";
  if (/效益/.test(level1)) return "benefit";
  if (/满意/.test(level1)) return "satisfaction";
  if (/成本/.test(level1)) return "cost";
  return null;
}

const NOT_APPLICABLE_NAME = /^(不适用|无|\/|—+|-+)$/;
const NO_EXPLANATION = /^(无|没有|暂无|\/|／|—+|-+|－+)$/;

/** Parses one indicator row and applies the scoring rule that fits it. */
export function evaluateIndicator(grid: Grid, row: IndicatorRow, profile: RuleProfile): EvaluatedIndicator {
  const target = parseTarget(cellValue(grid, row.target), row.nature || row.unit ? { nature: cellValue(grid, row.nature), unit: cellValue(grid, row.unit) } : undefined);
  const actual = parseActual(cellValue(grid, row.actual));
  const weight = readNumber(grid, row.weight);
  const enteredScore = readNumber(grid, row.score);
  // "无" or "/" in 偏差原因分析 explains nothing.
  const written = displayText(cellValue(grid, row.explanation));
  const explanation = NO_EXPLANATION.test(written) ? "" : written;
  const scoring = scoreIndicator(row, target, actual, weight, profile);

  let effectiveScore: Decimal | null = null;
  let scoreSource: EvaluatedIndicator["scoreSource"] = "none";
  const entered = numberOf(enteredScore);
  if (entered !== null) {
    effectiveScore = entered;
    scoreSource = "entered";
  } else if (scoring.kind === "quantitative" && !scoring.alignment.suspectFactor) {
    // With the units in doubt the literal score would mislead; unit-suspect asks for a fix first.
    effectiveScore = scoring.score;
    scoreSource = "computed";
  } else if (scoring.kind === "qualitative" && scoring.band === "achieved") {
    // 达成 earns the top of its band, as every seed table scores it; lower bands are the accountant's call.
    effectiveScore = scoring.max;
    scoreSource = "computed";
  } else if (scoring.kind === "none" && scoring.reason === "not-applicable") {
    effectiveScore = new Decimal(0);
  }
  return { row, level: levelOf(row.level1), target, actual, weight, enteredScore, explanation, scoring, effectiveScore, scoreSource };
}

function cellValue(grid: Grid, p: { row: number; col: number } | undefined): CellValue {
  return p ? valueAt(grid, p.row, p.col) : null;
}

function scoreIndicator(row: IndicatorRow, target: ParsedTarget, actual: ParsedActual, weightCell: NumberCell | null, profile: RuleProfile): IndicatorScoring {
  if (target.kind === "not-applicable" || NOT_APPLICABLE_NAME.test(row.name)) return { kind: "none", reason: "not-applicable" };
  const weight = numberOf(weightCell);
  if (weight === null) return { kind: "none", reason: "weight-missing" };
  const w = weight.isNegative() ? new Decimal(0) : weight;

  if (target.kind === "quantitative" && actual.kind === "number") {
    const alignment = alignQuantities(target, actual, { isRate: isRateName(row.name) });
    const result = scoreQuantitative(target.op, alignment.target, alignment.actual, w, profile);
    return { kind: "quantitative", alignment, score: result.score, met: result.met, overAchieved: result.overAchieved };
  }
  const band = bandOf(target, actual);
  if (band) {
    const range = bandRange(band, w, profile);
    return { kind: "qualitative", band, min: range.min, max: range.max, maxInclusive: range.maxInclusive };
  }
  if (target.kind === "empty" || target.kind === "unparsed" || target.kind === "invalid") return { kind: "none", reason: "target-" + target.kind };
  if (actual.kind === "empty" || actual.kind === "invalid") return { kind: "none", reason: "actual-" + actual.kind };
  return { kind: "none", reason: "actual-unrecognised" };
}

/** The qualitative verdict of an actual: a known phrase, or the target's own words repeated. */
function bandOf(target: ParsedTarget, actual: ParsedActual): Band | null {
  if (actual.kind === "band") return actual.band;
  if (actual.kind === "text" && target.kind === "qualitative" && squash(actual.raw) === squash(target.raw)) return "achieved";
  return null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
