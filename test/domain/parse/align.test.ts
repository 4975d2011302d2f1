import { alignQuantities, parseActual, parseTarget } from "../../../src/domain/parse";
import type { CellValue } from "../../../src/domain/grid";

function align(target: CellValue, actual: CellValue, isRate?: boolean): Record<string, string | undefined> {
  const t = parseTarget(target);
  const a = parseActual(actual);
  if (t.kind !== "quantitative" || a.kind !== "number") throw new Error(`not quantities: ${t.kind} ${a.kind}`);
  const r = alignQuantities(t, a, isRate === undefined ? undefined : { isRate });
  return {
    target: r.target.toString(),
    actual: r.actual.toString(),
    adjustment: r.adjustment,
    suspectFactor: r.suspectFactor?.toString(),
  };
}

describe("alignQuantities", () => {
  const cases: [CellValue, CellValue, boolean | undefined, string, string, string, string | undefined][] = [
    // target, actual, isRate, → target, actual, adjustment, suspectFactor
    ["≥8人", 8, undefined, "8", "8", "none", undefined],
    ["≥95%", "98%", undefined, "95", "98", "none", undefined],
    ["≥95%", 98, undefined, "95", "98", "none", undefined],
    ["≤5万元", 9, undefined, "5", "9", "none", undefined],
    ["≤5万元", "9万元", undefined, "5", "9", "none", undefined],
    // Same kind, different factor: converted exactly onto the target's unit.
    ["≤5万元", "45000元", undefined, "5", "4.5", "unit-converted", undefined],
    ["≤5万元", "0.1亿元", undefined, "5", "1000", "unit-converted", undefined],
    ["≤5000元", "0.3万元", undefined, "5000", "3000", "unit-converted", undefined],
    ["≤5000元", "0.00001亿元", undefined, "5000", "1000", "unit-converted", undefined],
    ["≥800千元", "0.8万元", undefined, "800", "8", "unit-converted", undefined],
    ["≤5‰", "0.4%", undefined, "5", "4", "unit-converted", undefined],
    ["≥100万人", "1072389人", undefined, "100", "107.2389", "unit-converted", undefined],
    ["≥1072389人", "91.8万人", undefined, "1072389", "918000", "unit-converted", undefined],
    // A rate written as a fraction.
    ["≥95%", 1, undefined, "95", "100", "fraction-percent", undefined],
    ["≥95%", 0.98, undefined, "95", "98", "fraction-percent", undefined],
    ["≤100%", "0.97", undefined, "100", "97", "fraction-percent", undefined],
    ["≥0.95", "98%", undefined, "95", "98", "fraction-percent", undefined],
    ["≥1%", 0.5, undefined, "1", "0.5", "none", undefined],
    ["≥95", 0.98, true, "95", "98", "fraction-percent", undefined],
    ["≥0.9", 95, true, "90", "95", "fraction-percent", undefined],
    ["≥95", 0.98, false, "95", "0.98", "none", undefined],
    ["≥95", 0.98, undefined, "95", "0.98", "none", undefined],
    ["≥0.9", 0.95, true, "0.9", "0.95", "none", undefined],
    ["≥500", 0.9, true, "500", "0.9", "none", undefined],
    // Money against a bare figure far off scale: numbers kept, factor flagged.
    ["≤2万元", 5000, undefined, "2", "5000", "none", "10000"],
    ["≤2万元", "5000", undefined, "2", "5000", "none", "10000"],
    ["≤2万元", 19000, undefined, "2", "19000", "none", "10000"],
    ["≤50000元", 5, undefined, "50000", "5", "none", "0.0001"],
    ["≤5亿元", 480000000, undefined, "5", "480000000", "none", "100000000"],
    ["≤20000", "2万元", undefined, "20000", "2", "none", "0.0001"],
    ["≤2万元", 999, undefined, "2", "999", "none", undefined],
    ["≤2万元", 1.8, undefined, "2", "1.8", "none", undefined],
    ["≥95%", 95000, undefined, "95", "95000", "none", "1000"],
    // Large ratios between counts are not suspect.
    ["≥8", 1072389, undefined, "8", "1072389", "none", undefined],
    ["≥8人", 1072389, undefined, "8", "1072389", "none", undefined],
    ["≥10人", "10人次", undefined, "10", "10", "none", undefined],
    ["≤500元/人", 450, undefined, "500", "450", "none", undefined],
    ["=0", 0, undefined, "0", "0", "none", undefined],
  ];
  test.each(cases)("%j vs %j (isRate %p)", (target, actual, isRate, t, a, adjustment, suspectFactor) => {
    expect(align(target, actual, isRate)).toEqual({ target: t, actual: a, adjustment, suspectFactor });
  });

  it("converts without float error", () => {
    const r = align("≤5万元", "12345.6789元");
    expect(r.actual).toBe("1.23456789");
  });
});
