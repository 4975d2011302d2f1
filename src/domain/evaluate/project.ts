import Decimal from "decimal.js";
import { type Grid, displayText, valueAt } from "../grid";
import type { LocatedTable } from "../locate/model";
import type { EvaluatedFunds, EvaluatedIndicator, EvaluatedProject, NumberCell } from "./model";
import { profileNumbers } from "../profiles/numbers";
import type { Level, RuleProfile } from "../profiles/types";
import { gradeOf, roundHalfUp } from "../score";
import { evaluateFunds } from "./funds";
import { doesNotApply, evaluateIndicator } from "./indicator";
import { levelOf, levelOfLevel2 } from "../levels";
import { numberOf, readNumber } from "./read-number";

const NAME_PREFIX = /^\s*项目名称\s*[:：]?\s*/;

/** Evaluates one located table: every figure read, every rule applied, the total and grade. */
export function evaluateProject(grid: Grid, table: LocatedTable, profile: RuleProfile): EvaluatedProject {
  const funds = evaluateFunds(grid, table, profile);
  const first = table.indicators[0]?.row ?? 0;
  const indicators = table.indicators.map((row) => evaluateIndicator(grid, row, profile, first));
  inferLevels(indicators);
  const nameCell = table.fields.name;
  const name = nameCell ? displayText(valueAt(grid, nameCell.row, nameCell.col)).replace(NAME_PREFIX, "") : "";
  const unitCell = table.fields.unit;
  const unit = unitCell ? displayText(valueAt(grid, unitCell.row, unitCell.col)).trim() : "";

  // The total is only known when the execution score and every indicator's score are.
  // Without any indicator row (e.g. the indicator header is missing) the execution score alone is
  // not a total: writing it into 总分 would grade the project 差.
  let total: Decimal | null = indicators.length === 0 ? null : funds.rateScore;
  for (const ind of indicators) {
    if (total === null) break;
    total = ind.effectiveScore === null ? null : total.plus(ind.effectiveScore);
  }
  if (total !== null) total = roundHalfUp(total, 2);

  // A form without a 分值 column for the funds line (Sichuan) carries the profile's execution weight.
  let weightSum: Decimal | null = funds.weight === null ? profileNumbers(profile).executionWeight : numberOf(funds.weight);
  for (const ind of indicators) {
    const w = numberOf(ind.weight);
    if (weightSum === null) break;
    if (w === null) {
      if (doesNotApply(ind)) continue;
      weightSum = null;
    } else weightSum = weightSum.plus(w);
  }

  const enteredTotal = readNumber(grid, table.total?.score);
  const goal = table.fields.actualGoal;
  const actualGoal = goal ? displayText(valueAt(grid, goal.row, goal.col)) : "";
  return {
    table,
    name,
    unit,
    yearEndPending: isYearEndPending(funds, indicators, enteredTotal, actualGoal),
    year: table.year,
    funds,
    indicators,
    total,
    enteredTotal,
    totalWeight: readNumber(grid, table.total?.weight),
    weightSum,
    grade: total === null ? null : gradeOf(total, profile),
  };
}

/**
 * A 一级 label printed only as its points ("(50分)") names no level: the run of rows under it takes
 * the level its 二级 labels agree on (数量指标, 质量指标 … → 产出). Rows whose run does not agree keep
 * no level, and the level checks stay silent about them.
 */
function inferLevels(indicators: EvaluatedIndicator[]): void {
  const runs = new Map<string, EvaluatedIndicator[]>();
  for (const ind of indicators) {
    if (ind.level !== null || ind.unused) continue;
    const cell = ind.row.level1Cell;
    const key = cell ? `${cell.row}:${cell.col}` : `text:${ind.row.level1}`;
    const run = runs.get(key);
    if (run) run.push(ind);
    else runs.set(key, [ind]);
  }
  for (const run of runs.values()) {
    if (run.some((i) => levelOf(i.row.level1) !== null)) continue;
    const levels = new Set<Level>();
    for (const ind of run) {
      const l = levelOfLevel2(ind.row.level2);
      // 成本 names no group of its own here: under 产出 on the national form, a 一级 elsewhere.
      if (l !== null && l !== "cost") levels.add(l);
    }
    if (levels.size !== 1) continue;
    const [level] = levels;
    for (const ind of run) ind.level = level;
  }
}

/**
 * A table made from the start-of-year targets and not yet filled in at year end: its 全年执行数 and
 * every 实际完成值 are empty (a cell the form has). One to-do, not one finding per empty cell.
 */
function isYearEndPending(funds: EvaluatedFunds, indicators: EvaluatedIndicator[], enteredTotal: NumberCell | null, actualGoal: string): boolean {
  const used = indicators.filter((i) => !i.unused && i.row.actual !== undefined);
  if (used.length === 0) return false;
  // A table handed in with its scores, total or 实际完成情况 filled is no fresh one: its missing
  // figures are errors a reviewer needs to see, each at its cell.
  if (actualGoal !== "" || enteredTotal?.kind === "number" || used.some((i) => i.enteredScore?.kind === "number")) return false;
  if (funds.executed && !(funds.executed.kind === "empty" && funds.executed.formula === null)) return false;
  // A table that has no 全年执行数 cell at all (the Sichuan form) is judged by its actuals alone.
  return used.every((i) => i.actual.kind === "empty");
}
