import { describeCheck, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "judgement-needed";
const PARTIAL = "部分达成预期指标并具有一定效果";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (every score typed)", grid: tableGrid() },
    { name: "达成 with the score left empty (the top of its band is taken)", grid: withIndicator(1, { score: null }) },
    { name: "the target's words repeated as the actual, score empty (达成)", grid: withIndicator(1, { actual: "明显改善", score: null }) },
    { name: "部分达成 with a score chosen in its band", grid: withIndicator(1, { actual: PARTIAL, score: 7, why: "部分窗口未改造" }, { totalScore: 97 }) },
    { name: "部分达成 with a score outside its band (score-mismatch's business)", grid: withIndicator(1, { actual: PARTIAL, score: 9, why: "x" }, { totalScore: 99 }) },
    { name: "a quantitative indicator with the score empty (computed)", grid: withIndicator(0, { score: null }) },
    { name: "an unrecognised actual with a score typed", grid: withIndicator(1, { actual: "规定时间内", score: 10 }) },
    { name: "an empty actual (missing-field's business)", grid: withIndicator(1, { actual: null, score: null }, { totalScore: null }) },
    { name: "an unreadable target (target-unparsed's business)", grid: withIndicator(1, { target: "见附件", actual: "规定时间内", score: null }, { totalScore: null }) },
    { name: "a not-applicable indicator", grid: withIndicator(1, { target: "不适用", actual: null, weight: 0, score: null }, { totalWeight: 90, totalScore: 90 }) },
  ],
  invalid: [
    {
      name: "DOMAIN: 部分达成预期指标并具有一定效果 with the score empty",
      grid: withIndicator(1, { actual: PARTIAL, score: null, why: "部分窗口未改造" }, { totalScore: null }),
      findings: [{ messageId: "band", cell: "H14", severity: "warning", data: { band: "partial", min: "6", max: "8" } }],
    },
    {
      name: "未完成 with the score empty",
      grid: withIndicator(1, { actual: "未完成", score: null, why: "资金未到位" }, { totalScore: null }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "failed", min: "0", max: "6" } }],
    },
    {
      name: "部分达成 on weight 30: the band in points (18–24)",
      grid: withIndicator(4, { actual: "基本完成", score: null, why: "x" }, { totalScore: null }),
      findings: [{ messageId: "band", cell: "H17", data: { band: "partial", min: "18", max: "24" } }],
    },
    {
      name: "a score that is not a number leaves the judgement open",
      grid: withIndicator(1, { actual: PARTIAL, score: "待定", why: "x" }, { totalScore: null }),
      findings: [{ messageId: "band", cell: "H14", data: { band: "partial" } }],
    },
    {
      name: "an actual that says neither a number nor a verdict, score empty: at the actual cell",
      grid: withIndicator(1, { actual: "规定时间内", score: null }, { totalScore: null }),
      findings: [{ messageId: "unknown", cell: "F14", severity: "warning", data: { reason: "actual-unrecognised" } }],
    },
    {
      name: "words on a quantitative target, score empty",
      grid: withIndicator(0, { actual: "若干", score: null }, { totalScore: null }),
      findings: [{ messageId: "unknown", cell: "F13", data: { reason: "actual-unrecognised" } }],
    },
  ],
});
