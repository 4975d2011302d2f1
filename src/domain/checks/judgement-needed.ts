import { points } from "./format";
import type { Check } from "./types";

const M = {
  band: "“{name}”完成情况为“{verdict}”，得分须由您在 {min}–{max} 分{maxNote}之间选定：请填写得分，系统不会代为打分。",
  unknown: "无法从实际完成值“{actual}”判断“{name}”是否达成：请写明“达成预期指标 / 部分达成预期指标并具有一定效果 / 未达成预期指标且效果较差”，或直接填写得分。",
};
const VERDICT = { achieved: "达成预期指标", partial: "部分达成并具有一定效果", failed: "未达成且效果较差" } as const;

/** judgement-needed: a qualitative score the accountant must choose (partial or failed band, or an unclear verdict). */
export const judgementNeeded: Check = {
  code: "judgement-needed",
  severity: "warning",
  description: "定性指标的得分需要会计人员在档次区间内选定，或完成情况无法判断",
  run({ project, report }) {
    if (project.yearEndPending) return;
    for (const ind of project.indicators) {
      if (ind.scoreSource !== "none") continue;
      const sc = ind.scoring;
      const cell = ind.row.score ?? ind.row.actual ?? ind.row.nameCell;
      if (sc.kind === "qualitative") {
        const msg = M.band.replace("{name}", ind.row.name).replace("{verdict}", VERDICT[sc.band]).replace("{min}", points(sc.min)).replace("{max}", points(sc.max)).replace("{maxNote}", sc.maxInclusive ? "" : "（不含）");
        report({ cell, message: msg, data: { band: sc.band, min: sc.min.toString(), max: sc.max.toString() } });
      } else if (sc.kind === "none" && sc.reason === "actual-unrecognised") {
        report({ cell: ind.row.actual ?? cell, message: M.unknown.replace("{name}", ind.row.name).replace("{actual}", ind.actual.raw.trim()), data: { reason: sc.reason } });
      }
    }
  },
};
