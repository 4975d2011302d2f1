import Decimal from "decimal.js";
import type { Level, RuleProfile } from "../profiles/types";

/** A group of first levels that shares one weight of the profile ("产出指标 50"). */
interface WeightGroup {
  levels: Level[];
  weight: Decimal;
}

export interface WeightSpread {
  /** One weight per indicator (exact decimal text), null where the indicator's level is unknown. */
  weights: (string | null)[];
  /** Each group of the profile: its weight and how many indicators share it (0: left unassigned). */
  groups: { levels: Level[]; weight: string; count: number }[];
}

function groupsOf(profile: RuleProfile): WeightGroup[] {
  const groups: WeightGroup[] = [];
  for (const [level, weight] of Object.entries(profile.levelWeights) as [Level, string][]) {
    groups.push({ levels: [level], weight: new Decimal(weight) });
  }
  for (const g of profile.levelGroupWeights ?? []) groups.push({ levels: [...g.levels], weight: new Decimal(g.weight) });
  // 成本指标 sits under 产出指标 on the national form: a profile without a cost weight counts it there.
  const covered = new Set(groups.flatMap((g) => g.levels));
  if (!covered.has("cost")) groups.find((g) => g.levels.includes("output"))?.levels.push("cost");
  return groups;
}

/**
 * Splits `total` into `count` shares that add up to it exactly: whole points when every share gets
 * at least one, else hundredths; the first shares take the remainder (50 over 6 → 9 9 8 8 8 8).
 */
export function splitEvenly(total: Decimal, count: number): Decimal[] {
  if (count <= 0) return [];
  const unit = total.isInteger() && total.gte(count) ? new Decimal(1) : new Decimal("0.01");
  const units = total.div(unit).floor();
  const base = units.divToInt(count);
  const remainder = units.minus(base.times(count)).toNumber();
  return Array.from({ length: count }, (_, i) => base.plus(i < remainder ? 1 : 0).times(unit));
}

/**
 * Default indicator weights by the profile's level weights: each level's (or level group's)
 * weight split evenly over its indicators, so that every level adds up exactly. Suggestions only:
 * the accountant decides the real weights.
 */
export function spreadWeights(levels: (Level | null)[], profile: RuleProfile): WeightSpread {
  const weights: (string | null)[] = levels.map(() => null);
  const groups = groupsOf(profile).map((g) => {
    const members = levels.flatMap((l, i) => (l !== null && g.levels.includes(l) ? [i] : []));
    splitEvenly(g.weight, members.length).forEach((w, k) => {
      weights[members[k]] = w.toString();
    });
    return { levels: g.levels, weight: g.weight.toString(), count: members.length };
  });
  return { weights, groups };
}
