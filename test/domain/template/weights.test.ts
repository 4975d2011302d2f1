import Decimal from "decimal.js";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import type { Level } from "../../../src/domain/profiles/types";
import { splitEvenly, spreadWeights } from "../../../src/domain/template/weights";

const sum = (xs: (string | null)[]) => xs.reduce((s, x) => s.plus(x ?? 0), new Decimal(0)).toString();

describe("splitEvenly", () => {
  test.each([
    ["50", 6, ["9", "9", "8", "8", "8", "8"]],
    ["30", 4, ["8", "8", "7", "7"]],
    ["10", 1, ["10"]],
    ["10", 3, ["4", "3", "3"]],
    ["10", 12, ["0.84", "0.84", "0.84", "0.84", "0.83", "0.83", "0.83", "0.83", "0.83", "0.83", "0.83", "0.83"]],
    ["20", 0, []],
  ])("%s over %d", (total, count, expected) => {
    const parts = splitEvenly(new Decimal(total), count);
    expect(parts.map((p) => p.toString())).toEqual(expected);
    if (count > 0) expect(sum(parts.map((p) => p.toString()))).toBe(total);
  });
});

describe("spreadWeights", () => {
  test("national: 产出 50, 效益 30, 满意度 10 over their indicators; unknown levels get none", () => {
    const levels: (Level | null)[] = ["output", "output", "output", "benefit", "benefit", "satisfaction", null];
    const { weights, groups } = spreadWeights(levels, NATIONAL_PROFILE);
    expect(weights).toEqual(["17", "17", "16", "15", "15", "10", null]);
    expect(groups.map((g) => [g.levels[0], g.weight, g.count])).toEqual([
      ["output", "50", 3],
      ["benefit", "30", 2],
      ["satisfaction", "10", 1],
    ]);
  });

  test("national: a 成本指标 written as a first level counts under 产出", () => {
    const { weights } = spreadWeights(["output", "cost", "benefit", "satisfaction"], NATIONAL_PROFILE);
    expect(weights).toEqual(["25", "25", "30", "10"]);
  });

  test("Sichuan: 产出 + 成本 share 60, 效益 20, 满意度 10", () => {
    const { weights } = spreadWeights(["output", "output", "output", "output", "cost", "benefit", "benefit", "satisfaction"], SICHUAN_PROFILE);
    expect(weights).toEqual(["12", "12", "12", "12", "12", "10", "10", "10"]);
    expect(sum(weights)).toBe("90");
  });

  test("a level without indicators leaves its weight unassigned", () => {
    const { weights, groups } = spreadWeights(["output", "benefit"], NATIONAL_PROFILE);
    expect(sum(weights)).toBe("80");
    expect(groups.find((g) => g.levels[0] === "satisfaction")!.count).toBe(0);
  });
});
