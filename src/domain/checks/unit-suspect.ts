import Decimal from "decimal.js";
import type { Check } from "./types";

const M = {
  scale: "“{name}”的实际完成值 {actual} 与年度指标值“{target}”看起来不是同一单位（相差约 {factor} 倍，例如万元与元）：请统一单位后再评分。",
  fraction: "“{name}”的{side}写成了小数 {value}，已按百分比 {percent}% 理解：建议统一写成百分比。",
};

/** unit-suspect: an actual on another scale than its target (`≤2万元` → `5000`), or a rate written as a fraction. */
export const unitSuspect: Check = {
  code: "unit-suspect",
  severity: "warning",
  description: "实际完成值与指标值单位疑似不一致（如目标为万元、实际按元填写；比率写成小数）",
  run({ project, report }) {
    for (const ind of project.indicators) {
      const sc = ind.scoring;
      if (sc.kind !== "quantitative" || ind.actual.kind !== "number" || ind.target.kind !== "quantitative") continue;
      const cell = ind.row.actual ?? ind.row.nameCell;
      if (sc.alignment.suspectFactor) {
        const f = sc.alignment.suspectFactor;
        const shown = f.lessThan(1) ? new Decimal(1).div(f) : f;
        report({ cell, message: M.scale.replace("{name}", ind.row.name).replace("{actual}", ind.actual.raw.trim()).replace("{target}", ind.target.raw.replace(/\s+/g, "")).replace("{factor}", shown.toString()), data: { factor: f.toString() } });
      } else if (sc.alignment.adjustment === "fraction-percent") {
        const actualScaled = sc.alignment.scaled === "actual";
        const value = actualScaled ? ind.actual.value : ind.target.value;
        report({
          cell: actualScaled ? cell : ind.row.target ?? cell,
          severity: "info",
          message: M.fraction.replace("{name}", ind.row.name).replace("{side}", actualScaled ? "实际完成值" : "年度指标值").replace("{value}", value.toString()).replace("{percent}", value.times(100).toString()),
          data: { adjustment: "fraction-percent" },
        });
      }
    }
  },
};
