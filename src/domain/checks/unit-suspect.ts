import Decimal from "decimal.js";
import { defineCheck } from "./types";
const KIND_NAME = { money: "金额", percent: "百分比", other: "数量", none: "数字" } as const;

/** unit-suspect: an actual on another scale than its target (`≤2万元` → `5000`), or a rate written as a fraction. */
export const unitSuspect = defineCheck({
  code: "unit-suspect",
  severity: "warning",
  description: "实际完成值与指标值单位疑似不一致（如目标为万元、实际按元填写；比率写成小数），或单位根本无法比较（金额对百分比）",
  messages: {
    scale: "“{{name}}”的实际完成值 {{actual}} 与年度指标值“{{target}}”看起来不是同一单位（相差约 {{factor}} 倍，例如万元与元）：请统一单位后再评分。",
    fraction: "“{{name}}”的{{side}}写成了小数 {{value}}，已按百分比 {{percent}}% 理解：建议统一写成百分比。",
    incomparable: "“{{name}}”的年度指标值“{{target}}”是{{targetKind}}，实际完成值“{{actual}}”却是{{actualKind}}，两者无法比较，未按规则计分：请按年度指标值的单位填写实际完成值（例如“{{example}}”）。",
  },
  run({ project, report }) {
    for (const ind of project.indicators) {
      const sc = ind.scoring;
      if (sc.kind === "none" && sc.reason === "units-incomparable" && ind.target.kind === "quantitative" && ind.actual.kind === "number") {
        const t = ind.target;
        const example = `${t.value.toString()}${t.unit.text}`;
        report({
          cell: ind.row.actual ?? ind.row.nameCell,
          messageId: "incomparable",
          data: { name: ind.row.name, target: t.raw.replace(/\s+/g, ""), targetKind: KIND_NAME[t.unit.kind], actual: ind.actual.raw.trim(), actualKind: KIND_NAME[ind.actual.unit.kind], example },
          details: { reason: "incomparable", targetUnit: t.unit.text, actualUnit: ind.actual.unit.text },
        });
        continue;
      }
      if (sc.kind !== "quantitative" || ind.actual.kind !== "number" || ind.target.kind !== "quantitative") continue;
      const cell = ind.row.actual ?? ind.row.nameCell;
      if (sc.alignment.suspectFactor) {
        const f = sc.alignment.suspectFactor;
        const shown = f.lessThan(1) ? new Decimal(1).div(f) : f;
        report({ cell, messageId: "scale", data: { name: ind.row.name, actual: ind.actual.raw.trim(), target: ind.target.raw.replace(/\s+/g, ""), factor: shown.toString() }, details: { factor: f.toString() } });
      } else if (sc.alignment.adjustment === "fraction-percent") {
        const actualScaled = sc.alignment.scaled === "actual";
        const value = actualScaled ? ind.actual.value : ind.target.value;
        report({
          cell: actualScaled ? cell : ind.row.target ?? cell,
          severity: "info",
          messageId: "fraction",
          data: { name: ind.row.name, side: actualScaled ? "实际完成值" : "年度指标值", value: value.toString(), percent: value.times(100).toString() },
          details: { adjustment: "fraction-percent" },
        });
      }
    }
  },
});
