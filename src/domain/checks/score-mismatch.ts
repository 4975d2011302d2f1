import { profileNumbers } from "../profiles/numbers";
import { roundHalfUp } from "../score";
import { percent, points } from "./format";
import type { Check } from "./types";

const M = {
  execution: "执行得分应为 {computed}（执行率 {rate} × 分值 {weight}，按精确执行率四舍五入），表中为 {entered}：{action}",
  quantitative: "“{name}”得分应为 {computed}（{rule}），表中为 {entered}：请核对，系统保留了填写的得分。",
  withheld: "如确需扣分，请在“偏差原因分析及改进措施”中写明理由。",
  band: "“{name}”的完成情况为“{verdict}”，得分应在 {min}–{max} 分{maxNote}，表中为 {entered}：请在该档次内选定得分。",
  written: "已按计算结果改写。",
  formula: "该单元格是公式，未改写，请核对公式。",
  ruleMet: "已达到目标，得满分",
  ruleMore: "实际 {actual} ÷ 目标 {target} × 分值 {weight}",
  ruleLess: "超出目标部分按比例扣分",
  ruleZero: "目标为 0，实际须不大于 0 才算达成",
};
const VERDICT = { achieved: "达成预期指标", partial: "部分达成并具有一定效果", failed: "未达成且效果较差" } as const;

/** score-mismatch: a typed score differs from the rule's, or a qualitative score lies outside its band. */
export const scoreMismatch: Check = {
  code: "score-mismatch",
  severity: "error",
  description: "填写的得分与评分规则不符（含执行得分）；定性指标的得分不在其完成档次的区间内",
  run({ project, profile, report }) {
    const f = project.funds;
    const e = f.enteredRateScore;
    const weight = f.weight?.kind === "number" ? f.weight.value : profileNumbers(profile).executionWeight;
    const outOfRange = e?.kind === "number" && (e.value.isNegative() || e.value.greaterThan(weight));
    if (e?.kind === "number" && !outOfRange && f.rateScore !== null && f.rate !== null && !roundHalfUp(e.value, 2).equals(f.rateScore)) {
      const msg = M.execution
        .replace("{computed}", points(f.rateScore))
        .replace("{rate}", percent(f.rateShown ?? f.rate))
        .replace("{weight}", weight.toString())
        .replace("{entered}", points(e.value))
        .replace("{action}", e.formula ? M.formula : M.written);
      report({ cell: e.cell, message: msg, data: { computed: f.rateScore.toString(), entered: e.value.toString() } });
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
        const rule = sc.met ? M.ruleMet : sc.alignment.target.isZero() ? M.ruleZero : ["<=", "<"].includes(ind.target.kind === "quantitative" ? ind.target.op : "") ? M.ruleLess : M.ruleMore.replace("{actual}", sc.alignment.actual.toString()).replace("{target}", sc.alignment.target.toString()).replace("{weight}", w.toString());
        const withheld = sc.met && s.value.lessThan(sc.score) && ind.explanation.trim() === "" ? M.withheld : "";
        report({ cell: s.cell, message: M.quantitative.replace("{name}", name).replace("{computed}", points(sc.score)).replace("{rule}", rule).replace("{entered}", points(s.value)) + withheld, data: { computed: sc.score.toString(), entered: s.value.toString() } });
      } else if (sc.kind === "qualitative") {
        const inBand = s.value.greaterThanOrEqualTo(sc.min) && (sc.maxInclusive ? s.value.lessThanOrEqualTo(sc.max) : s.value.lessThan(sc.max));
        if (inBand) continue;
        const msg = M.band
          .replace("{name}", name)
          .replace("{verdict}", VERDICT[sc.band])
          .replace("{min}", points(sc.min))
          .replace("{max}", points(sc.max))
          .replace("{maxNote}", sc.maxInclusive ? "" : "（不含）")
          .replace("{entered}", points(s.value));
        report({ cell: s.cell, message: msg, data: { band: sc.band, min: sc.min.toString(), max: sc.max.toString(), entered: s.value.toString() } });
      }
    }
  },
};
