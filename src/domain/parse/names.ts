/** What an indicator's name says about its value: is it a rate, and which way is better. */
import { memoizeText } from "./memo";
import { normalizeText } from "./normalize";

/** 率 in these words is not a share of a whole. */
const NOT_A_RATE_RE = /效率|频率|功率|汇率|税率|利率|费率|概率|速率|率先/gu;
const RATE_RE = /率|满意度|覆盖|比例|占比|比重|百分比/u;

/**
 * Words that say more is better. Rates whose head says it (覆盖率, 及时率 …) and counts of people
 * served or helped; a bare count (人数, 次数) says nothing by itself (投诉次数 is lower-better).
 */
const HIGHER_WORDS = [
  "覆盖率", "覆盖面", "满意度", "满意率", "合格率", "完成率", "知晓率", "达标率", "及时率", "到位率", "普及率", "参保率",
  "结算率", "兑现率", "发放率", "办结率", "受理率", "回复率", "答复率", "处理率", "处置率", "响应率", "通过率", "正确率",
  "准确率", "好评率", "出勤率", "入学率", "就业率", "治愈率", "救治率", "接种率", "建档率", "签约率", "规范率", "完好率",
  "完整率", "达成率", "节约率", "查处率", "追回率", "清零率", "公开率", "录入率", "上线率", "联网率", "开通率",
  "覆盖范围", "救助比率", "救助比例", "救助率",
  "受益人数", "受益人次", "受益户数", "受益对象", "受益群众", "服务人数", "服务人次", "服务对象数", "参保人数", "参保人次",
  "培训人数", "培训人次", "培训次数", "救助人数", "救助人次", "帮扶人数", "资助人数", "补助人数", "补助人次", "覆盖人数",
  "覆盖人口", "宣传次数", "检查次数", "督查次数", "慰问人数",
];

/**
 * Words that say less is better whatever the unit: errors, complaints, accidents, what people pay
 * themselves. Words that need their unit to say so are COST_WORDS and TIME_WORDS below.
 */
const LOWER_WORDS = [
  "差错", "出错", "错误率", "错误次数", "失误", "误差率", "投诉", "发生率", "事故", "不合格", "违规", "违法", "退回率",
  "流失率", "空置率", "死亡", "发病率", "患病率", "超支", "损耗", "返工", "返修", "故障率", "故障次数", "脱落率", "辍学率",
  "逾期", "延误", "拒付", "误报", "漏报", "复发率", "闲置", "偏差率", "不满意", "本人负担", "个人负担", "自付",
];

/**
 * Costs: lower-better only when the target is an amount of money (人均服务成本 ≤50元). A percent
 * target is a rate about costs (住院费用报销比例 ≥70%), which says nothing of the sort.
 */
const COST_WORDS = ["成本", "费用", "单价"];

/**
 * Durations of a procedure: lower-better only when the target is a time (办结时限 ≤3天). 天数 and
 * 时长 alone are left out: 培训天数, 全年开放天数, 志愿服务时长 are higher-better.
 */
const TIME_WORDS = ["时限", "耗时", "用时", "等待时间", "办理时间", "处理时间", "响应时间", "结算时间", "办结时间", "平均住院日"];
const TIME_UNIT_RE = /^(天|日|个?工作日|小时|分钟|秒|h|min)$/iu;

/**
 * Words that turn a directional word round (费用报销, 负担减轻, 时限压缩, 问题整改, 受益人数下降):
 * with one of them beside the words above the name settles nothing.
 */
const REVERSAL_RE = /下降|降低|减轻|减少|减免|压缩|缩短|整改|修复|纠正|追回|处置|节约|节省|报销|补助|补偿|救助|资助|优惠/u;

/** Rates commonly capped from above and from below alike (预算执行率 ≤100% or ≥90%): either sign is fine. */
const EITHER_WORDS = ["执行率", "支出率", "使用率", "增长率", "变动率", "波动", "结余率", "结转率"];

type Direction = "higher" | "lower" | "either";
type WordKind = Direction | "cost" | "time";

const VOCABULARY: [string, WordKind][] = [
  ...HIGHER_WORDS.map((w): [string, WordKind] => [w, "higher"]),
  ...LOWER_WORDS.map((w): [string, WordKind] => [w, "lower"]),
  ...COST_WORDS.map((w): [string, WordKind] => [w, "cost"]),
  ...TIME_WORDS.map((w): [string, WordKind] => [w, "time"]),
  ...EITHER_WORDS.map((w): [string, WordKind] => [w, "either"]),
];
// Longest first, so that at one position 不满意 wins over 满意 and 投诉处理率 finds both words.
VOCABULARY.sort((a, b) => b[0].length - a[0].length);
const WORD_RE = new RegExp(VOCABULARY.map(([w]) => w).join("|"), "gu");
const KIND_OF = new Map(VOCABULARY);

/** True when an indicator's name marks it as a rate or share (率, 满意度, 覆盖, 比例, 占比 …). */
export function isRateName(name: string): boolean {
  return rateName(name);
}

const rateName = memoizeText((name: string): boolean => RATE_RE.test(normalizeText(name).replace(NOT_A_RATE_RE, "")));

/**
 * Which way an indicator should point, when its name settles it: "higher" (覆盖率, 满意度, 受益人数:
 * `≥` expected), "lower" (差错率, 投诉率, 本人负担; 成本 of an amount, 时限 of a time: `≤`
 * expected), "either" (预算执行率), or null when the name does not say (就医补偿率, 资金结余情况,
 * 减轻医疗负担, 医疗费用报销金额 …). A false alarm costs the accountant's trust, so a name that mixes
 * both ways is settled only by its head, the rate it ends with (投诉处理率 is a 处理率: higher), and
 * a lower-better word turned round by another (费用报销, 时限压缩) settles nothing.
 *
 * `unit` is the target's unit as written ("元", "万元", "天", "%"): 成本 and 时限 need it.
 */
export function indicatorDirection(name: string, unit = ""): Direction | null {
  return directionOf(`${unit}\u0000${name}`);
}

/** Names repeat on every sheet (满意度, 覆盖率): each name and unit is read once. */
const directionOf = memoizeText((key: string): Direction | null => {
  const [unit, name] = key.split("\u0000");
  const money = /元/u.test(unit) && !/%/.test(unit);
  const time = TIME_UNIT_RE.test(unit);
  const n = normalizeText(name).replace(/[()（）[\]【】]/g, "");
  const found: { dir: Direction; end: number }[] = [];
  for (const m of n.matchAll(WORD_RE)) {
    const kind = KIND_OF.get(m[0]) as WordKind;
    const dir: Direction | null = kind === "cost" ? (money ? "lower" : null) : kind === "time" ? (time ? "lower" : null) : kind;
    if (dir !== null) found.push({ dir, end: (m.index ?? 0) + m[0].length });
  }
  if (found.length === 0) return null;
  // The head decides: a name ending with a directional rate word is that rate (费用报销及时率 is a
  // 及时率, 投诉处理率 a 处理率), whatever its modifiers say.
  const last = found[found.length - 1];
  if (last.end === n.length && /(率|度)$/.test(n)) return last.dir;
  // A turning word outside the matched words (受益人数下降, 费用报销, 时限压缩) settles nothing;
  // inside one it is part of the word (节约率 is a higher-better rate).
  if (REVERSAL_RE.test(n.replace(WORD_RE, "|"))) return null;
  const dirs = new Set(found.map((f) => f.dir));
  return dirs.size === 1 ? found[0].dir : null;
});
