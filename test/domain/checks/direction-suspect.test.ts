import { describeCheck, findingsOf, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "direction-suspect";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (≥95% 及时率, ≥98% 满意度)", grid: tableGrid() },
    { name: "≥100% on 覆盖率", grid: withIndicator(2, { name: "参保覆盖率", target: "≥100%", actual: 100 }) },
    { name: "＝100% on 覆盖率 (`=` is neither direction)", grid: withIndicator(2, { name: "参保覆盖率", target: "＝100%", actual: 100 }) },
    { name: "≤1% on 差错率", grid: withIndicator(2, { name: "数据差错率", target: "≤1%", actual: 0.5 }) },
    { name: "<2% on 投诉率", grid: withIndicator(2, { name: "群众投诉率", target: "<2%", actual: 1 }) },
    { name: "≤100% on 预算执行率 (either way is usual)", grid: withIndicator(2, { name: "预算执行率", target: "≤100%", actual: 98 }) },
    { name: "≤5万元 on a name that is not a rate", grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 4 }) },
    { name: "≤ on 效率 (率 that is not a share)", grid: withIndicator(2, { name: "办事效率", target: "≤3天", actual: 2 }) },
    { name: "a qualitative target on a rate name", grid: withIndicator(2, { name: "参保覆盖率", target: "全覆盖", actual: "达成预期指标" }) },
  ],
  invalid: [
    {
      name: "DOMAIN: ≤100% written on 覆盖率",
      grid: withIndicator(2, { name: "参保覆盖率", target: "≤100%", actual: 100 }),
      findings: [{ cell: "E15", severity: "warning", data: { op: "<=", expected: ">=" } }],
    },
    {
      name: "<95% on 满意度",
      grid: withIndicator(5, { target: "<95%", actual: 98 }),
      findings: [{ cell: "E18", data: { op: "<", expected: ">=" } }],
    },
    {
      name: "≤ in words (不超过) on 合格率",
      grid: withIndicator(2, { name: "验收合格率", target: "不超过100%", actual: 100 }),
      findings: [{ cell: "E15", data: { op: "<=", expected: ">=" } }],
    },
    {
      name: "≥5% on 差错率",
      grid: withIndicator(2, { name: "数据差错率", target: "≥5%", actual: 1 }),
      findings: [{ cell: "E15", severity: "warning", data: { op: ">=", expected: "<=" } }],
    },
    {
      name: ">1% on 投诉率",
      grid: withIndicator(2, { name: "群众投诉率", target: ">1%", actual: 0.5 }),
      findings: [{ cell: "E15", data: { op: ">", expected: "<=" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // LOWER_BETTER_RE in parse/names.ts has 差错 / 错误 / 失误 but not 出错, so 出错率 reads as a
  // more-is-better rate and a correct `≤1%` is flagged.
  it("accepts ≤1% on 出错率 (less is better)", () => {
    expect(findingsOf(CODE, withIndicator(2, { name: "数据出错率", target: "≤1%", actual: 0.5 }))).toEqual([]);
  });
});
