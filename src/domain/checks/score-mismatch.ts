import { profileNumbers } from "../profiles/numbers";
import { roundHalfUp } from "../score";
import { percent, points } from "./format";
import { ACTION, EXCLUSIVE_MAX, VERDICT, formatMessage } from "./messages";
import { defineCheck } from "./types";

/** The scoring rule a quantitative score follows, in the message's brackets. */
const RULE = {
  met: "已达到目标，得满分",
  more: "实际 {{actual}} ÷ 目标 {{target}} × 分值 {{weight}}",
  less: "超出目标部分按比例扣分",
  zero: "目标为 0，实际须不大于 0 才算达成",
};

/** Said after the message when full marks were withheld on a met target without a reason. */
const WITHHELD = "如确需扣分，请在“偏差原因分析及改进措施”中写明理由。";

/** score-mismatch: a typed score differs from the rule's, or a qualitative score lies outside its band. */
export const scoreMismatch = defineCheck({
  code: "score-mismatch",
  severity: "error",
  description: "填写的得分与评分规则不符（含执行得分）；定性指标的得分不在其完成档次的区间内",
  messages: {
    execution: "执行得分应为 {{computed}}（执行率 {{rate}} × 分值 {{weight}}，按精确执行率四舍五入），表中为 {{entered}}：{{action}}",
    quantitative: "“{{name}}”得分应为 {{computed}}（{{rule}}），表中为 {{entered}}：请核对，系统保留了填写的得分。{{withheld}}",
    band: "“{{name}}”的完成情况为“{{verdict}}”，得分应在 {{min}}–{{max}} 分{{maxNote}}，表中为 {{entered}}：请在该档次内选定得分。",
  },
  run({ project, profile, report }) {
    const f = project.funds;
    const e = f.enteredRateScore;
    const weight = f.weight?.kind === "number" ? f.weight.value : profileNumbers(profile).executionWeight;
    const outOfRange = e?.kind === "number" && (e.value.isNegative() || e.value.greaterThan(weight));
    if (e?.kind === "number" && !outOfRange && f.rateScore !== null && f.rate !== null && !roundHalfUp(e.value, 2).equals(f.rateScore)) {
      const data = { computed: points(f.rateScore), rate: percent(f.rateShown ?? f.rate), weight: weight.toString(), entered: points(e.value), action: e.formula ? ACTION.formula : ACTION.written };
      report({ cell: e.cell, messageId: "execution", data, details: { computed: f.rateScore.toString(), entered: e.value.toString() } });
    }
    for (const ind of project.indicators) {
      const s = ind.enteredScore;
      const w = ind.weight?.kind === "number" ? ind.weight.value : null;
      if (s?.kind !== "number" || w === null || s.value.isNegative() || s.value.greaterThan(w)) continue; // out of range is its own check
      const sc = ind.scoring;
      const name = ind.row.name;
      if (sc.kind === "quantitative") {
        if (sc.alignment.suspectFactor) continue; // unit-suspect explains it; the literal score would mislead
        if (roundHalfUp(s.value, 2).equals(sc.score)) continue;
        // The sign is in doubt (direction-suspect says so): a score right by either reading is no error.
        if (sc.otherWay && roundHalfUp(s.value, 2).equals(sc.otherWay.score)) continue;
        const rule = sc.met
          ? RULE.met
          : sc.alignment.target.isZero()
            ? RULE.zero
            : ["<=", "<"].includes(ind.target.kind === "quantitative" ? ind.target.op : "")
              ? RULE.less
              : formatMessage(RULE.more, { actual: sc.alignment.actual.toString(), target: sc.alignment.target.toString(), weight: w.toString() });
        const withheld = sc.met && s.value.lessThan(sc.score) && ind.explanation.trim() === "" ? WITHHELD : "";
        report({ cell: s.cell, messageId: "quantitative", data: { name, computed: points(sc.score), rule, entered: points(s.value), withheld }, details: { computed: sc.score.toString(), entered: s.value.toString() } });
      } else if (sc.kind === "qualitative") {
        const inBand = s.value.greaterThanOrEqualTo(sc.min) && (sc.maxInclusive ? s.value.lessThanOrEqualTo(sc.max) : s.value.lessThan(sc.max));
        if (inBand) continue;
        const data = { name, verdict: VERDICT[sc.band], min: points(sc.min), max: points(sc.max), maxNote: sc.maxInclusive ? "" : EXCLUSIVE_MAX, entered: points(s.value) };
        report({ cell: s.cell, messageId: "band", data, details: { band: sc.band, min: sc.min.toString(), max: sc.max.toString(), entered: s.value.toString() } });
      }
    }
  },
});
