import type Decimal from "decimal.js";
import { profileNumbers } from "../profiles/numbers";
import type { Grade, RuleProfile } from "../profiles/types";

/**
 * The grade of a total (national: ≥ 90 优, [80, 90) 良, [60, 80) 中, < 60 差). Compares exactly, so
 * 89.995 is 良: round the total first if the form rounds it. A total below every band gets the
 * lowest grade.
 */
export function gradeOf(total: Decimal, profile: RuleProfile): Grade {
  const bands = profileNumbers(profile).gradeBands;
  if (bands.length === 0) throw new Error(`profile ${profile.id} has no grade bands`);
  for (const band of bands) {
    if (total.greaterThanOrEqualTo(band.min)) return band.grade;
  }
  return bands[bands.length - 1].grade;
}
