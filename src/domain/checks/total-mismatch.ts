import { roundHalfUp } from "../score";
import { points } from "./format";
import { ACTION } from "./messages";
import { defineCheck } from "./types";

/** total-mismatch: the printed 总分 differs from the sum of the execution score and indicator scores. */
export const totalMismatch = defineCheck({
  code: "total-mismatch",
  severity: "error",
  description: "填写的总分不等于执行得分与各指标得分之和",
  messages: {
    differs: "总分应为 {{computed}}（执行得分与各指标得分之和），表中为 {{entered}}：{{action}}",
  },
  run({ project, report }) {
    const e = project.enteredTotal;
    if (e?.kind !== "number" || project.total === null) return;
    if (roundHalfUp(e.value, 2).equals(project.total)) return;
    report({
      cell: e.cell,
      messageId: "differs",
      data: { computed: points(project.total), entered: points(e.value), action: e.formula ? ACTION.formula : ACTION.written },
      details: { computed: project.total.toString(), entered: e.value.toString() },
    });
  },
});
