/** What an indicator's name says about its value: is it a rate, and which way is better. */
import { memoizeText } from "./memo";
import { normalizeText } from "./normalize";

/** 率 in these words is not a share of a whole. */
const NOT_A_RATE_RE = /效率|频率|功率|汇率|税率|利率|费率|概率|速率|率先/gu;
const RATE_RE = /率|满意度|覆盖|比例|占比|比重|百分比/u;

/** Rates where less is better: a `≤` target is right for them. */
const LOWER_BETTER_RE =
  /差错|出错|错误|失误|误差|投诉|发生率|事故|不合格|违规|违法|退回|退件|流失|空置|死亡|发病|患病|超支|损耗|返工|返修|故障|脱落|辍学|逾期|延误|拒付|误报|漏报|复发|闲置|偏差率|不满意/u;

/** Rates that are commonly capped from above and from below alike (预算执行率 ≤100% or ≥90%). */
const EITHER_RE = /执行率|支出率|使用率|增长率|变动率|波动/u;

/** True when an indicator's name marks it as a rate or share (率, 满意度, 覆盖, 比例, 占比 …). */
export function isRateName(name: string): boolean {
  return rateDirection(name) !== null;
}

/**
 * Which way a rate-named indicator should point: "higher" (覆盖率, 满意度, 合格率: `≥` expected),
 * "lower" (差错率, 投诉率: `≤` expected), "either" (预算执行率), or null when the name is not a rate.
 */
export function rateDirection(name: string): "higher" | "lower" | "either" | null {
  return directionOf(name);
}

/** Names repeat on every sheet (满意度, 覆盖率): each is read once. */
const directionOf = memoizeText((name: string): "higher" | "lower" | "either" | null => {
  const n = normalizeText(name);
  if (!RATE_RE.test(n.replace(NOT_A_RATE_RE, ""))) return null;
  if (LOWER_BETTER_RE.test(n)) return "lower";
  if (EITHER_RE.test(n)) return "either";
  return "higher";
});
