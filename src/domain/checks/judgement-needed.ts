import { points } from "./format";
import { EXCLUSIVE_MAX, VERDICT } from "./messages";
import { defineCheck } from "./types";

/** judgement-needed: a qualitative score the accountant must choose (partial or failed band, or an unclear verdict). */
export const judgementNeeded = defineCheck({
  code: "judgement-needed",
  severity: "warning",
  description: "定性指标的得分需要会计人员在档次区间内选定，或完成情况无法判断",
  messages: {
    band: "“{{name}}”完成情况为“{{verdict}}”，得分须由您在 {{min}}–{{max}} 分{{maxNote}}之间选定：请填写得分，系统不会代为打分。",
    unknown: "无法从实际完成值“{{actual}}”判断“{{name}}”是否达成：请写明“达成预期指标 / 部分达成预期指标并具有一定效果 / 未达成预期指标且效果较差”，或直接填写得分。",
  },
  run({ project, report }) {
    if (project.yearEndPending) return;
    for (const ind of project.indicators) {
      if (ind.scoreSource !== "none") continue;
      const sc = ind.scoring;
      const cell = ind.row.score ?? ind.row.actual ?? ind.row.nameCell;
      if (sc.kind === "qualitative") {
        const data = { name: ind.row.name, verdict: VERDICT[sc.band], min: points(sc.min), max: points(sc.max), maxNote: sc.maxInclusive ? "" : EXCLUSIVE_MAX };
        report({ cell, messageId: "band", data, details: { band: sc.band, min: sc.min.toString(), max: sc.max.toString() } });
      } else if (sc.kind === "none" && sc.reason === "actual-unrecognised") {
        report({ cell: ind.row.actual ?? cell, messageId: "unknown", data: { name: ind.row.name, actual: ind.actual.raw.trim() }, details: { reason: sc.reason } });
      }
    }
  },
});
