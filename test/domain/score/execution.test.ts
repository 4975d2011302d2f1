import Decimal from "decimal.js";
import { executionRate, executionScore, formatFixed, shownRate } from "../../../src/domain/score";

const d = (s: string) => new Decimal(s);

describe("executionRate", () => {
  it("is the exact quotient (23.82 / 25.14 = 0.947494…)", () => {
    const rate = executionRate(d("25.14"), d("23.82"));
    expect(rate).not.toBeNull();
    expect(rate!.toString().startsWith("0.94749403341288782816")).toBe(true);
  });

  it("is null without a positive annual budget", () => {
    expect(executionRate(d("0"), d("5"))).toBeNull();
    expect(executionRate(d("-1"), d("5"))).toBeNull();
  });

  it("may exceed 1 and may be negative", () => {
    expect(executionRate(d("10"), d("12"))!.toString()).toBe("1.2");
    expect(executionRate(d("10"), d("-1"))!.toString()).toBe("-0.1");
  });
});

describe("shownRate", () => {
  it("rounds half-up to 4 decimals of the fraction", () => {
    expect(shownRate(executionRate(d("25.14"), d("23.82"))!).toString()).toBe("0.9475");
    expect(shownRate(d("0.94745")).toString()).toBe("0.9475");
    expect(shownRate(d("0.947449")).toString()).toBe("0.9474");
  });
});

describe("executionScore", () => {
  it("scores 23.82 / 25.14 as 9.47 from the exact rate, not 9.48 from the shown one", () => {
    const rate = executionRate(d("25.14"), d("23.82"))!;
    expect(formatFixed(executionScore(rate, d("10")), 2)).toBe("9.47");
    expect(formatFixed(executionScore(shownRate(rate), d("10")), 2)).toBe("9.48");
  });

  it("scores a 95% rate 9.50, not 10", () => {
    const rate = executionRate(d("100"), d("95"))!;
    expect(executionScore(rate, d("10")).toString()).toBe("9.5");
    expect(formatFixed(executionScore(rate, d("10")), 2)).toBe("9.50");
  });

  it("caps at the weight above 100%", () => {
    expect(executionScore(d("1.3"), d("10")).toString()).toBe("10");
    expect(executionScore(d("1"), d("10")).toString()).toBe("10");
  });

  it("scores 0 for a negative executed amount or a negative weight", () => {
    expect(executionScore(executionRate(d("10"), d("-3"))!, d("10")).toString()).toBe("0");
    expect(executionScore(d("0.9"), d("-10")).toString()).toBe("0");
  });

  it("rounds a tie half-up (rate 0.9125 × 10 = 9.125 → 9.13)", () => {
    expect(executionScore(d("0.9125"), d("10")).toString()).toBe("9.13");
  });

  it("scores against another weight", () => {
    // 23.82 / 25.14 × 20 = 18.9498… → 18.95
    expect(executionScore(executionRate(d("25.14"), d("23.82"))!, d("20")).toString()).toBe("18.95");
  });
});
