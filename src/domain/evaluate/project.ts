import Decimal from "decimal.js";
import { type Grid, displayText, valueAt } from "../grid";
import type { EvaluatedProject, LocatedTable } from "../model";
import { profileNumbers } from "../profiles/numbers";
import type { RuleProfile } from "../profiles/types";
import { gradeOf, roundHalfUp } from "../score";
import { evaluateFunds } from "./funds";
import { evaluateIndicator } from "./indicator";
import { numberOf, readNumber } from "./read-number";

const NAME_PREFIX = /^\s*项目名称\s*[:：]?\s*/;

/** Evaluates one located table: every figure read, every rule applied, the total and grade. */
export function evaluateProject(grid: Grid, table: LocatedTable, profile: RuleProfile): EvaluatedProject {
  const funds = evaluateFunds(grid, table, profile);
  const indicators = table.indicators.map((row) => evaluateIndicator(grid, row, profile));
  const nameCell = table.fields.name;
  const name = nameCell ? displayText(valueAt(grid, nameCell.row, nameCell.col)).replace(NAME_PREFIX, "") : "";

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
      if (ind.scoring.kind === "none" && ind.scoring.reason === "not-applicable") continue;
      weightSum = null;
    } else weightSum = weightSum.plus(w);
  }

  return {
    table,
    name,
    year: table.year,
    funds,
    indicators,
    total,
    enteredTotal: readNumber(grid, table.total?.score),
    totalWeight: readNumber(grid, table.total?.weight),
    weightSum,
    grade: total === null ? null : gradeOf(total, profile),
  };
}
