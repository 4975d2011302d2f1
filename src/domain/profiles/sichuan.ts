import { NATIONAL_GRADE_BANDS, NATIONAL_PROFILE, NATIONAL_QUALITATIVE_BANDS } from "./national";
import type { RuleProfile } from "./types";

/**
 * The Sichuan 专项预算项目绩效目标完成情况自评表 (columns 指标性质 / 指标值 / 度量单位 / 权重 /
 * 实际完成指标值, 成本指标 as a first-level indicator, no per-indicator 得分 column).
 *
 * Evidence is one county bureau's 2023 final-accounts report (seeds/003, 渠县医疗保障局), ten project
 * tables and their reports; no provincial rule text. What it shows:
 * - Indicator weights add up to 90 in 8 of the 10 tables, while every report states 综合评价得分
 *   100 分: the other 10 points are taken to be budget execution, as in the national form, although
 *   the table itself prints no execution line. The other two tables (非税收入工作经费 and
 *   医疗服务与保障能力提升补助资金) share one indicator block that sums to 70 and mislabels levels: the
 *   kind of error the checks exist for, not evidence of other weights.
 * - In those 8 tables 效益指标 is 20 and 满意度指标 10; 产出指标 and 成本指标 vary (50 + 10, 40 + 20)
 *   but add up to 60. So benefit and satisfaction are checked on their own, output and cost only
 *   together. These are one bureau's habits, hence "in principle" weights, not a statute.
 * - Stated grades are 100 分 → 优 (each project) and 97.0 分 → 优 (the department); consistent with
 *   the national bands but not proof of them.
 * - Those totals are not computed by the rules: 筹资工作 scores 100 although 参保人数 (≥ 96.7 万人)
 *   reached 91.8, so the seed says nothing about the scoring formulas; they stay national.
 * Nothing in the seed speaks to the over-achievement ratio, the execution-rate explanation
 * threshold, or the qualitative bands (定性 indicators are all scored in full): national values.
 */
export const SICHUAN_PROFILE: RuleProfile = {
  id: "sichuan",
  form: "sichuan",
  name: "四川（专项预算项目绩效目标完成情况自评表）",
  // Inferred: 100 − 90 of indicator weights; the form has no execution score column.
  executionWeight: "10",
  levelWeights: { benefit: "20", satisfaction: "10" },
  levelGroupWeights: [{ levels: ["output", "cost"], weight: "60" }],
  totalWeight: "100",
  // Not stated in the seed beyond 100 and 97 being 优: national bands.
  gradeBands: NATIONAL_GRADE_BANDS,
  // Not stated in the seed: national.
  overAchievementRatio: NATIONAL_PROFILE.overAchievementRatio,
  // Not stated in the seed: national.
  executionExplainBelow: NATIONAL_PROFILE.executionExplainBelow,
  // Not stated in the seed: national.
  qualitativeBands: NATIONAL_QUALITATIVE_BANDS,
  severities: {},
};
