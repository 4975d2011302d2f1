import Decimal from "decimal.js";
import { memoizeText } from "./memo";
import { normalizeText, stripTrailingPunctuation } from "./normalize";
import type { Unit } from "./types";

const MONEY = new Map<string, string>(Object.entries({
  元: "1",
  千元: "1000",
  万元: "10000",
  十万元: "100000",
  百万元: "1000000",
  千万元: "10000000",
  亿元: "100000000",
}));

const PERCENT = new Map<string, string>(Object.entries({
  "%": "0.01",
  百分比: "0.01",
  百分率: "0.01",
  比率: "0.01",
  比例: "0.01",
  "‰": "0.001",
  千分比: "0.001",
  千分率: "0.001",
}));

/** Multipliers written in front of a count unit: 万人, 万人次, 千米. */
const MULTIPLIER = new Map<string, string>([
  ["千", "1000"],
  ["万", "10000"],
  ["亿", "100000000"],
]);

/**
 * Reads a unit as written ("万元", "％", "百分比", "人", "元/月", "万人", "") into its kind and factor.
 * Anything that is not money or percent is "other" with factor 1 (or its 万/千/亿 multiplier).
 */
export function parseUnit(text: string): Unit {
  return parseUnitCached(text);
}

/** Units repeat on every sheet (人, %, 万元, and "" for a bare number): each is read once. */
const parseUnitCached = memoizeText(parseUnitUncached);

function parseUnitUncached(text: string): Unit {
  let t = stripTrailingPunctuation(normalizeText(text));
  // A unit column sometimes brackets its unit: "(%)", "（万元）".
  const bracketed = /^[(（[【](.*)[)）\]】]$/u.exec(t);
  if (bracketed) t = bracketed[1];
  t = t.replace(/%+/g, "%");
  // "32余万元", "30多万元", "30万余元", "48万元整", "100万人民币": the amount's unit is still 万元;
  // "30余人" is still 人.
  t = t.replace(/^[余多]/u, "").replace(/^([千万亿])[余多]/u, "$1").replace(/人民币$/u, "元").replace(/元整$/u, "元");

  if (t === "") return { text: "", kind: "none", factor: new Decimal(1), base: "" };
  const money = MONEY.get(t);
  if (money !== undefined) return { text: t, kind: "money", factor: new Decimal(money), base: "元" };
  const percent = PERCENT.get(t);
  if (percent !== undefined) return { text: t, kind: "percent", factor: new Decimal(percent), base: "%" };

  const alone = MULTIPLIER.get(t);
  if (alone !== undefined) return { text: t, kind: "other", factor: new Decimal(alone), base: "" };
  const multiplier = MULTIPLIER.get(t.charAt(0));
  const rest = t.slice(1);
  if (multiplier !== undefined && rest !== "" && !rest.startsWith("分")) {
    return { text: t, kind: "other", factor: new Decimal(multiplier), base: rest };
  }
  return { text: t, kind: "other", factor: new Decimal(1), base: t };
}

/** Count and time units that, written alone in a target cell, say nothing about the target. */
const COUNT_UNITS = new Set(["人", "次", "个", "户", "人次", "项", "件", "家", "台", "套", "天", "日", "小时", "月", "年", "所", "名", "份", "场", "篇", "条", "期", "批", "辆", "座", "间", "张", "册", "平方米", "平方", "公里", "吨"]);

/** True when the text is nothing but a unit that parseUnit knows by name (money or percent). */
export function isKnownUnitName(text: string): boolean {
  const t = stripTrailingPunctuation(normalizeText(text)).replace(/%+/g, "%");
  return MONEY.has(t) || PERCENT.has(t) || COUNT_UNITS.has(t) || t === "百分点" || t === "个百分点";
}
