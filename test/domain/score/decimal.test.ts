import Decimal from "decimal.js";
import { divExact, formatFixed, roundHalfUp, toDecimal, toScore } from "../../../src/domain/score";

const d = (s: string) => new Decimal(s);

describe("roundHalfUp", () => {
  it("rounds an exact tie at the third decimal up", () => {
    expect(roundHalfUp(d("2.345")).toString()).toBe("2.35");
    expect(roundHalfUp(d("9.475")).toString()).toBe("9.48");
    expect(roundHalfUp(d("0.005")).toString()).toBe("0.01");
  });

  it("rounds 1.005 up, where binary floats round it down", () => {
    // The float nearest 1.005 is 1.00499999999999989…, so float rounding gives 1.00.
    expect((1.005).toFixed(2)).toBe("1.00");
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundHalfUp(toDecimal(1.005)).toString()).toBe("1.01");
    expect(formatFixed(toDecimal(1.005), 2)).toBe("1.01");
  });

  it("rounds just below a tie down", () => {
    expect(roundHalfUp(d("2.3449999999")).toString()).toBe("2.34");
  });

  it("rounds ties away from zero like Excel ROUND and never returns -0", () => {
    expect(roundHalfUp(d("-1.005")).toString()).toBe("-1.01");
    const r = roundHalfUp(d("-0.001"));
    expect(r.isZero()).toBe(true);
    expect(r.isNegative()).toBe(false);
    expect(formatFixed(d("-0.001"), 2)).toBe("0.00");
  });

  it("rounds to other places", () => {
    expect(roundHalfUp(d("0.94745"), 4).toString()).toBe("0.9475");
    expect(roundHalfUp(d("12.5"), 0).toString()).toBe("13");
  });
});

describe("toDecimal", () => {
  it("takes a number through its shortest string", () => {
    expect(toDecimal(0.1).toString()).toBe("0.1");
    expect(toDecimal(0.1 + 0.2).toString()).toBe("0.30000000000000004");
    expect(toDecimal(23.82).toString()).toBe("23.82");
    expect(toDecimal(-0).isNegative()).toBe(false);
    expect(toDecimal(1e21).toString()).toBe("1e+21");
  });

  it("takes decimal strings", () => {
    expect(toDecimal(" 25.14 ").toString()).toBe("25.14");
    expect(toDecimal("-3").toString()).toBe("-3");
  });

  it("rejects what is not a finite number", () => {
    expect(() => toDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => toDecimal(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => toDecimal("Infinity")).toThrow();
    expect(() => toDecimal("abc")).toThrow();
  });
});

describe("formatFixed", () => {
  it("pads and rounds", () => {
    expect(formatFixed(d("9.5"), 2)).toBe("9.50");
    expect(formatFixed(d("9.474940334128878"), 2)).toBe("9.47");
    expect(formatFixed(d("10"), 2)).toBe("10.00");
  });
});

describe("exact arithmetic", () => {
  it("keeps more digits than the shared Decimal precision", () => {
    // 20 significant digits would give 0.33333333333333333333.
    expect(divExact(d("1"), d("3")).toString().length).toBeGreaterThan(40);
  });

  it("toScore keeps a score inside [0, weight] even for a 3-decimal weight", () => {
    expect(toScore(d("3.335"), d("3.335")).toString()).toBe("3.33");
    expect(toScore(d("-1"), d("10")).toString()).toBe("0");
    expect(toScore(d("11"), d("10")).toString()).toBe("10");
  });
});
