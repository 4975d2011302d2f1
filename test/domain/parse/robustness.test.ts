import { alignQuantities, parseActual, parseTarget, parseUnit, isRateName, verdictBand } from "../../../src/domain/parse";

const ODD: string[] = [
  "😀",
  "≥😀",
  "≥",
  "≥-",
  "≥+",
  "≥.",
  "≥..5",
  "≥5..",
  "1e400",
  "-1e400",
  "≥1e400",
  "--5",
  "++5",
  "-",
  ".",
  ",",
  "%",
  "%%%%",
  "≥≥≥≥≥≥",
  "≥<=>",
  "<img src=x onerror=alert(1)>",
  "<script>alert('x')</script>",
  "'; DROP TABLE x; --",
  "\\",
  "\\geq",
  "\\geq\\leq",
  "\\frac{1}{2}",
  "&ge;",
  "&amp;",
  "\u0000",
  "\u200b\u200b",
  "\ud800",
  "\udfff≥5",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1_000",
  "1,,000",
  ",000",
  "1,000,00",
  "9".repeat(400),
  "0." + "0".repeat(400) + "1",
  "≥" + "9".repeat(40) + "%",
  "5".repeat(30_000),
  "达".repeat(30_000),
  "≥1".repeat(15_000),
  "a1".repeat(15_000),
  "1,".repeat(15_000),
  "(".repeat(1000) + "5" + ")".repeat(1000),
  "≥5(含)(含)(含)",
  "以上",
  "≥以上",
  "5以上以下",
  "约",
  "约≥5",
  "≥约5",
  "见",
  "完成完成完成",
  "未",
  "toString",
  "__proto__",
  "constructor",
  "hasOwnProperty",
];

describe("no input throws", () => {
  test.each(ODD.map((s) => [s.length > 40 ? `${s.slice(0, 40)}… (${s.length})` : s, s]))("%j", (_label, input) => {
    expect(() => parseTarget(input)).not.toThrow();
    expect(() => parseTarget(input, { nature: input, unit: input })).not.toThrow();
    expect(() => parseTarget(5, { nature: input, unit: input })).not.toThrow();
    expect(() => parseActual(input)).not.toThrow();
    expect(() => parseUnit(input)).not.toThrow();
    expect(() => isRateName(input)).not.toThrow();
    expect(() => verdictBand(input)).not.toThrow();
    const t = parseTarget(input);
    const a = parseActual(input);
    if (t.kind === "quantitative" && a.kind === "number") {
      expect(() => alignQuantities(t, a, { isRate: true })).not.toThrow();
    }
  });

  it("does not treat prototype names as units", () => {
    for (const name of ["toString", "__proto__", "constructor"]) expect(parseUnit(name).kind).toBe("other");
  });

  it("handles a 30 000-character value quickly", () => {
    const start = Date.now();
    for (const s of ["≥" + "1".repeat(30_000), "达成".repeat(15_000), "≥1人".repeat(10_000)]) {
      parseTarget(s);
      parseActual(s);
    }
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it("aligns extreme magnitudes without throwing", () => {
    const t = parseTarget("≤" + "9".repeat(30) + "万元");
    const a = parseActual("0." + "0".repeat(28) + "1");
    expect(t.kind).toBe("quantitative");
    expect(a.kind).toBe("number");
    if (t.kind === "quantitative" && a.kind === "number") expect(() => alignQuantities(t, a)).not.toThrow();
    const t2 = parseTarget(Number.MAX_VALUE);
    const a2 = parseActual(Number.MIN_VALUE);
    if (t2.kind === "quantitative" && a2.kind === "number") expect(() => alignQuantities(t2, a2, { isRate: true })).not.toThrow();
  });
});
