import Decimal from "decimal.js";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { Band } from "../../../src/domain/profiles";
import { bandOfScore, bandRange, isScoreInBand } from "../../../src/domain/score";

const d = (s: string | number) => new Decimal(s);
const P = NATIONAL_PROFILE;
const inBand = (score: string | number, band: Band, weight: string | number = 10) =>
  isScoreInBand(d(score), band, d(weight), P);

describe("bandRange", () => {
  it("gives points for weight 10", () => {
    expect(bandRange("achieved", d(10), P)).toEqual({ min: d(8), max: d(10), maxInclusive: true });
    expect(bandRange("partial", d(10), P)).toEqual({ min: d(6), max: d(8), maxInclusive: false });
    expect(bandRange("failed", d(10), P)).toEqual({ min: d(0), max: d(6), maxInclusive: false });
  });

  it("is exact for awkward weights", () => {
    expect(bandRange("achieved", d("3.33"), P).min.toString()).toBe("2.664");
    expect(bandRange("partial", d(3), P).min.toString()).toBe("1.8");
  });

  it("treats a negative weight as 0", () => {
    expect(bandRange("achieved", d(-10), P).max.toString()).toBe("0");
  });
});

describe("band boundaries", () => {
  it("80% exactly is 达成, not 部分达成", () => {
    expect(inBand(8, "achieved")).toBe(true);
    expect(inBand(8, "partial")).toBe(false);
    expect(bandOfScore(d(8), d(10), P)).toBe("achieved");
  });

  it("just under 80% is 部分达成", () => {
    expect(inBand("7.99", "partial")).toBe(true);
    expect(inBand("7.99", "achieved")).toBe(false);
    expect(bandOfScore(d("7.99"), d(10), P)).toBe("partial");
  });

  it("60% exactly is 部分达成, not 未达成", () => {
    expect(inBand(6, "partial")).toBe(true);
    expect(inBand(6, "failed")).toBe(false);
    expect(bandOfScore(d(6), d(10), P)).toBe("partial");
  });

  it("just under 60% is 未达成", () => {
    expect(inBand("5.99", "failed")).toBe(true);
    expect(inBand("5.99", "partial")).toBe(false);
    expect(bandOfScore(d("5.99"), d(10), P)).toBe("failed");
  });

  it("100% is 达成 and 0 is 未达成", () => {
    expect(inBand(10, "achieved")).toBe(true);
    expect(inBand(0, "failed")).toBe(true);
    expect(bandOfScore(d(0), d(10), P)).toBe("failed");
  });

  it("rejects scores outside the weight", () => {
    expect(inBand("10.01", "achieved")).toBe(false);
    expect(inBand(-1, "failed")).toBe(false);
    expect(bandOfScore(d(11), d(10), P)).toBe("achieved");
    expect(bandOfScore(d(-1), d(10), P)).toBe("failed");
  });

  it("applies to other weights exactly", () => {
    // weight 5: 达成 [4, 5], 部分 [3, 4), 未达成 [0, 3)
    expect(inBand(4, "achieved", 5)).toBe(true);
    expect(inBand("3.99", "partial", 5)).toBe(true);
    expect(inBand(3, "partial", 5)).toBe(true);
    expect(inBand("2.99", "failed", 5)).toBe(true);
    // weight 3.33: 达成 from 2.664, so 2.66 is only 部分达成
    expect(inBand("2.66", "achieved", "3.33")).toBe(false);
    expect(inBand("2.67", "achieved", "3.33")).toBe(true);
  });

  it("accepts only 0 for a weight of 0", () => {
    expect(inBand(0, "achieved", 0)).toBe(true);
    expect(inBand(0, "failed", 0)).toBe(true);
    expect(inBand(1, "achieved", 0)).toBe(false);
  });

  it("puts every 0.01 step of weight 10 in exactly one band", () => {
    for (let i = 0; i <= 1000; i++) {
      const s = d(i).div(100);
      const hits = (["achieved", "partial", "failed"] as Band[]).filter((b) => isScoreInBand(s, b, d(10), P));
      expect(hits).toEqual([bandOfScore(s, d(10), P)]);
      const expected: Band = s.gte(8) ? "achieved" : s.gte(6) ? "partial" : "failed";
      expect(hits).toEqual([expected]);
    }
  });
});
