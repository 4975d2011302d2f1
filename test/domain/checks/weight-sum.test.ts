import { describeCheck, editedTable, withIndicator } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, tableGrid, type TableSpec } from "../../helpers/grids";
import { SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { findingsOf } from "../../helpers/check-harness";

const CODE = "weight-sum";
type Ind = NonNullable<TableSpec["indicators"]>[number];
const reweigh = (weights: Record<number, number>): Ind[] => DEFAULT_INDICATORS.map((d, k) => (k in weights ? { ...d, weight: weights[k], score: weights[k] } : d));
/** Sichuan habits on the national layout: 产出 50 + 成本 10 = 60, 效益 20, 满意度 10, + execution 10. */
const SICHUAN_INDICATORS: Ind[] = [
  { l1: "产出指标", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 8, weight: 50, score: 50 },
  { l1: "成本指标", l2: "经济成本指标", name: "人均补助标准", target: "＝470元/月", actual: 470, weight: 10, score: 10 },
  { l1: "效益指标", l2: "社会效益指标", name: "职工获得感", target: "增加", actual: "达成预期指标", weight: 20, score: 20 },
  { l1: "满意度指标", l2: "满意度指标", name: "职工满意度", target: "≥98%", actual: 98, weight: 10, score: 10 },
];
const sichuan = (weights: Record<number, number>) => SICHUAN_INDICATORS.map((d, k) => (k in weights ? { ...d, weight: weights[k], score: weights[k] } : d));

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (10 + 50 + 30 + 10)", grid: tableGrid() },
    { name: "weights moved inside 产出指标 (25 + 5 + 10 + 10)", grid: tableGrid({ indicators: reweigh({ 0: 25, 1: 5 }) }) },
    { name: "an unreadable printed 分值 in the total row (not-a-number.s business)", grid: tableGrid({ indicators: reweigh({}), totalWeight: "一百" }) },
    { name: "no total row: nothing printed to compare", grid: editedTable((rows) => rows.pop()) },
    { name: "Sichuan: 产出 50 + 成本 10 = 60, 效益 20, 满意度 10", grid: tableGrid({ indicators: SICHUAN_INDICATORS }), profile: SICHUAN_PROFILE },
    { name: "Sichuan: 产出 40 + 成本 20 = 60", grid: tableGrid({ indicators: sichuan({ 0: 40, 1: 20 }) }), profile: SICHUAN_PROFILE },
    // The unreadable weight is not-a-number's finding; the level sum without it would be a false alarm.
    { name: "an unreadable weight (十): no level warning for the rest (40 of 50)", grid: withIndicator(1, { weight: "十" }) },
    // A 一级 printed only as its points names no level: the 二级 labels (数量/质量/时效 → 产出) do.
    { name: "一级 labels printed only as (50分) / (30分) / (10分)", grid: tableGrid({ indicators: DEFAULT_INDICATORS.map((d) => (d.l1 ? { ...d, l1: /\(\d+分\)/.exec(String(d.l1))?.[0] ?? d.l1 } : d)) }) },
    // A Sichuan table read with the default profile is not held to the national split.
        { name: "a not-applicable indicator without a weight is left out of the sum", grid: tableGrid({ indicators: [...reweigh({}), { l2: "生态效益指标", name: "无", target: "/", actual: null, weight: null, score: null }] }) },
  ],
  invalid: [
    {
      name: "DOMAIN: weights adding to 110 (受益人数 30): sum and printed, not the level again",
      grid: tableGrid({ indicators: reweigh({ 0: 30 }), totalScore: 110 }),
      // The 10 extra points are one mistake: no second finding for the level they went to.
      findings: [
        { messageId: "total", cell: "G19", severity: "error", data: { sum: "110", expected: "100" } },
        { messageId: "printed", cell: "G19", severity: "error", data: { printed: "100", sum: "110" } },
      ],
    },
    {
      name: "weights adding to 110 with the printed weight updated to 110",
      grid: tableGrid({ indicators: reweigh({ 0: 30 }), totalWeight: 110, totalScore: 110 }),
      findings: [{ messageId: "total", cell: "G19", severity: "error", data: { sum: "110", expected: "100" } }],
    },
    {
      name: "the execution weight counts (分值 15 on the fund line)",
      grid: tableGrid({ funds: { weight: 15, score: 15 }, totalScore: 105 }),
      findings: [
        { messageId: "total", cell: "G19", severity: "error", data: { sum: "105", expected: "100" } },
        { messageId: "printed", cell: "G19", severity: "error", data: { printed: "100", sum: "105" } },
      ],
    },
    {
      name: "only the printed 分值 is wrong (90)",
      grid: tableGrid({ totalWeight: 90 }),
      findings: [{ messageId: "printed", cell: "G19", severity: "error", data: { printed: "90", sum: "100" } }],
    },
    {
      name: "points moved between levels (产出 55, 效益 25): one warning that names both, at the first level label",
      grid: tableGrid({ indicators: reweigh({ 0: 25, 4: 25 }) }),
      findings: [
        {
          messageId: "levels",
          cell: "B13",
          severity: "warning",
          data: {
            levels: [
              { levels: ["output"], sum: "55", expected: "50" },
              { levels: ["benefit"], sum: "25", expected: "30" },
            ],
          },
        },
      ],
    },
    {
      name: "no total row: the sum error goes to the 绩效指标 label",
      grid: editedTable((rows) => rows.pop(), { indicators: reweigh({ 5: 20 }) }),
      findings: [{ messageId: "total", cell: "A12", severity: "error", data: { sum: "110", expected: "100" } }],
    },
    {
      name: "Sichuan: 产出 50 + 成本 20 = 70 and 效益 10: one warning for the level and the group",
      grid: tableGrid({ indicators: sichuan({ 1: 20, 2: 10 }) }),
      profile: SICHUAN_PROFILE,
      findings: [
        {
          messageId: "levels",
          cell: "B13",
          severity: "warning",
          data: {
            levels: [
              { levels: ["benefit"], sum: "10", expected: "20" },
              { levels: ["output", "cost"], sum: "70", expected: "60" },
            ],
          },
        },
      ],
    },
    {
      // National: 成本 is a 二级 of 产出, so a 成本指标 一级 counts with 产出 (50 + 10 = 60 ≠ 50).
      name: "the national profile counts a 成本指标 一级 with 产出 (60 ≠ 50) and 效益 20 ≠ 30",
      grid: tableGrid({ indicators: SICHUAN_INDICATORS }),
      findings: [
        {
          messageId: "levels",
          cell: "B13",
          severity: "warning",
          data: {
            levels: [
              { levels: ["output"], sum: "60", expected: "50" },
              { levels: ["benefit"], sum: "20", expected: "30" },
            ],
          },
        },
      ],
    },
  ],
});

describe(`${CODE}: holes a deliberate bug slipped through`, () => {
  // A 不适用 row without a weight must be left out of the sum, not switch the whole check off: with
  // the bug (weightSum = null on such a row) a table whose weights add to 90 passed in silence.
  it("a 不适用 row without a weight does not switch the sum check off", () => {
    const grid = tableGrid({ indicators: [...reweigh({ 0: 10, 1: 10 }), { l2: "生态效益指标", name: "不适用", target: null, actual: null, weight: null, score: null }], totalWeight: 90 });
    expect(findingsOf(CODE, grid).map((f) => f.data?.sum)).toEqual(["90"]);
  });

  it("an unused slot (no name, weight, target or actual) does not switch it off either", () => {
    const grid = tableGrid({ indicators: [...reweigh({ 0: 10, 1: 10 }), { l2: "生态效益指标", name: null, target: null, actual: null, weight: 0, score: null }], totalWeight: 90 });
    expect(findingsOf(CODE, grid).map((f) => f.data?.sum)).toEqual(["90"]);
  });

  it("(50分)-only 一级 labels still report a real level shift (产出 55, 效益 25)", () => {
    const inds = reweigh({ 0: 25, 4: 25 }).map((d) => (d.l1 ? { ...d, l1: /\(\d+分\)/.exec(String(d.l1))?.[0] ?? d.l1 } : d));
    expect(findingsOf(CODE, tableGrid({ indicators: inds }))).toHaveLength(1);
  });
});
