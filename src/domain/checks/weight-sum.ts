import Decimal from "decimal.js";
import { numberOf } from "../evaluate/read-number";
import { LEVEL_NAMES } from "../levels";
import type { CellPos } from "../grid";
import type { EvaluatedIndicator, EvaluatedProject } from "../evaluate/model";
import { profileNumbers } from "../profiles/numbers";
import type { Level, RuleProfile } from "../profiles/types";
import { formatMessage } from "./messages";
import { defineCheck } from "./types";

/** One level's (or group's) points in the levels message. */
const PART = "{{name}} {{value}} 分";

/** weight-sum: weights do not add up to 100, or the split between levels differs from the profile. */
export const weightSum = defineCheck({
  code: "weight-sum",
  severity: "error",
  description: "分值合计不等于 100，或一级指标分值与规则方案不符（后者为警告）",
  messages: {
    total: "各项分值合计为 {{sum}} 分（执行 {{exec}} 分 + 指标 {{ind}} 分），应为 {{expected}} 分：请核对各指标分值。",
    printed: "总分行的分值写为 {{printed}}，而各项分值合计为 {{sum}}：请核对。",
    levels: "一级指标的分值为{{found}}，按“{{profile}}”原则上应为{{expected}}：如有调整请确认依据。",
  },
  run({ project, profile, report }) {
    const t = project.table;
    const anchor = t.total?.weight ?? t.total?.labelCell ?? t.labels.indicators ?? { row: t.top, col: t.left };
    const sum = project.weightSum;
    const numbers = profileNumbers(profile);
    const expected = numbers.totalWeight;
    const totalWrong = sum !== null && project.indicators.length > 0 && !sum.equals(expected);
    if (totalWrong) {
      const exec = numberOf(project.funds.weight) ?? numbers.executionWeight;
      const data = { sum: sum.toString(), exec: exec.toString(), ind: sum.minus(exec).toString(), expected: expected.toString() };
      report({ cell: anchor, messageId: "total", data, details: { sum: sum.toString(), expected: expected.toString() } });
    }
    const printed = numberOf(project.totalWeight);
    if (printed !== null && sum !== null && !printed.equals(sum) && t.total?.weight) {
      report({ cell: t.total.weight, messageId: "printed", data: { printed: printed.toString(), sum: sum.toString() }, details: { printed: printed.toString(), sum: sum.toString() } });
    }
    // Missing points are one mistake: the total's error says it, the levels it left short do not again.
    if (totalWrong) return;
    const split = levelSplit(project, profile);
    if (split) report({ cell: split.cell, severity: "warning", messageId: "levels", data: { found: split.found, profile: profile.name, expected: split.expected }, details: { levels: split.levels } });
  },
});

/** The levels off the profile's weights: where to report, both splits in words, and per level. */
interface LevelSplit {
  cell: CellPos;
  found: string;
  expected: string;
  levels: { levels: Level[]; sum: string; expected: string }[];
}

/**
 * A split between levels that differs from the profile's "in principle" weights (one warning), or
 * null. Silent where the levels cannot be told reliably: a Sichuan table read with the national
 * profile, an unreadable weight, or a weighted indicator whose level is unknown (its points would
 * be missing from some level's sum).
 */
function levelSplit(project: EvaluatedProject, profile: RuleProfile): LevelSplit | null {
  // The national form's split is no rule for a Sichuan table read with the default profile; a user who
  // chose the Sichuan profile has said which split applies, whatever the layout.
  if (profile.form === "national" && project.table.variant !== "national") return null;
  const numbers = profileNumbers(profile);
  const byLevel = new Map<Level, { sum: Decimal; first: EvaluatedIndicator }>();
  // A profile without a cost weight (national: 成本 is a 二级 of 产出) counts a 成本指标 一级 with 产出.
  const costAsOutput = !numbers.levelWeights.some((l) => l.level === "cost") && !numbers.levelGroupWeights.some((g) => g.levels.includes("cost"));
  for (const ind of project.indicators) {
    if (ind.unused) continue;
    // An unreadable weight (十) is not-a-number's finding; the level sums without it would be wrong.
    if (ind.weight?.kind === "not-a-number") return null;
    const w = numberOf(ind.weight);
    if (w === null || w.isZero()) continue;
    if (ind.level === null) return null;
    const level = costAsOutput && ind.level === "cost" ? "output" : ind.level;
    const entry = byLevel.get(level);
    if (entry) entry.sum = entry.sum.plus(w);
    else byLevel.set(level, { sum: w, first: ind });
  }
  const found: string[] = [];
  const wanted: string[] = [];
  let cell: CellPos | undefined;
  const data: { levels: Level[]; sum: string; expected: string }[] = [];
  const cellOf = (ind: EvaluatedIndicator) => ind.row.level1Cell ?? ind.row.nameCell;
  // The finding sits at the first level (in the table's order) whose points are off.
  const earlier = (a: CellPos | undefined, b: CellPos) => (a === undefined || b.row < a.row ? b : a);
  for (const { level, text, value } of numbers.levelWeights) {
    const entry = byLevel.get(level);
    if (!entry || entry.sum.equals(value)) continue;
    found.push(formatMessage(PART, { name: LEVEL_NAMES[level], value: entry.sum.toString() }));
    wanted.push(formatMessage(PART, { name: LEVEL_NAMES[level], value: text }));
    cell = earlier(cell, cellOf(entry.first));
    data.push({ levels: [level], sum: entry.sum.toString(), expected: text });
  }
  for (const group of numbers.levelGroupWeights) {
    const entries = group.levels.map((l) => byLevel.get(l)).filter((e): e is NonNullable<typeof e> => e !== undefined);
    if (entries.length === 0) continue;
    const s = entries.reduce((acc, e) => acc.plus(e.sum), new Decimal(0));
    if (s.equals(group.value)) continue;
    const name = group.levels.map((l) => LEVEL_NAMES[l]).join("与");
    found.push(formatMessage(PART, { name, value: s.toString() }));
    wanted.push(formatMessage(PART, { name, value: group.text }));
    for (const e of entries) cell = earlier(cell, cellOf(e.first));
    data.push({ levels: group.levels, sum: s.toString(), expected: group.text });
  }
  if (found.length === 0 || !cell) return null;
  return { cell, found: found.join("、"), expected: wanted.join("、"), levels: data };
}
