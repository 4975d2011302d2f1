import Decimal from "decimal.js";
import type { Band, Grade, Level, RuleProfile } from "./types";

/** A profile's thresholds as decimals, read once: the checks compare against them for every table. */
export interface ProfileNumbers {
  executionWeight: Decimal;
  totalWeight: Decimal;
  overAchievementRatio: Decimal;
  executionExplainBelow: Decimal;
  /** Highest minimum first. */
  gradeBands: { grade: Grade; min: Decimal }[];
  qualitativeBands: Record<Band, { min: Decimal; max: Decimal; maxInclusive: boolean }>;
  /** With the profile's own text, for messages. */
  levelWeights: { level: Level; text: string; value: Decimal }[];
  levelGroupWeights: { levels: Level[]; text: string; value: Decimal }[];
}

// Profiles are constants (a variant is a new object), so the numbers of one stay as they were read.
const cache = new WeakMap<RuleProfile, ProfileNumbers>();

export function profileNumbers(profile: RuleProfile): ProfileNumbers {
  let numbers = cache.get(profile);
  if (!numbers) {
    const band = (b: RuleProfile["qualitativeBands"][Band]) => ({ min: new Decimal(b.min), max: new Decimal(b.max), maxInclusive: b.maxInclusive });
    numbers = {
      executionWeight: new Decimal(profile.executionWeight),
      totalWeight: new Decimal(profile.totalWeight),
      overAchievementRatio: new Decimal(profile.overAchievementRatio),
      executionExplainBelow: new Decimal(profile.executionExplainBelow),
      gradeBands: profile.gradeBands.map((b) => ({ grade: b.grade, min: new Decimal(b.min) })).sort((a, b) => b.min.comparedTo(a.min)),
      qualitativeBands: { achieved: band(profile.qualitativeBands.achieved), partial: band(profile.qualitativeBands.partial), failed: band(profile.qualitativeBands.failed) },
      levelWeights: (Object.entries(profile.levelWeights) as [Level, string][]).map(([level, text]) => ({ level, text, value: new Decimal(text) })),
      levelGroupWeights: (profile.levelGroupWeights ?? []).map((g) => ({ levels: g.levels, text: g.weight, value: new Decimal(g.weight) })),
    };
    cache.set(profile, numbers);
  }
  return numbers;
}
