import { rateDirection } from "../parse";
import type { Check } from "./types";

const M = {
  shouldBeMore: "“{name}”是越高越好的比率，年度指标值却写成“{raw}”（上限）：通常应为“≥”，请核对。",
  shouldBeLess: "“{name}”是越低越好的比率，年度指标值却写成“{raw}”（下限）：通常应为“≤”，请核对。",
};

/** direction-suspect: `≤` on a rate where more is better (覆盖率, 满意度 …), or `≥` where less is. */
export const directionSuspect: Check = {
  code: "direction-suspect",
  severity: "warning",
  description: "比较方向可疑：覆盖率、满意度、合格率等写成“≤”，或差错率、投诉率等写成“≥”",
  run({ project, report }) {
    for (const ind of project.indicators) {
      const t = ind.target;
      if (t.kind !== "quantitative" || !ind.row.target) continue;
      const dir = rateDirection(ind.row.name);
      const upper = t.op === "<=" || t.op === "<";
      const lower = t.op === ">=" || t.op === ">";
      if (dir === "higher" && upper) report({ cell: ind.row.target, message: M.shouldBeMore.replace("{name}", ind.row.name).replace("{raw}", t.raw.replace(/\s+/g, "")), data: { op: t.op, expected: ">=" } });
      if (dir === "lower" && lower) report({ cell: ind.row.target, message: M.shouldBeLess.replace("{name}", ind.row.name).replace("{raw}", t.raw.replace(/\s+/g, "")), data: { op: t.op, expected: "<=" } });
    }
  },
};
