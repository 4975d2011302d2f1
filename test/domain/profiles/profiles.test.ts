import Decimal from "decimal.js";
import {
  DEFAULT_PROFILE_ID,
  getProfile,
  NATIONAL_PROFILE,
  PROFILES,
  SICHUAN_PROFILE,
} from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles";

const sum = (xs: (string | undefined)[]) => xs.reduce((acc, x) => acc.plus(x ?? 0), new Decimal(0));

describe("profile registry", () => {
  it("has the national default", () => {
    expect(DEFAULT_PROFILE_ID).toBe("national");
    expect(getProfile(DEFAULT_PROFILE_ID)).toBe(NATIONAL_PROFILE);
    expect(getProfile("sichuan")).toBe(SICHUAN_PROFILE);
  });

  it("returns undefined for unknown ids, including Object.prototype names", () => {
    expect(getProfile("beijing")).toBeUndefined();
    expect(getProfile("toString")).toBeUndefined();
    expect(getProfile("__proto__")).toBeUndefined();
  });

  it("keys every profile by its own id", () => {
    for (const [id, profile] of Object.entries(PROFILES)) expect(profile.id).toBe(id);
  });
});

describe.each(Object.values(PROFILES))("profile $id is well-formed", (profile: RuleProfile) => {
  it("has a Chinese name", () => {
    expect(profile.name).toMatch(/[\u4e00-\u9fff]/);
  });

  it("holds decimal strings everywhere", () => {
    const values = [
      profile.executionWeight,
      profile.totalWeight,
      profile.overAchievementRatio,
      profile.executionExplainBelow,
      ...Object.values(profile.levelWeights),
      ...profile.gradeBands.map((b) => b.min),
      ...(profile.levelGroupWeights ?? []).map((g) => g.weight),
      ...Object.values(profile.qualitativeBands).flatMap((b) => [b.min, b.max]),
    ];
    for (const v of values) expect(new Decimal(v as string).isFinite()).toBe(true);
  });

  it("lists grade bands highest first, ending at 0", () => {
    const mins = profile.gradeBands.map((b) => new Decimal(b.min));
    for (let i = 1; i < mins.length; i++) expect(mins[i].lessThan(mins[i - 1])).toBe(true);
    expect(mins[mins.length - 1].isZero()).toBe(true);
  });

  it("has qualitative bands that tile [0, 1] without overlap", () => {
    const { achieved, partial, failed } = profile.qualitativeBands;
    expect(failed.min).toBe("0");
    expect(failed.max).toBe(partial.min);
    expect(failed.maxInclusive).toBe(false);
    expect(partial.max).toBe(achieved.min);
    expect(partial.maxInclusive).toBe(false);
    expect(achieved.max).toBe("1");
    expect(achieved.maxInclusive).toBe(true);
  });

  it("does not count a level both alone and in a group", () => {
    for (const group of profile.levelGroupWeights ?? []) {
      for (const level of group.levels) expect(profile.levelWeights[level]).toBeUndefined();
    }
  });
});

describe("national profile (财预〔2020〕10号)", () => {
  it("weights execution 10, output 50, benefit 30, satisfaction 10: total 100", () => {
    expect(NATIONAL_PROFILE.executionWeight).toBe("10");
    expect(NATIONAL_PROFILE.levelWeights).toEqual({ output: "50", benefit: "30", satisfaction: "10" });
    expect(NATIONAL_PROFILE.levelWeights.cost).toBeUndefined();
    const total = sum([NATIONAL_PROFILE.executionWeight, ...Object.values(NATIONAL_PROFILE.levelWeights)]);
    expect(total.toString()).toBe(NATIONAL_PROFILE.totalWeight);
  });

  it("uses the national thresholds", () => {
    expect(NATIONAL_PROFILE.gradeBands).toEqual([
      { grade: "优", min: "90" },
      { grade: "良", min: "80" },
      { grade: "中", min: "60" },
      { grade: "差", min: "0" },
    ]);
    expect(NATIONAL_PROFILE.overAchievementRatio).toBe("1.2");
    expect(NATIONAL_PROFILE.executionExplainBelow).toBe("0.9");
    expect(NATIONAL_PROFILE.qualitativeBands.achieved).toEqual({ min: "0.8", max: "1", maxInclusive: true });
    expect(NATIONAL_PROFILE.severities).toEqual({});
  });
});

describe("Sichuan profile", () => {
  it("adds up to 100 with execution, single levels and the output + cost group", () => {
    const total = sum([
      SICHUAN_PROFILE.executionWeight,
      ...Object.values(SICHUAN_PROFILE.levelWeights),
      ...(SICHUAN_PROFILE.levelGroupWeights ?? []).map((g) => g.weight),
    ]);
    expect(total.toString()).toBe(SICHUAN_PROFILE.totalWeight);
  });

  it("matches the 渠县 2023 tables: benefit 20, satisfaction 10, output + cost 60", () => {
    expect(SICHUAN_PROFILE.levelWeights).toEqual({ benefit: "20", satisfaction: "10" });
    expect(SICHUAN_PROFILE.levelGroupWeights).toEqual([{ levels: ["output", "cost"], weight: "60" }]);
    // 筹资工作 (50 + 10) and 医保大厅运行 (40 + 20) tables of seeds/003.
    for (const [output, cost] of [["50", "10"], ["40", "20"]]) {
      expect(sum([output, cost]).toString()).toBe("60");
    }
  });

  it("keeps the national thresholds where the seed is silent", () => {
    expect(SICHUAN_PROFILE.executionWeight).toBe(NATIONAL_PROFILE.executionWeight);
    expect(SICHUAN_PROFILE.gradeBands).toEqual(NATIONAL_PROFILE.gradeBands);
    expect(SICHUAN_PROFILE.overAchievementRatio).toBe(NATIONAL_PROFILE.overAchievementRatio);
    expect(SICHUAN_PROFILE.executionExplainBelow).toBe(NATIONAL_PROFILE.executionExplainBelow);
    expect(SICHUAN_PROFILE.qualitativeBands).toEqual(NATIONAL_PROFILE.qualitativeBands);
  });
});
