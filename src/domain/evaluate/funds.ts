import type Decimal from "decimal.js";
import type { Grid } from "../grid";
import type { LocatedTable } from "../locate/model";
import type { EvaluatedFunds, FundFigures } from "./model";
import { profileNumbers } from "../profiles/numbers";
import type { RuleProfile } from "../profiles/types";
import { executionRate, executionScore, shownRate, toDecimal } from "../score";
import { numberOf, readNumber } from "./read-number";

/** Reads 项目资金 and computes the execution rate and its score from the 年度资金总额 line. */
export function evaluateFunds(grid: Grid, table: LocatedTable, profile: RuleProfile): EvaluatedFunds {
  const figures: FundFigures[] = table.funds.map((line) => ({
    line,
    initial: readNumber(grid, line.initial),
    annual: readNumber(grid, line.annual),
    executed: readNumber(grid, line.executed),
  }));
  const totalFigures = figures.find((f) => f.line.kind === "total");
  const total = totalFigures?.line;
  const annual = totalFigures?.annual ?? null;
  const executed = totalFigures?.executed ?? null;
  const initial = totalFigures?.initial ?? null;
  const weight = readNumber(grid, total?.weight);
  const a = numberOf(annual);
  const e = numberOf(executed);
  const rate = a !== null && e !== null ? executionRate(a, e) : null;
  const weightValue: Decimal = numberOf(weight) ?? profileNumbers(profile).executionWeight;
  return {
    total,
    lines: table.funds,
    figures,
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
