import { describeCheck, findingsOf, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "target-unparsed";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (≥8人, 明显改善, ≥95%, ＝470元/月, 增加, ≥98%)", grid: tableGrid() },
    ...(["≤5万元", "<1次", "12 次", "≥1072389人", "=100百分比", "≥95 比率", "\\geq 100000", "95%以上"] as const).map((target) => ({
      name: `a quantity: ${target}`,
      grid: withIndicator(0, { target, actual: "达成预期指标" }),
    })),
    ...(["全覆盖", "及时", "按合同约定标准", "2023年12月底前"] as const).map((target) => ({
      name: `a qualitative target: ${target}`,
      grid: withIndicator(1, { target }),
    })),
    { name: "not applicable (不适用)", grid: withIndicator(1, { target: "不适用", actual: null }) },
    { name: "an empty target (missing-field's business)", grid: withIndicator(1, { target: null }) },
  ],
  invalid: [
    {
      name: "DOMAIN: 见附件",
      grid: withIndicator(0, { target: "见附件" }),
      findings: [{ messageId: "unparsed", cell: "E13", severity: "warning", data: { raw: "见附件", reason: "refers to another document" } }],
    },
    {
      name: "详见说明",
      grid: withIndicator(0, { target: "详见说明" }),
      findings: [{ messageId: "unparsed", cell: "E13", data: { raw: "详见说明", reason: "refers to another document" } }],
    },
    {
      name: "an operator with a unit but no number (≥ 比率)",
      grid: withIndicator(2, { target: "≥ 比率" }),
      findings: [{ messageId: "unparsed", cell: "E15", data: { raw: "≥ 比率", reason: "an operator without a number" } }],
    },
    {
      name: "a unit alone (万元)",
      grid: withIndicator(3, { target: "万元" }),
      findings: [{ messageId: "unparsed", cell: "E16", data: { raw: "万元", reason: "a unit without a number" } }],
    },
    {
      name: "punctuation only (。)",
      grid: withIndicator(0, { target: "。" }),
      findings: [{ messageId: "unparsed", cell: "E13", data: { raw: "。", reason: "not a value" } }],
    },
    {
      name: "an error value (#N/A)",
      grid: withIndicator(2, { target: { error: "#N/A" } }),
      findings: [{ messageId: "invalid", cell: "E15", data: { raw: "#N/A", reason: "error-value" } }],
    },
    {
      name: "a boolean",
      grid: withIndicator(2, { target: true }),
      findings: [{ messageId: "invalid", cell: "E15", data: { raw: "TRUE", reason: "boolean" } }],
    },
    {
      name: "a Date",
      grid: withIndicator(2, { target: new Date(Date.UTC(2023, 11, 31)) }),
      findings: [{ messageId: "invalid", cell: "E15", data: { raw: "2023-12-31", reason: "date" } }],
    },
    {
      name: "two unreadable targets, in reading order",
      grid: tableGrid({
        indicators: [
          { l1: "产出指标", l2: "数量指标", name: "受益人数", target: "见附件", actual: 8, weight: 50, score: 50 },
          { l1: "效益指标", l2: "社会效益指标", name: "职工获得感", target: "增加", actual: "达成预期指标", weight: 30, score: 30 },
          { l1: "满意度指标", l2: "满意度指标", name: "职工满意度", target: "≥", actual: 98, weight: 10, score: 10 },
        ],
      }),
      findings: [
        { messageId: "unparsed", cell: "E13", data: { reason: "refers to another document" } },
        { messageId: "unparsed", cell: "E15", data: { reason: "an operator without a number" } },
      ],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // isKnownUnitName knows 万元, %, 比率 but not 人 or 次: a bare "人" (a unit, no number) reads as a
  // qualitative target, so 受益人数 = "人" with actual 8 passes unreported (and is never scored).
  it.each(["人", "次"])("reports a bare unit %s as a target without a number", (target) => {
    expect(findingsOf(CODE, withIndicator(0, { target }))).toHaveLength(1);
  });
});
