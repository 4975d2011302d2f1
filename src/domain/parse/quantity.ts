/**
 * The grammar shared by targets and actuals: [label] [operator] [约] [sign] number [unit] [suffix].
 * Input is text already passed through normalizeText (no white space, full-width folded).
 */
import Decimal from "decimal.js";
import type { Operator } from "./types";

export interface Quantity {
  /** Absent when no operator is written (implicit "="). */
  op?: Operator;
  value: Decimal;
  /** The unit as written after the number, suffix words removed ("人", "万元", "%", ""). */
  unitText: string;
  /** Words before an explicit operator ("满意度≥95%" → "满意度"), for messages only. */
  label: string;
}

export type QuantityResult =
  | { ok: true; quantity: Quantity }
  | { ok: false; reason: string; hasOp: boolean };

/** Longer inputs are prose, not a value; also bounds the regex work on pasted text. */
const MAX_VALUE_LENGTH = 120;
/** More significant digits than any indicator value has; beyond that the cell is garbage. */
const MAX_DIGITS = 30;

const SIGN_TO_OP: Record<string, Operator> = { "≥": ">=", "≤": "<=", ">": ">", "<": "<", "=": "=" };

/** Operator words, longest first so that 大于或等于 wins over 大于 and 不低于 over 低于. */
const OP_WORDS: [string, string][] = [
  ["大于或等于", "≥"],
  ["小于或等于", "≤"],
  ["大于等于", "≥"],
  ["小于等于", "≤"],
  ["高于或等于", "≥"],
  ["低于或等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不超出", "≤"],
  ["不多于", "≤"],
  ["不大于", "≤"],
  ["控制在", "≤"],
  ["至少", "≥"],
  ["最少", "≥"],
  ["至多", "≤"],
  ["最多", "≤"],
  ["达到", "≥"],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
];

const OP_WORD_RE = new RegExp(`(${OP_WORDS.map(([w]) => w).join("|")})(?=约?[-+]?[0-9.])`, "g");
const OP_WORD_START_RE = new RegExp(`^(${OP_WORDS.map(([w]) => w).join("|")})`);
const OP_WORD_MAP = new Map(OP_WORDS);

/** Words after the number that carry the operator: "95%以上", "5万元以内", "3个工作日内". */
const SUFFIXES: [RegExp, Operator | "approx"][] = [
  [/(?:及以上|以上)$/u, ">="],
  [/(?:及以下|以下|以内|之内|内)$/u, "<="],
  [/左右$/u, "approx"],
];

/**
 * A unit is short and made of letters, %, ‰, / and a few symbols; words that state an outcome or a
 * manner are not a unit ("100%完成", "95%满意").
 */
const UNIT_RE = /^[\p{L}%‰/·²³°\u3380-\u33ff]*$/u;
const NOT_A_UNIT_RE =
  /完成|达成|达到|达标|实现|提[高升]|改善|增[加长]|减少|下降|降低|满意|合格|及时|覆盖|到位|按时|确保|保障|以上|以下|左右|不|未|是|否|和|且|或|的/u;
const MAX_UNIT_LENGTH = 10;

/** A remark in brackets after the value: "≥90%（抽样调查）", "100%（全覆盖）", "≥80分（百分制）". */
const REMARK_RE = /\(([^()]{2,20})\)$/u;
/** Bracketed words that are a unit, not a remark: "(万元)", "(人次)", "(%)". */
const BRACKETED_UNIT_RE = /^(元|千元|万元|亿元|%|‰|百分比|比率|人|人次|次|个|户|项|件|家|天|日|小时|月|年|分|公里|平方米|吨)$/u;

/** The text without a trailing bracketed remark of two or more Chinese characters (a unit stays). */
function stripRemark(text: string): string {
  const m = REMARK_RE.exec(text);
  // "(含)" / "(不含)" decide the operator's edge: never a remark.
  if (!m || /^不?含/u.test(m[1]) || BRACKETED_UNIT_RE.test(m[1]) || !/\p{Script=Han}{2}/u.test(m[1])) return text;
  return text.slice(0, m.index);
}

const NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const QUANTITY_RE = new RegExp(String.raw`^(.*?)([≥≤<>=])?(约)?([-+]?)(${NUMBER_SOURCE})(.*)$`, "u");

/** Unifies operator spellings: doubled signs from PDF extraction, ">=", "=<", "==", "%%". */
export function unifySigns(text: string): string {
  let s = text.replace(/([≥≤<>=])\1+/g, "$1");
  s = s
    .replace(/>=|=>|≥=|=≥|≥>|>≥/g, "≥")
    .replace(/<=|=<|≤=|=≤|≤<|<≤/g, "≤")
    .replace(/([≥≤<>=])\1+/g, "$1")
    .replace(/%{2,}/g, "%");
  return s;
}

/** True when the text carries an operator: a sign anywhere, or an operator word at the start. */
export function hasOperator(text: string): boolean {
  return /[≥≤<>=]/.test(text) || OP_WORD_START_RE.test(text);
}

/** The text with a leading operator word replaced by its sign ("不低于" → "≥"), for analysis. */
export function signOfLeadingWord(text: string): string {
  return text.replace(OP_WORD_START_RE, (w) => OP_WORD_MAP.get(w) ?? w);
}

function fail(reason: string, text: string): QuantityResult {
  return { ok: false, reason, hasOp: hasOperator(text) };
}

/** Reads "[label] op number unit" from normalised text; never throws. */
export function readQuantity(normalized: string): QuantityResult {
  if (normalized.length > MAX_VALUE_LENGTH) return fail("text too long to be a value", normalized);
  let s = unifySigns(normalized);
  s = s.replace(OP_WORD_RE, (w) => OP_WORD_MAP.get(w) ?? w);

  const m = QUANTITY_RE.exec(s);
  if (!m) return fail(/\d/.test(s) ? "no readable number" : "no number", s);
  // m[3] is "约" (approximately): it leaves the operator implicit.
  const [, label, sign, , numSign, digits, tail] = m;

  if (/[\d≥≤<>=]/.test(label)) return fail("more than one operator or number", s);
  if (label !== "" && sign === undefined) return fail("text before the number", s);
  if (label.length > 30) return fail("text before the number", s);

  let rest = stripRemark(tail).replace(/\(含\)$|\(含\)(?=以[上下内])/u, "").replace(/%{2,}/g, "%");
  let op: Operator | undefined = sign === undefined ? undefined : SIGN_TO_OP[sign];
  for (const [re, suffixOp] of SUFFIXES) {
    if (!re.test(rest)) continue;
    rest = rest.replace(re, "");
    if (suffixOp === "approx") break;
    if (op === undefined) op = suffixOp;
    else if (!sameDirection(op, suffixOp)) return fail("conflicting operators", s);
    break;
  }
  rest = rest.replace(/\(含\)$/u, "");
  // A unit in brackets: "≥5（万元）".
  const bracketed = /^\(([^()]+)\)$/u.exec(rest);
  if (bracketed && BRACKETED_UNIT_RE.test(bracketed[1])) rest = bracketed[1];

  if (rest.length > MAX_UNIT_LENGTH || !UNIT_RE.test(rest)) return fail("text after the number", s);
  if (NOT_A_UNIT_RE.test(rest)) return fail("text after the number", s);

  const plain = digits.replace(/,/g, "");
  if (plain.replace(/^[0.]+/, "").replace(".", "").length > MAX_DIGITS) return fail("number too long", s);
  let value: Decimal;
  try {
    value = new Decimal(numSign === "-" ? `-${plain}` : plain);
  } catch {
    return fail("no readable number", s);
  }
  if (!value.isFinite()) return fail("no readable number", s);
  if (value.isZero()) value = new Decimal(0);

  return { ok: true, quantity: { op, value, unitText: rest, label } };
}

function sameDirection(a: Operator, b: Operator): boolean {
  const up = (o: Operator): boolean => o === ">=" || o === ">";
  const down = (o: Operator): boolean => o === "<=" || o === "<";
  return (up(a) && up(b)) || (down(a) && down(b)) || a === b;
}
