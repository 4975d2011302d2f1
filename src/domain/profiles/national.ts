import type { RuleProfile } from "./types";

/** Qualitative bands of 财预〔2020〕10号 as shares of the weight. */
export const NATIONAL_QUALITATIVE_BANDS: RuleProfile["qualitativeBands"] = {
  achieved: { min: "0.8", max: "1", maxInclusive: true },
  partial: { min: "0.6", max: "0.8", maxInclusive: false },
  failed: { min: "0", max: "0.6", maxInclusive: false },
};

/** Grade thresholds of 财预〔2020〕10号, highest first. */
export const NATIONAL_GRADE_BANDS: RuleProfile["gradeBands"] = [
  { grade: "优", min: "90" },
  { grade: "良", min: "80" },
  { grade: "中", min: "60" },
  { grade: "差", min: "0" },
];

/**
 * The national form of 《项目支出绩效评价管理办法》(财预〔2020〕10号). 成本指标 is a second-level
 * indicator under 产出指标 there, so "cost" has no level weight of its own.
 */
export const NATIONAL_PROFILE: RuleProfile = {
  id: "national",
  form: "national",
  name: "全国通用（财预〔2020〕10号）",
  executionWeight: "10",
  levelWeights: { output: "50", benefit: "30", satisfaction: "10" },
  totalWeight: "100",
  gradeBands: NATIONAL_GRADE_BANDS,
  overAchievementRatio: "1.2",
  executionExplainBelow: "0.9",
  qualitativeBands: NATIONAL_QUALITATIVE_BANDS,
  // Default severities live in the checks; a profile lists only its overrides.
  severities: {},
};
