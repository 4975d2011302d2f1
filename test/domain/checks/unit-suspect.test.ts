import { describeCheck, findingsOf, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";
import type { FormatKind } from "../../../src/domain/grid";

/** A formats array with one kind at a 0-based row and column of a table at A1. */
function formatsAt(row: number, col: number, kind: FormatKind): (FormatKind | null)[][] {
  const rows: (FormatKind | null)[][] = Array.from({ length: row + 1 }, () => []);
  rows[row][col] = kind;
  return rows;
}

const CODE = "unit-suspect";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "≤2万元 with 15000元 (units written, converted)", grid: withIndicator(3, { name: "办公成本", target: "≤2万元", actual: "15000元" }) },
    { name: "≤2万元 with 1.5万元", grid: withIndicator(3, { name: "办公成本", target: "≤2万元", actual: "1.5万元" }) },
    { name: "≤5万元 with a bare 9 (within the suspect ratio)", grid: withIndicator(3, { name: "办公成本", target: "≤5万元", actual: 9, score: 2, why: "x" }, { totalScore: 92 }) },
    { name: "≥1072389人 with 1072389 (large but not money or percent)", grid: withIndicator(0, { target: "≥1072389人", actual: 1072389 }) },
    { name: "≥95% with 98", grid: withIndicator(2, { actual: 98 }) },
    { name: "≥95% with \"98%\"", grid: withIndicator(2, { actual: "98%" }) },
    { name: "a qualitative indicator", grid: withIndicator(1, { actual: "达成预期指标" }) },
    // 0.96 in a percent-formatted cell is the 96% the user sees: no "written as a fraction" note.
    { name: "0.98 in a percent-formatted cell on ≥95%", grid: { ...withIndicator(2, { actual: 0.98 }), formats: formatsAt(14, 5, "percent") } },
    // An amount per month against the same amount without "/月": the period left out, same money.
    { name: "＝470元/月 with 470元 (the period left out)", grid: withIndicator(3, { actual: "470元" }) },
    { name: "≤3.5万元 with 3.2万 (万 alone beside a money target)", grid: withIndicator(3, { name: "办公成本", target: "≤3.5万元", actual: "3.2万" }) },
    // Amounts as people write them: 整, 余, 多, 人民币 leave the unit 万元.
    ...["48万元整", "32余万元", "30多万元", "30万余元", "30万人民币"].map((actual) => ({ name: `≤50万元 with ${actual}`, grid: withIndicator(3, { name: "办公成本", target: "≤50万元", actual }) })),
    { name: "≥95% with 96分 on 满意度 (a survey score out of 100)", grid: withIndicator(5, { actual: "96分" }) },
  ],
  invalid: [
    {
      name: "DOMAIN: ≤2万元 with actual 5000 (in 元)",
      grid: withIndicator(3, { name: "办公成本", target: "≤2万元", actual: 5000 }),
      findings: [{ messageId: "scale", cell: "F16", severity: "warning", data: { factor: "10000" } }],
    },
    {
      name: "≤50000元 with actual 5 (in 万元): a factor below 1",
      grid: withIndicator(3, { name: "办公成本", target: "≤50000元", actual: 5 }),
      findings: [{ messageId: "scale", cell: "F16", severity: "warning", data: { factor: "0.0001" } }],
    },
    {
      name: "a money target with a percent actual (≤3.5万元 / 100%): not comparable, no score",
      grid: withIndicator(3, { name: "办公成本", target: "≤3.5万元", actual: "100%", score: null }, { totalScore: null }),
      findings: [{ messageId: "incomparable", cell: "F16", severity: "warning", data: { reason: "incomparable", targetUnit: "万元", actualUnit: "%" } }],
    },
    {
      name: "a count target with a money actual (≥200人 / 3万元)",
      grid: withIndicator(0, { target: "≥200人", actual: "3万元", score: null }, { totalScore: null }),
      findings: [{ messageId: "incomparable", cell: "F13", severity: "warning", data: { reason: "incomparable" } }],
    },
    {
      name: "DOMAIN: a rate written as 1 for 100% (≥95%): info at the actual",
      grid: withIndicator(2, { actual: 1 }),
      findings: [{ messageId: "fraction", cell: "F15", severity: "info", data: { adjustment: "fraction-percent" } }],
    },
    {
      name: "0.98 on ≥95%",
      grid: withIndicator(2, { actual: 0.98 }),
      findings: [{ messageId: "fraction", cell: "F15", severity: "info", data: { adjustment: "fraction-percent" } }],
    },
    {
      name: "a bare 0.98 on a bare ≥95 when the name says 率",
      grid: withIndicator(2, { target: "≥95", actual: 0.98 }),
      findings: [{ messageId: "fraction", cell: "F15", severity: "info", data: { adjustment: "fraction-percent" } }],
    },
    {
      name: "the target written as a fraction (≥0.95) with 98%: at the target",
      grid: withIndicator(2, { target: "≥0.95", actual: "98%" }),
      findings: [{ messageId: "fraction", cell: "E15", severity: "info", data: { adjustment: "fraction-percent" } }],
    },
    {
      name: "a bare ≥0.95 target with a bare 98 on a 率 name: at the target",
      grid: withIndicator(2, { target: "≥0.95", actual: 98 }),
      findings: [{ messageId: "fraction", cell: "E15", severity: "info", data: { adjustment: "fraction-percent" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // alignQuantities treats an actual of 0 as a fraction (0 × 100 = 0), and the check tells which
  // side was scaled by comparing the aligned actual with the typed one: 0 = 0, so it blames the
  // target: "年度指标值写成了小数 95，已按百分比 9500% 理解" at E15.
  it("does not call the ≥95% target a fraction when the actual is 0", () => {
    expect(findingsOf(CODE, withIndicator(2, { actual: 0, score: 0, why: "未发放" }, { totalScore: 90 }))).toEqual([]);
  });
});

describe(`${CODE}: incomparable units are never scored "by rule"`, () => {
  it("no score-mismatch saying 0.00, no computed score, one finding", () => {
    const grid = withIndicator(3, { name: "办公成本", target: "≤3.5万元", actual: "100%", score: 10 });
    expect(findingsOf("score-mismatch", grid)).toEqual([]);
    expect(findingsOf(CODE, grid)).toHaveLength(1);
    const untyped = withIndicator(3, { name: "办公成本", target: "≤3.5万元", actual: "100%", score: null }, { totalScore: null });
    expect(findingsOf(CODE, untyped)[0].message).toContain("例如“3.5万元”");
  });
});
