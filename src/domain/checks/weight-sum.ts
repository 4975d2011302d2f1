import Decimal from "decimal.js";
import { numberOf } from "../evaluate/read-number";
import type { EvaluatedIndicator } from "../model";
import { profileNumbers } from "../profiles/numbers";
import type { Level } from "../profiles/types";
import type { Check } from "./types";

const M = {
  total: "各项分值合计为 {sum} 分（执行 {exec} 分 + 指标 {ind} 分），应为 {expected} 分：请核对各指标分值。",
  printed: "总分行的分值写为 {printed}，而各项分值合计为 {sum}：请核对。",
  level: "{level}的分值合计为 {sum} 分，按“{profile}”原则上应为 {expected} 分：如有调整请确认依据。",
  group: "{levels}的分值合计为 {sum} 分，按“{profile}”原则上应为 {expected} 分。",
};
const LEVEL_NAME: Record<Level, string> = { output: "产出指标", benefit: "效益指标", satisfaction: "满意度指标", cost: "成本指标" };

/** weight-sum: weights do not add up to 100, or a level's total differs from the profile. */
export const weightSum: Check = {
  code: "weight-sum",
  severity: "error",
  description: "分值合计不等于 100，或一级指标分值合计与规则方案不符（后者为警告）",
  run({ project, profile, report }) {
    const t = project.table;
    const anchor = t.total?.weight ?? t.total?.labelCell ?? t.labels.indicators ?? { row: t.top, col: t.left };
    const sum = project.weightSum;
    const numbers = profileNumbers(profile);
    const expected = numbers.totalWeight;
    if (sum !== null && project.indicators.length > 0 && !sum.equals(expected)) {
      const exec = numberOf(project.funds.weight) ?? numbers.executionWeight;
      report({ cell: anchor, message: M.total.replace("{sum}", sum.toString()).replace("{exec}", exec.toString()).replace("{ind}", sum.minus(exec).toString()).replace("{expected}", expected.toString()), data: { sum: sum.toString(), expected: expected.toString() } });
    }
    const printed = numberOf(project.totalWeight);
    if (printed !== null && sum !== null && !printed.equals(sum) && t.total?.weight) {
      report({ cell: t.total.weight, message: M.printed.replace("{printed}", printed.toString()).replace("{sum}", sum.toString()), data: { printed: printed.toString(), sum: sum.toString() } });
    }
    const byLevel = new Map<Level, { sum: Decimal; first: EvaluatedIndicator }>();
    for (const ind of project.indicators) {
      const w = numberOf(ind.weight);
      if (!ind.level || w === null) continue;
      const entry = byLevel.get(ind.level);
      if (entry) entry.sum = entry.sum.plus(w);
      else byLevel.set(ind.level, { sum: w, first: ind });
    }
    for (const { level, text: want, value } of numbers.levelWeights) {
      const entry = byLevel.get(level);
      if (!entry || entry.sum.equals(value)) continue;
      const cell = entry.first.row.level1Cell ?? entry.first.row.nameCell;
      report({ cell, severity: "warning", message: M.level.replace("{level}", LEVEL_NAME[level]).replace("{sum}", entry.sum.toString()).replace("{profile}", profile.name).replace("{expected}", want), data: { level, sum: entry.sum.toString(), expected: want } });
    }
    for (const group of numbers.levelGroupWeights) {
      const entries = group.levels.map((l) => byLevel.get(l)).filter((e): e is NonNullable<typeof e> => e !== undefined);
      if (entries.length === 0) continue;
      const s = entries.reduce((acc, e) => acc.plus(e.sum), new Decimal(0));
      if (s.equals(group.value)) continue;
      const cell = entries[0].first.row.level1Cell ?? entries[0].first.row.nameCell;
      report({ cell, severity: "warning", message: M.group.replace("{levels}", group.levels.map((l) => LEVEL_NAME[l]).join("与")).replace("{sum}", s.toString()).replace("{profile}", profile.name).replace("{expected}", group.text), data: { levels: group.levels, sum: s.toString(), expected: group.text } });
    }
  },
};
