/**
 * Properties of the scoring rules: a score always lies in [0, weight]; the unit a figure is written in
 * (元 vs 万元) never changes the score; a table's total is always the execution score plus the
 * indicator scores that count, and the plan writes exactly that total.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import type { CellValue } from "../../../src/domain/grid";
import { alignQuantities, parseActual, parseTarget } from "../../../src/domain/parse";
import type { Operator } from "../../../src/domain/parse/types";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import type { Band } from "../../../src/domain/profiles/types";
import { bandRange, executionRate, executionScore, scoreQuantitative } from "../../../src/domain/score";
import { checkWorkbook } from "../../../src/domain/engine";
import { DEFAULT_INDICATORS, tableGrid, type TableSpec } from "../../helpers/grids";

/** The canonical indicators after the first (weights 10 + 10 + 10 + 30 + 10, full marks). */
const tableGridRest = () => DEFAULT_INDICATORS.slice(1);

export const RUNS = { quantitative: 5000, execution: 3000, band: 2000, unitScale: 3000, unitMixed: 2000, total: 400 };

const OPS: Operator[] = [">=", ">", "<=", "<", "="];
const OP_TEXT: Record<Operator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "＝" };

/** A decimal with up to `places` decimals in [min, max], as exact text. */
function decimalIn(min: number, max: number, places: number): fc.Arbitrary<Decimal> {
  const f = 10 ** places;
  return fc.integer({ min: Math.round(min * f), max: Math.round(max * f) }).map((n) => new Decimal(n).div(f));
}

const weight = fc.oneof(decimalIn(0, 100, 0), decimalIn(0, 50, 2), decimalIn(0, 10, 3), decimalIn(-5, 0, 1));
const figure = fc.oneof(decimalIn(-100, 100_000, 2), decimalIn(0, 2, 4), fc.constant(new Decimal(0)));
const profiles = fc.constantFrom(NATIONAL_PROFILE, SICHUAN_PROFILE);

function inRange(score: Decimal, w: Decimal): boolean {
  const top = w.isNegative() ? new Decimal(0) : w;
  return score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(top) && score.decimalPlaces() <= 2;
}

describe("scores lie in [0, weight]", () => {
  it("scoreQuantitative, any operator, target, actual and weight (2 decimals at most)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), figure, figure, weight, profiles, (op, t, a, w, profile) => {
        const r = scoreQuantitative(op, t, a, w, profile);
        expect(inRange(r.score, w)).toBe(true);
        if (r.met) expect(r.score.equals(Decimal.max(w, 0).toDecimalPlaces(2, Decimal.ROUND_DOWN)) || r.score.equals(Decimal.max(w, 0).toDecimalPlaces(2))).toBe(true);
      }),
      { numRuns: RUNS.quantitative },
    );
  });

  it("executionScore, any budget, spending and weight; never above the weight even when spending exceeds the budget", () => {
    fc.assert(
      fc.property(figure, figure, weight, (annual, executed, w) => {
        const rate = executionRate(annual, executed);
        if (rate === null) return;
        expect(inRange(executionScore(rate, w), w)).toBe(true);
      }),
      { numRuns: RUNS.execution },
    );
  });

  it("bandRange: each band within [0, weight], ordered and touching (未达成 < 部分达成 < 达成)", () => {
    fc.assert(
      fc.property(weight, profiles, (w, profile) => {
        const top = Decimal.max(w, 0);
        const r = (b: Band) => bandRange(b, w, profile);
        for (const b of ["achieved", "partial", "failed"] as Band[]) {
          const { min, max } = r(b);
          expect(min.greaterThanOrEqualTo(0) && max.lessThanOrEqualTo(top) && min.lessThanOrEqualTo(max)).toBe(true);
        }
        expect(r("failed").max.equals(r("partial").min)).toBe(true);
        expect(r("partial").max.equals(r("achieved").min)).toBe(true);
        expect(r("achieved").max.equals(top)).toBe(true);
      }),
      { numRuns: RUNS.band },
    );
  });
});

/** The score of a target and an actual as written in cells, through parse → align → score. */
function scoreOf(target: CellValue, actual: CellValue, w: Decimal): Decimal | null {
  const t = parseTarget(target);
  const a = parseActual(actual);
  if (t.kind !== "quantitative" || a.kind !== "number") return null;
  const al = alignQuantities(t, a);
  return scoreQuantitative(t.op, al.target, al.actual, w, NATIONAL_PROFILE).score;
}

describe("the unit a figure is written in never changes the score", () => {
  const wan = decimalIn(0.01, 5000, 2);
  it("`≤5万元` / `9万元` scores as `≤50000元` / `90000元`, for every operator and figure", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), wan, wan, weight, (op, t, a, w) => {
        const inWan = scoreOf(`${OP_TEXT[op]}${t.toString()}万元`, `${a.toString()}万元`, w);
        const inYuan = scoreOf(`${OP_TEXT[op]}${t.times(10000).toString()}元`, `${a.times(10000).toString()}元`, w);
        expect(inWan).not.toBeNull();
        expect(inYuan!.toString()).toBe(inWan!.toString());
      }),
      { numRuns: RUNS.unitScale },
    );
  });

  it("a target in 万元 with an actual in 元 (units written) scores as both in 万元; so do 亿元 and 千元", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), wan, wan, weight, fc.constantFrom(["元", 10000], ["千元", 10], ["亿元", 0.0001]), (op, t, a, w, [unit, factor]) => {
        const same = scoreOf(`${OP_TEXT[op]}${t.toString()}万元`, `${a.toString()}万元`, w);
        const mixed = scoreOf(`${OP_TEXT[op]}${t.toString()}万元`, `${a.times(factor as number).toString()}${unit as string}`, w);
        expect(mixed!.toString()).toBe(same!.toString());
      }),
      { numRuns: RUNS.unitMixed },
    );
  });
});

// Random tables in the canonical layout: random funds, 1–8 indicators of every kind, scores typed,
// left blank (computed), or out of range.
const QUALITATIVE_ACTUALS = ["达成预期指标", "部分达成预期指标并具有一定效果", "未达成预期指标且效果较差", "完成", "规定时间内"];
const UNIT_TEXT = ["人", "%", "万元", "次", "元/月", ""];
const indicatorSpec = fc.record({
  quantitative: fc.boolean(),
  op: fc.constantFrom("≥", "≤", "＝", ">", "<"),
  target: fc.integer({ min: 0, max: 1000 }),
  unit: fc.constantFrom(...UNIT_TEXT),
  actual: fc.oneof(fc.integer({ min: 0, max: 2000 }), decimalIn(0, 200, 2).map((d) => d.toNumber())),
  verdict: fc.constantFrom(...QUALITATIVE_ACTUALS),
  weight: fc.oneof(fc.integer({ min: 0, max: 30 }), decimalIn(0, 20, 1).map((d) => d.toNumber())),
  score: fc.oneof(fc.constant(null), decimalIn(0, 1.2, 3)),
  places: fc.constantFrom(2, 3),
  why: fc.constantFrom(null, "原因已说明。"),
});
const tableSpec = fc.record({
  annual: decimalIn(0.01, 1000, 2),
  share: decimalIn(0, 1.3, 3),
  rate: fc.constantFrom(null, 1),
  fundScore: fc.constantFrom(null, 10),
  totalScore: fc.constantFrom(null, 100, 98.5),
  indicators: fc.array(indicatorSpec, { minLength: 1, maxLength: 8 }),
});

type TableCase = typeof tableSpec extends fc.Arbitrary<infer R> ? R : never;

function specOf(t: TableCase): TableSpec {
  const executed = t.annual.times(t.share).toDecimalPlaces(2).toNumber();
  const annual = t.annual.toNumber();
  return {
    funds: { initial: annual, annual, executed, weight: 10, rate: t.rate, score: t.fundScore },
    subLines: [
      [annual, annual, executed],
      [0, 0, 0],
      [0, 0, 0],
    ],
    indicators: t.indicators.map((i, k) => ({
      l1: k === 0 ? "产出指标" : undefined,
      l2: "数量指标",
      name: `指标${k + 1}`,
      target: i.quantitative ? `${i.op}${i.target}${i.unit}` : "明显改善",
      actual: (i.quantitative ? i.actual : i.verdict) as CellValue,
      weight: i.weight,
      // Typed scores with up to 3 decimals: a total of 89.995 must be 90.00 and graded 优.
      score: i.score === null ? null : new Decimal(i.weight).times(i.score).toDecimalPlaces(i.places).toNumber(),
      why: i.why,
    })),
    totalScore: t.totalScore,
  };
}

describe("the total is the sum of its parts", () => {
  // A deliberate bug (the total not rounded to 2 decimals before grading) passed every test: typed
  // scores with 3 decimals add up to 89.995, shown as 90.00 but graded 良.
  it("grades the rounded total: 10 + 9.995 + 70 = 89.995 → 90.00, 优", () => {
    const grid = tableGrid({ indicators: [{ l1: "产出指标(50分)", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 4, weight: 20, score: 9.995, why: "人员调离" }, ...tableGridRest()], totalScore: null });
    const [p] = checkWorkbook([grid], { profile: NATIONAL_PROFILE }).projects;
    expect(p.total).toBe("90.00");
    expect(p.grade).toBe("优");
  });

  it("project total = execution score + Σ indicator scores that count; the plan writes that total; no internal error", () => {
    let scored = 0;
    fc.assert(
      fc.property(tableSpec, (t) => {
        const grid = tableGrid(specOf(t));
        const report = checkWorkbook([grid], { profile: NATIONAL_PROFILE });
        expect(report.projects).toHaveLength(1);
        const p = report.projects[0];
        expect(p.findings.filter((f) => f.code === "internal-error")).toEqual([]);
        const parts = [p.funds.rateScore, ...p.indicators.map((i) => i.score)];
        if (parts.some((x) => x === null)) {
          expect(p.total).toBeNull();
          return;
        }
        scored++;
        // Independently of the engine's report: the execution score from the figures as typed, the
        // typed indicator scores exactly as typed (3 decimals), the computed ones as reported.
        const spec = specOf(t);
        const annual = new Decimal(spec.funds!.annual as number);
        const executed = new Decimal(spec.funds!.executed as number);
        const execScore = annual.isZero() ? null : Decimal.min(executed.div(annual).times(10), 10).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        if (execScore === null) return;
        expect(p.funds.rateScore).toBe(execScore.toFixed(2));
        let sum = execScore;
        p.indicators.forEach((ind, k) => {
          const typed = spec.indicators![k].score;
          sum = sum.plus(ind.scoreSource === "entered" && typeof typed === "number" ? new Decimal(String(typed)) : new Decimal(ind.score!));
        });
        const total = sum.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(p.total).toBe(total.toFixed(2));
        // The grade is the rounded total's (89.995 shows as 90.00 and is 优, not 良).
        const grade = total.greaterThanOrEqualTo(90) ? "优" : total.greaterThanOrEqualTo(80) ? "良" : total.greaterThanOrEqualTo(60) ? "中" : "差";
        expect(p.grade).toBe(grade);
        // Computed scores stay within their weights.
        for (const i of p.indicators) {
          if (i.scoreSource === "computed") expect(inRange(new Decimal(i.score!), new Decimal(i.weight!))).toBe(true);
        }
        const written = report.plan.writes.find((w) => w.role === "total");
        if (written) expect(written.text).toBe(p.total);
      }),
      { numRuns: RUNS.total },
    );
    // Most random tables do get a total: the property is not vacuous.
    expect(scored).toBeGreaterThan(RUNS.total / 4);
  });
});
