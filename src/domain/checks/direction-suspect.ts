import { points } from "./format";
import { formatMessage } from "./messages";
import { defineCheck } from "./types";

/** Said after the message when the two readings score differently. */
const PARTS = {
  readings: "按所写的“{{op}}”计分为 {{score}} 分；如应为“{{other}}”，则为 {{otherScore}} 分{{met}}。",
  metOtherWay: "（已达成）",
};
const SIGN = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" } as const;

/**
 * direction-suspect: `≤` where the indicator's name clearly says more is better (覆盖率, 满意度,
 * 受益人数 …), or `≥` where it clearly says less is better (差错率, 投诉率, 本人负担, 成本 …). A name
 * that does not settle the direction gets no finding (see indicatorDirection). When the two readings
 * score differently, the finding says both: the score written is the one by the sign as typed.
 */
export const directionSuspect = defineCheck({
  code: "direction-suspect",
  severity: "warning",
  description: "比较方向可疑：覆盖率、满意度、受益人数等写成“≤”，或差错率、投诉率、成本等写成“≥”",
  messages: {
    shouldBeMore: "“{{name}}”是越高越好的指标，年度指标值却写成“{{raw}}”（上限）：通常应为“≥”，请核对。{{readings}}",
    shouldBeLess: "“{{name}}”是越低越好的指标，年度指标值却写成“{{raw}}”（下限）：通常应为“≤”，请核对。{{readings}}",
  },
  run({ project, report }) {
    for (const ind of project.indicators) {
      const t = ind.target;
      const sc = ind.scoring;
      if (t.kind !== "quantitative" || !ind.row.target || sc.kind !== "quantitative" || !sc.otherWay) continue;
      const upper = t.op === "<=" || t.op === "<";
      const other = sc.otherWay;
      const readings =
        !other.score.equals(sc.score) || other.met !== sc.met
          ? formatMessage(PARTS.readings, { op: SIGN[t.op], score: points(sc.score), other: SIGN[other.op], otherScore: points(other.score), met: other.met && !sc.met ? PARTS.metOtherWay : "" })
          : "";
      report({
        cell: ind.row.target,
        messageId: upper ? "shouldBeMore" : "shouldBeLess",
        data: { name: ind.row.name, raw: t.raw.replace(/\s+/g, ""), readings },
        details: { op: t.op, expected: upper ? ">=" : "<=", score: sc.score.toString(), otherScore: other.score.toString() },
      });
    }
  },
});
