/**
 * The 一级指标 vocabulary, in one place: the four first-level groups, their printed names, and how a
 * 一级 or 二级 label is read as one of them. Used by evaluate, the checks, the targets import and
 * the template.
 */
import type { Level } from "./profiles/types";

/** The printed 一级指标 name of each level. */
export const LEVEL_NAMES: Record<Level, string> = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标", cost: "成本指标" };

/** The first-level group an indicator belongs to, from its 一级指标 label. */
export function levelOf(level1: string): Level | null {
  if (/产出/.test(level1)) return "output";
  if (/效益/.test(level1)) return "benefit";
  if (/满意/.test(level1)) return "satisfaction";
  if (/成本/.test(level1)) return "cost";
  return null;
}

/**
 * The group a 二级指标 names on the national form: 数量 / 质量 / 时效 → 产出, 经济 / 社会 / 生态效益
 * and 可持续影响 → 效益, 服务对象满意度 → 满意度, 成本 → "cost". On the national form 成本指标 is a
 * 二级 under 产出; on other forms it is a 一级 of its own, so each caller decides what "cost" means.
 */
export function levelOfLevel2(level2: string): Level | null {
  if (/满意/.test(level2)) return "satisfaction";
  if (/效益|可持续|影响/.test(level2)) return "benefit";
  if (/数量|质量|时效/.test(level2)) return "output";
  if (/成本/.test(level2)) return "cost";
  return null;
}
