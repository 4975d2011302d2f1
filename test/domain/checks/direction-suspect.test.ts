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
    // Names that do not settle the direction: silence, not a guess.
    { name: "≤98% on 就医补偿率 (补偿率 is not clearly either way)", grid: withIndicator(2, { name: "就医补偿率", target: "≤98%", actual: 97 }) },
    { name: "≥5% on 资金结余率 (unclear)", grid: withIndicator(2, { name: "资金结余率", target: "≥5%", actual: 6 }) },
    { name: "≤10% on 增长率 (unclear)", grid: withIndicator(2, { name: "业务量增长率", target: "≤10%", actual: 8 }) },
    { name: "≤5200万元 on 减轻医疗负担 (负担 alone says nothing)", grid: withIndicator(3, { name: "减轻医疗救助人群医疗负担", target: "≤5200万元", actual: 5000 }) },
    { name: "≤30% on 就医费用本人负担比率 (lower-better, ≤ is right)", grid: withIndicator(2, { name: "就医费用本人负担比率", target: "≤30%", actual: 25 }) },
    { name: "≥95% on 投诉处理率 (the head 处理率 decides, not 投诉)", grid: withIndicator(2, { name: "投诉处理率", target: "≥95%", actual: 96 }) },
    { name: "≥70% on a 救助比率 with 自付费用 in its name (seed 000 table 6)", grid: withIndicator(2, { name: "重点救助对象政策范围内住院自付费用年度限额内救助比率", target: "≥70%", actual: 85, why: "救助水平提高" }) },
    { name: "≥8人 on 受益人数", grid: tableGrid() },
    { name: "≤3天 on 办结时限", grid: withIndicator(2, { name: "业务办结时限", target: "≤3天", actual: 2 }) },
  ],
  invalid: [
    {
      name: "DOMAIN: ≤100% written on 覆盖率",
      grid: withIndicator(2, { name: "参保覆盖率", target: "≤100%", actual: 100 }),
      findings: [{ messageId: "shouldBeMore", cell: "E15", severity: "warning", data: { op: "<=", expected: ">=" } }],
    },
    {
      name: "<95% on 满意度",
      grid: withIndicator(5, { target: "<95%", actual: 98 }),
      findings: [{ messageId: "shouldBeMore", cell: "E18", data: { op: "<", expected: ">=" } }],
    },
    {
      name: "≤ in words (不超过) on 合格率",
      grid: withIndicator(2, { name: "验收合格率", target: "不超过100%", actual: 100 }),
      findings: [{ messageId: "shouldBeMore", cell: "E15", data: { op: "<=", expected: ">=" } }],
    },
    {
      name: "≥5% on 差错率",
      grid: withIndicator(2, { name: "数据差错率", target: "≥5%", actual: 1 }),
      findings: [{ messageId: "shouldBeLess", cell: "E15", severity: "warning", data: { op: ">=", expected: "<=" } }],
    },
    {
      name: "DOMAIN: ≤1072389人 on 受益人数, a count with a clear direction (seed 000 table 10)",
      grid: withIndicator(0, { target: "≤1072389人", actual: 1104090, score: 20 }),
      findings: [{ messageId: "shouldBeMore", cell: "E13", severity: "warning", data: { op: "<=", expected: ">=", score: "19.41", otherScore: "20" } }],
    },
    {
      name: "≥30% on 就医费用本人负担比率 (lower-better)",
      grid: withIndicator(2, { name: "就医费用本人负担比率", target: "≥30%", actual: 25 }),
      findings: [{ messageId: "shouldBeLess", cell: "E15", data: { op: ">=", expected: "<=" } }],
    },
    {
      name: "traditional characters: ≤100% on 覆蓋率",
      grid: withIndicator(2, { name: "參保覆蓋率", target: "≤100%", actual: 100 }),
      findings: [{ messageId: "shouldBeMore", cell: "E15", data: { op: "<=", expected: ">=" } }],
    },
    {
      name: ">1% on 投诉率",
      grid: withIndicator(2, { name: "群众投诉率", target: ">1%", actual: 0.5 }),
      findings: [{ messageId: "shouldBeLess", cell: "E15", data: { op: ">", expected: "<=" } }],
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

describe(`${CODE}: the doubtful operator is never scored silently`, () => {
  // 受益人数 ≤1072389人 with 1104090: by "≤" 19.41 of 20, by "≥" met. The typed 20 is right by the
  // reading the name asks for: direction-suspect says both readings, and neither score-mismatch
  // nor deviation-unexplained accuses the accountant on the strength of the doubtful sign.
  const doubtful = (score: number | null) => withIndicator(0, { target: "≤1072389人", actual: 1104090, score });

  it("a typed score right by the other reading: no score-mismatch, no deviation-unexplained", () => {
    expect(findingsOf("score-mismatch", doubtful(20))).toEqual([]);
    expect(findingsOf("deviation-unexplained", doubtful(20))).toEqual([]);
    expect(findingsOf(CODE, doubtful(20))[0].message).toContain("如应为“≥”，则为 20.00 分（已达成）");
  });

  it("a typed score right by neither reading is still a score-mismatch", () => {
    expect(findingsOf("score-mismatch", doubtful(15))).toHaveLength(1);
  });

  it("a typed score below the weight still needs its explanation", () => {
    expect(findingsOf("deviation-unexplained", doubtful(19.41))).toHaveLength(1);
  });

  it("no typed score: the message gives both readings (one reading always meets the target)", () => {
    expect(findingsOf(CODE, doubtful(null))[0].message).toContain("按所写的“≤”计分为 19.41 分");
    expect(findingsOf("deviation-unexplained", doubtful(null))).toEqual([]);
  });
});
