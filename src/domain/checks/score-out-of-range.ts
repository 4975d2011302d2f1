import { points } from "./format";
import type { Check } from "./types";

const M = {
  indicator: "“{name}”得分 {score} 超出了 0–{weight} 分的范围：得分不能为负，也不能超过该指标的分值。",
  execution: "执行得分 {score} 超出了 0–{weight} 分的范围。",
};

/** score-out-of-range: a typed score below 0 or above its weight. */
export const scoreOutOfRange: Check = {
  code: "score-out-of-range",
  severity: "error",
  description: "得分小于 0 或大于该项分值",
  run({ project, report }) {
    const f = project.funds;
    const ew = f.weight?.kind === "number" ? f.weight.value : null;
    const es = f.enteredRateScore;
    if (es?.kind === "number" && ew !== null && (es.value.isNegative() || es.value.greaterThan(ew))) {
      report({ cell: es.cell, message: M.execution.replace("{score}", points(es.value)).replace("{weight}", ew.toString()), data: { score: es.value.toString(), weight: ew.toString() } });
    }
    for (const ind of project.indicators) {
      const s = ind.enteredScore;
      const w = ind.weight?.kind === "number" ? ind.weight.value : null;
      if (s?.kind !== "number" || w === null) continue;
      if (s.value.isNegative() || s.value.greaterThan(w)) {
        report({ cell: s.cell, message: M.indicator.replace("{name}", ind.row.name).replace("{score}", points(s.value)).replace("{weight}", w.toString()), data: { score: s.value.toString(), weight: w.toString() } });
      }
    }
  },
};
