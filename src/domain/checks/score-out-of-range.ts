import { points } from "./format";
import { defineCheck } from "./types";

/** score-out-of-range: a typed score below 0 or above its weight. */
export const scoreOutOfRange = defineCheck({
  code: "score-out-of-range",
  severity: "error",
  description: "得分小于 0 或大于该项分值",
  messages: {
    indicator: "“{{name}}”得分 {{score}} 超出了 0–{{weight}} 分的范围：得分不能为负，也不能超过该指标的分值。",
    execution: "执行得分 {{score}} 超出了 0–{{weight}} 分的范围。",
  },
  run({ project, report }) {
    const f = project.funds;
    const ew = f.weight?.kind === "number" ? f.weight.value : null;
    const es = f.enteredRateScore;
    if (es?.kind === "number" && ew !== null && (es.value.isNegative() || es.value.greaterThan(ew))) {
      report({ cell: es.cell, messageId: "execution", data: { score: points(es.value), weight: ew.toString() }, details: { score: es.value.toString(), weight: ew.toString() } });
    }
    for (const ind of project.indicators) {
      const s = ind.enteredScore;
      const w = ind.weight?.kind === "number" ? ind.weight.value : null;
      if (s?.kind !== "number" || w === null) continue;
      if (s.value.isNegative() || s.value.greaterThan(w)) {
        report({ cell: s.cell, messageId: "indicator", data: { name: ind.row.name, score: points(s.value), weight: w.toString() }, details: { score: s.value.toString(), weight: w.toString() } });
      }
    }
  },
});
