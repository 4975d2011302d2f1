import Decimal from "decimal.js";
import { type CellPos, type CellValue, type Grid, displayText, formatAt, isBlank, mergeAt, valueAt } from "../grid";
import type { IndicatorRow } from "../locate/model";
import type { EvaluatedIndicator, IndicatorScoring, NumberCell } from "./model";
import { alignQuantities, indicatorDirection, isRateName, normalizeText, parseActual, parseTarget } from "../parse";
import { NOT_APPLICABLE_WORDS as TARGET_NOT_APPLICABLE_WORDS } from "../parse/target";
import type { Operator, ParsedActual, ParsedTarget } from "../parse/types";
import type { Band, RuleProfile } from "../profiles/types";
import { bandRange, scoreQuantitative } from "../score";
import { numberOf, readNumber } from "./read-number";
import { levelOf } from "../levels";

/** Words that say an indicator does not apply here: the target's (不适用, 无, 未涉及 …), and in a name also 无该指标, 未设置. */
const NOT_APPLICABLE_WORDS = String.raw`${TARGET_NOT_APPLICABLE_WORDS}|无该指标|未设置`;
/** Cells that say "nothing here" in an indicator row: those words, dashes, a slash, dots, a lone 0. */
const PLACEHOLDER = new RegExp(String.raw`^(?:${NOT_APPLICABLE_WORDS}|[-—–―─_/\\~～·…．.]+|0)$`, "iu");
const NOT_APPLICABLE_NAME = new RegExp(String.raw`^(?:${NOT_APPLICABLE_WORDS}|[/／\\]|[-—–―─－…]+)$`, "iu");
/**
 * 偏差原因 texts that explain nothing: a placeholder, or "no deviation" written beside a deviation.
 * Any real sentence counts as an explanation.
 */
const NO_EXPLANATION = /^(?:无|没有|暂无|略|0|无偏差|没有偏差|无差异|未偏差|不存在偏差|N\/?A|[-—–―─_/\\~～·…．.]+)$/iu;

/** True when a cell holds nothing, or only a placeholder that says nothing is there. */
function isPlaceholder(value: CellValue): boolean {
  if (isBlank(value)) return true;
  if (typeof value === "number") return value === 0;
  if (typeof value !== "string") return false;
  return PLACEHOLDER.test(normalizeText(value).replace(/[。.]$/u, ""));
}

/**
 * The indicator does not apply here (不适用, 无 … in its name or target, or the form's unused slot,
 * which is scored the same way): no part of it is missing or wrong, and it carries no points.
 */
export function doesNotApply(ind: EvaluatedIndicator): boolean {
  return ind.scoring.kind === "none" && ind.scoring.reason === "not-applicable";
}

/** Parses one indicator row and applies the scoring rule that fits it. */
export function evaluateIndicator(grid: Grid, row: IndicatorRow, profile: RuleProfile, firstIndicatorRow = row.row): EvaluatedIndicator {
  const target = parseTarget(
    cellValue(grid, row.target),
    row.nature || row.unit ? { nature: cellValue(grid, row.nature), unit: cellValue(grid, row.unit) } : undefined,
    formatOf(grid, row.target),
  );
  const actual = parseActual(cellValue(grid, row.actual), formatOf(grid, row.actual));
  const weight = readNumber(grid, row.weight);
  const enteredScore = readNumber(grid, row.score);
  // A 偏差原因 merged down over several rows explains each of them: its text is in the area's first cell.
  const explanationAt = explanationCell(grid, row.explanation, firstIndicatorRow);
  const written = displayText(cellValue(grid, explanationAt));
  const explanation = NO_EXPLANATION.test(normalizeText(written).replace(/[。.]$/u, "")) ? "" : written;
  const unused = isUnusedSlot(grid, row);
  const scoring: IndicatorScoring = unused ? { kind: "none", reason: "not-applicable" } : scoreIndicator(row, target, actual, weight, profile);

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
  const evaluated: EvaluatedIndicator = { row, level: levelOf(row.level1), target, actual, weight, enteredScore, explanation, scoring, unused, effectiveScore, scoreSource };
  if (explanationAt) evaluated.explanationCell = explanationAt;
  return evaluated;
}

/**
 * The form prints one row per 二级指标 (经济效益, 生态效益 …); units leave the ones they do not use
 * empty, or write 不适用 / 无 / — / 0 there with no weight. Such a row is not a missing indicator.
 * A row that has some of its parts and lacks others is incomplete, and is not this.
 */
function isUnusedSlot(grid: Grid, row: IndicatorRow): boolean {
  // The name as read, its "指标1：" prefix removed: a bare "指标2：" is the form's spare row.
  if (row.name !== "" && !isPlaceholder(row.name)) return false;
  const parts = [row.weight, row.target, row.actual, row.score];
  return parts.every((p) => p === undefined || isPlaceholder(valueAt(grid, p.row, p.col)));
}

/**
 * The cell that holds a row's explanation: the top-left cell of a 偏差原因 merged down over indicator
 * rows, or the cell itself. A merge that starts above the indicators (the column's header label merged
 * down into the first row) is not an explanation: the row's own cell is read.
 */
function explanationCell(grid: Grid, p: CellPos | undefined, firstIndicatorRow: number): CellPos | undefined {
  if (!p) return undefined;
  const area = mergeAt(grid, p.row, p.col);
  return area && area.top >= firstIndicatorRow ? { row: area.top, col: area.left } : p;
}

function cellValue(grid: Grid, p: { row: number; col: number } | undefined): CellValue {
  return p ? valueAt(grid, p.row, p.col) : null;
}

function formatOf(grid: Grid, p: { row: number; col: number } | undefined) {
  return p ? formatAt(grid, p.row, p.col) : null;
}

const OPPOSITE: Record<Operator, Operator> = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=" };

function scoreIndicator(row: IndicatorRow, target: ParsedTarget, actual: ParsedActual, weightCell: NumberCell | null, profile: RuleProfile): IndicatorScoring {
  if (target.kind === "not-applicable" || NOT_APPLICABLE_NAME.test(row.name)) return { kind: "none", reason: "not-applicable" };
  const weight = numberOf(weightCell);
  if (weight === null) return { kind: "none", reason: "weight-missing" };
  const w = weight.isNegative() ? new Decimal(0) : weight;

  if (target.kind === "quantitative" && actual.kind === "number") {
    const alignment = alignQuantities(target, actual, { isRate: isRateName(row.name) });
    if (alignment.adjustment === "incomparable") return { kind: "none", reason: "units-incomparable" };
    const result = scoreQuantitative(target.op, alignment.target, alignment.actual, w, profile);
    const scoring: IndicatorScoring = { kind: "quantitative", alignment, score: result.score, met: result.met, overAchieved: result.overAchieved };
    if (pointsTheOtherWay(row.name, target.op, target.unit.text)) {
      const op = OPPOSITE[target.op];
      const other = scoreQuantitative(op, alignment.target, alignment.actual, w, profile);
      scoring.otherWay = { op, score: other.score, met: other.met, overAchieved: other.overAchieved };
    }
    return scoring;
  }
  const band = bandOf(target, actual);
  if (band) {
    const range = bandRange(band, w, profile);
    return { kind: "qualitative", band, min: range.min, max: range.max, maxInclusive: range.maxInclusive };
  }
  if (target.kind === "empty" || target.kind === "unparsed" || target.kind === "invalid") return { kind: "none", reason: `target-${target.kind}` };
  if (actual.kind === "empty" || actual.kind === "invalid") return { kind: "none", reason: `actual-${actual.kind}` };
  return { kind: "none", reason: "actual-unrecognised" };
}

/** The name clearly says more is better while the target caps it (or the reverse). */
export function pointsTheOtherWay(name: string, op: Operator, unit = ""): boolean {
  const dir = indicatorDirection(name, unit);
  if (dir === "higher") return op === "<=" || op === "<";
  if (dir === "lower") return op === ">=" || op === ">";
  return false;
}

/** The qualitative verdict of an actual: a known phrase, or the target's own words repeated. */
function bandOf(target: ParsedTarget, actual: ParsedActual): Band | null {
  if (actual.kind === "band") return actual.band;
  // The target's own words (or, on a 定性 row, its own figure: "1" for "1 年") repeated as the actual.
  if ((actual.kind === "text" || actual.kind === "number") && target.kind === "qualitative" && squash(actual.raw) === squash(target.raw)) return "achieved";
  return null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
