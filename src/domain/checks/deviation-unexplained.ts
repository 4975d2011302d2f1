import { type DeviationReason, deviationReason } from "./deviation-reason";
import { indicatorFigures } from "../drafts/figures";
import { points } from "./format";
import { defineCheck } from "./types";

/** Said after the message when the table has no column for the explanation. */
const NO_COLUMN = "（本表没有“偏差原因分析及改进措施”栏，请在报告中说明。）";

/** The message of each reason. */
const MESSAGE_ID = { "not-met": "notMet", "lost-points": "lostPoints", "over-achieved": "overAchieved", band: "band" } as const satisfies Record<DeviationReason, string>;

/** deviation-unexplained: a target missed, points lost or a target far exceeded, with no explanation. */
export const deviationUnexplained = defineCheck({
  code: "deviation-unexplained",
  severity: "error",
  description: "指标未完成、被扣分或远超目标，但“偏差原因分析及改进措施”为空",
  messages: {
    notMet: "“{{name}}”未达到年度指标值（目标 {{target}}，实际 {{actual}}，得分 {{score}}/{{weight}}）：请在“偏差原因分析及改进措施”中说明原因和改进措施。{{noColumn}}",
    lostPoints: "“{{name}}”得分 {{score}} 低于分值 {{weight}}：扣分的指标必须在“偏差原因分析及改进措施”中说明原因和改进措施。{{noColumn}}",
    overAchieved: "“{{name}}”实际完成 {{actual}}，远超年度指标值 {{target}}（达到 {{ratio}} 倍以上）：请说明超额原因；目标明显偏低时评审可能扣分。{{noColumn}}",
    band: "“{{name}}”完成情况为“{{actual}}”：未完全达成的指标必须在“偏差原因分析及改进措施”中说明原因和改进措施。{{noColumn}}",
  },
  run({ project, profile, report }) {
    if (project.yearEndPending) return;
    for (const ind of project.indicators) {
      if (ind.explanation.trim() !== "") continue;
      const reason = deviationReason(ind);
      if (!reason) continue;
      const weight = ind.weight?.kind === "number" ? ind.weight.value.toString() : "";
      const score = ind.effectiveScore ? points(ind.effectiveScore) : "—";
      const data = {
        name: ind.row.name,
        target: ind.target.raw.replace(/\s+/g, ""),
        actual: ind.actual.raw.replace(/\s+/g, ""),
        score,
        weight,
        ratio: profile.overAchievementRatio,
        noColumn: ind.row.explanation ? "" : NO_COLUMN,
      };
      // At the explanation's first cell when it is merged down over several rows: where the text (or the draft) goes.
      const explanation = ind.explanationCell;
      report({
        cell: explanation ?? ind.row.actual ?? ind.row.nameCell,
        messageId: MESSAGE_ID[reason],
        data,
        severity: reason === "over-achieved" ? "warning" : undefined,
        details: { reason },
        draft: { figures: indicatorFigures(ind, reason), cell: explanation, append: false },
      });
    }
  },
});
