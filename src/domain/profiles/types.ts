import type { CheckCode } from "../checks/codes";
import type { Severity } from "../finding";

/** First-level indicator groups. The Sichuan form also has 成本指标 as a first level. */
export type Level = "output" | "benefit" | "satisfaction" | "cost";

/** Qualitative bands of DOMAIN.md: 达成 / 部分达成并具有一定效果 / 未达成且效果较差. */
export type Band = "achieved" | "partial" | "failed";

export type Grade = "优" | "良" | "中" | "差";

/** A band's share of the weight, as decimal strings: [min, max] or [min, max). */
export interface BandRange {
  min: string;
  max: string;
  maxInclusive: boolean;
}

/** A named rule profile: every threshold the checks use lives here, never in a check. */
export interface RuleProfile {
  id: string;
  /**
   * The form the profile's level weights are written for. A table of the other form (a Sichuan table
   * checked with the national profile) is not held to them: its "in principle" split is another one.
   */
  form: "national" | "sichuan";
  /** Chinese name shown to users, e.g. "全国通用（财预〔2020〕10号）". */
  name: string;
  /** Weight of the budget-execution line (分值 of 年度资金总额). */
  executionWeight: string;
  /** Level totals "in principle"; a level absent here is not checked. */
  levelWeights: Partial<Record<Level, string>>;
  /**
   * Totals "in principle" of several levels taken together, for forms where the split between them
   * varies but their sum does not (Sichuan: 产出 + 成本 = 60). Absent or empty: nothing checked.
   */
  levelGroupWeights?: { levels: Level[]; weight: string }[];
  /** Total of all weights, execution included. */
  totalWeight: string;
  /** Grade thresholds, highest first: a total >= min gets that grade. The last has min "0". */
  gradeBands: { grade: Grade; min: string }[];
  /** Actual >= ratio × target on a more-is-better indicator counts as far over target. */
  overAchievementRatio: string;
  /** An execution rate below this fraction needs an explanation. */
  executionExplainBelow: string;
  qualitativeBands: Record<Band, BandRange>;
  /** Severity overrides by check code (the checks hold the defaults). */
  severities: Partial<Record<CheckCode, Severity>>;
}
