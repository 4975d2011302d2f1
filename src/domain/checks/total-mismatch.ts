import { roundHalfUp } from "../score";
import { points } from "./format";
import type { Check } from "./types";

const M = {
  differs: "总分应为 {computed}（执行得分与各指标得分之和），表中为 {entered}：{action}",
  written: "已按计算结果改写。",
  formula: "该单元格是公式，未改写，请核对公式。",
};

/** total-mismatch: the printed 总分 differs from the sum of the execution score and indicator scores. */
export const totalMismatch: Check = {
  code: "total-mismatch",
  severity: "error",
  description: "填写的总分不等于执行得分与各指标得分之和",
  run({ project, report }) {
    const e = project.enteredTotal;
    if (e?.kind !== "number" || project.total === null) return;
    if (roundHalfUp(e.value, 2).equals(project.total)) return;
    report({
      cell: e.cell,
      message: M.differs.replace("{computed}", points(project.total)).replace("{entered}", points(e.value)).replace("{action}", e.formula ? M.formula : M.written),
      data: { computed: project.total.toString(), entered: e.value.toString() },
    });
  },
};
