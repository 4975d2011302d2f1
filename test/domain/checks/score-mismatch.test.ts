import { describeCheck, editedTable, findingsOf, withFunds, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "score-mismatch";
const PARTIAL = "部分达成预期指标并具有一定效果";
const exec95 = (score: unknown, formula?: string) => {
  const spec = { funds: { initial: 20, annual: 20, executed: 19, rate: 0.95, score: score as never }, subLines: [[20, 20, 19], [0, 0, 0], [0, 0, 0]] as never, totalScore: 99.5 };
  return formula ? editedTable(() => undefined, spec, { formulas: { I6: formula } }) : tableGrid(spec);
};

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "95% scored 9.5", grid: exec95(9.5) },
    { name: "23.82/25.14 scored 9.47 (from the exact rate)", grid: withFunds(25.14, 23.82, { rate: 0.9475, score: 9.47 }, { totalScore: 99.47 }) },
    { name: "over-spent (5/4.5) scored 10, the cap", grid: withFunds(4.5, 5, { rate: 1.1111, score: 10 }) },
    { name: "an execution score left empty", grid: exec95(null) },
    { name: "14 of ≥17 on weight 10 scored 8.24", grid: withIndicator(5, { name: "培训人次", target: "≥17人次", actual: 14, score: 8.24, why: "疫情影响" }, { totalScore: 98.24 }) },
    { name: "a score typed with more decimals that rounds to the rule's (8.2353)", grid: withIndicator(5, { name: "培训人次", target: "≥17人次", actual: 14, score: 8.2353, why: "疫情影响" }, { totalScore: 98.24 }) },
    { name: "DOMAIN: ≤5万元 with actual 9 scored 2 (2.00 is right)", grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2 }, { totalScore: 92 }) },
    { name: "≤5万元 with actual 10 (2×) scored 0", grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 10, score: 0, why: "x" }, { totalScore: 90 }) },
    { name: "`≤2万元` → `5000`: skipped, unit-suspect explains it", grid: withIndicator(3, { name: "办公成本", target: "≤2万元", actual: 5000, score: 10 }) },
    { name: "达成 scored at the bottom of its band (8 of 10)", grid: withIndicator(1, { score: 8, why: "x" }, { totalScore: 98 }) },
    { name: "部分达成 scored 6 (band start, inclusive)", grid: withIndicator(1, { actual: PARTIAL, score: 6, why: "x" }, { totalScore: 96 }) },
    { name: "部分达成 scored 7.99", grid: withIndicator(1, { actual: PARTIAL, score: 7.99, why: "x" }, { totalScore: 97.99 }) },
    { name: "未达成 scored 0", grid: withIndicator(1, { actual: "未完成预期指标且效果较差", score: 0, why: "x" }, { totalScore: 90 }) },
    { name: "an indicator score above its weight (score-out-of-range's business)", grid: withIndicator(5, { score: 12 }, { totalScore: 102 }) },
    { name: "a negative indicator score (score-out-of-range's business)", grid: withIndicator(5, { score: -1, why: "x" }, { totalScore: 89 }) },
    { name: "an unrecognised actual with any score (no rule to compare)", grid: withIndicator(1, { actual: "规定时间内", score: 3, why: "x" }, { totalScore: 93 }) },
  ],
  invalid: [
    {
      name: "DOMAIN: a 95% execution rate scored 10 instead of 9.5",
      grid: exec95(10),
      findings: [{ messageId: "execution", cell: "I6", severity: "error", data: { computed: "9.5", entered: "10" } }],
    },
    {
      name: "the same from a formula",
      grid: exec95(10, "=MIN(10,H6*10)"),
      findings: [{ messageId: "execution", cell: "I6", data: { computed: "9.5", entered: "10" } }],
    },
    {
      name: "23.82/25.14 scored 9.48 from the rounded 94.75%",
      grid: withFunds(25.14, 23.82, { rate: 0.9475, score: 9.48 }, { totalScore: 99.48 }),
      findings: [{ messageId: "execution", cell: "I6", data: { computed: "9.47", entered: "9.48" } }],
    },
    {
      name: "14 of ≥17 on weight 10 scored 8.23",
      grid: withIndicator(5, { name: "培训人次", target: "≥17人次", actual: 14, score: 8.23, why: "疫情影响" }, { totalScore: 98.23 }),
      findings: [{ messageId: "quantitative", cell: "H18", severity: "error", data: { computed: "8.24", entered: "8.23" } }],
    },
    {
      name: "a met target scored below its weight (8 of ≥8人 scored 15)",
      grid: withIndicator(0, { score: 15, why: "x" }, { totalScore: 95 }),
      findings: [{ messageId: "quantitative", cell: "H13", data: { computed: "20", entered: "15" } }],
    },
    {
      name: "≤5万元 with actual 9 scored 3 (should be 2)",
      grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 3, why: "x" }, { totalScore: 93 }),
      findings: [{ messageId: "quantitative", cell: "H16", data: { computed: "2", entered: "3" } }],
    },
    {
      name: "a `=0次` target with 1 accident scored full",
      grid: withIndicator(3, { name: "安全事故", target: "=0次", actual: 1, score: 10, why: "x" }),
      findings: [{ messageId: "quantitative", cell: "H16", data: { computed: "0", entered: "10" } }],
    },
    {
      name: "a fraction actual on a % target is scored as a percent (0.5 of ≥95% → 5.26)",
      grid: withIndicator(2, { actual: 0.5, score: 10, why: "x" }),
      findings: [{ messageId: "quantitative", cell: "H15", data: { computed: "5.26", entered: "10" } }],
    },
    {
      name: "DOMAIN: 部分达成预期指标并具有一定效果 scored 9 of 10 (outside [6, 8))",
      grid: withIndicator(1, { actual: PARTIAL, score: 9, why: "x" }, { totalScore: 99 }),
      findings: [{ messageId: "band", cell: "H14", severity: "error", data: { band: "partial", min: "6", max: "8", entered: "9" } }],
    },
    {
      name: "部分达成 scored 8: the band's top is excluded",
      grid: withIndicator(1, { actual: PARTIAL, score: 8, why: "x" }, { totalScore: 98 }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "partial", entered: "8" } }],
    },
    {
      name: "部分达成 scored 5.99, below the band",
      grid: withIndicator(1, { actual: PARTIAL, score: 5.99, why: "x" }, { totalScore: 95.99 }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "partial", entered: "5.99" } }],
    },
    {
      name: "达成 scored 7 of 10",
      grid: withIndicator(1, { score: 7, why: "x" }, { totalScore: 97 }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "achieved", min: "8", max: "10", entered: "7" } }],
    },
    {
      name: "未达成 scored 6: the band's top is excluded",
      grid: withIndicator(1, { actual: "未完成预期指标且效果较差", score: 6, why: "x" }, { totalScore: 96 }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "failed", min: "0", max: "6", entered: "6" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // The indicator loop leaves out-of-range scores to score-out-of-range; the execution line does not,
  // so a 12 on the execution weight 10 is reported twice on I6.
  it("leaves an out-of-range execution score to score-out-of-range, as it does for indicators", () => {
    expect(findingsOf(CODE, tableGrid({ funds: { score: 12 }, totalScore: 102 }))).toEqual([]);
  });
});
