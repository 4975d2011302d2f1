import type Decimal from "decimal.js";
import type { Grid } from "../grid";
import type { EvaluatedFunds, LocatedTable } from "../model";
import type { RuleProfile } from "../profiles/types";
import { executionRate, executionScore, shownRate, toDecimal } from "../score";
import { numberOf, readNumber } from "./read-number";

/** Reads 项目资金 and computes the execution rate and its score from the 年度资金总额 line. */
export function evaluateFunds(grid: Grid, table: LocatedTable, profile: RuleProfile): EvaluatedFunds {
  const total = table.funds.find((l) => l.kind === "total");
  const annual = readNumber(grid, total?.annual);
  const executed = readNumber(grid, total?.executed);
  const initial = readNumber(grid, total?.initial);
  const weight = readNumber(grid, total?.weight);
  const a = numberOf(annual);
  const e = numberOf(executed);
  const rate = a !== null && e !== null ? executionRate(a, e) : null;
  const weightValue: Decimal = numberOf(weight) ?? toDecimal(profile.executionWeight);
  return {
    total,
    lines: table.funds,
    annual,
    executed,
    initial,
    weight,
    rate,
    rateShown: rate === null ? null : shownRate(rate),
    rateScore: rate === null ? null : executionScore(rate, weightValue.isNegative() ? toDecimal(0) : weightValue),
    enteredRate: readNumber(grid, total?.rate, { percent: true }),
    enteredRateScore: readNumber(grid, total?.score),
  };
}
