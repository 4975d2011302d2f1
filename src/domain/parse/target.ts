import { cellNumber } from "../cell-number";
import { memoizeText } from "./memo";
import { type CellValue, type FormatKind, displayText, isCellError, serialDateText } from "../grid";
import { percentNumber } from "./actual";
import { normalizeText, stripTrailingPunctuation } from "./normalize";
import { hasOperator, readQuantity, signOfLeadingWord, unifySigns } from "./quantity";
import type { Operator, ParsedTarget } from "./types";
import { isKnownUnitName, parseUnit } from "./unit";

/** Words that say the indicator does not apply (the indicator evaluator adds to them for names). */
export const NOT_APPLICABLE_WORDS = String.raw`不适用|暂不适用|本项目不适用|无|不涉及|未涉及|本项目不涉及|本项目无|无此项|无此指标|暂无|N\/?A`;

/** Cells that say the indicator does not apply. Dashes of any length and kind count. */
const NOT_APPLICABLE_RE = new RegExp(String.raw`^(?:[-—–―─_/\\~～·…]+|${NOT_APPLICABLE_WORDS})$`, "iu");

/** Values that point elsewhere instead of stating a target. */
const REFERENCE_RE = /^(?:详见|参见|具体见|详情见|见)|见(?:附件|附表|备注|说明|表|正文|文件)/u;

/**
 * Dates and deadlines ("2023年12月底前", "12月31日前"): a timeliness target stated in words, not a
 * number to score against.
 */
const DATE_RE = /\d{4}年|\d{1,2}月(?!\/)|\d{1,2}[日号](?:前|之前|以前)|[年月](?:底|末)|季度末/u;

const HAN_RE = /\p{Script=Han}/u;

const NATURE_OPS = new Map<string, Operator>(Object.entries({
  "≥": ">=",
  "≤": "<=",
  ">": ">",
  "<": "<",
  "=": "=",
  正向: ">=",
  正向指标: ">=",
  反向: "<=",
  反向指标: "<=",
}) as [string, Operator][]);

/** Hints from the Sichuan form's separate columns. */
export interface TargetHints {
  /** 指标性质: "≥", "≤", "＝", "定性" (or empty). */
  nature?: CellValue;
  /** 度量单位: "人", "万元", "%" … */
  unit?: CellValue;
}

/**
 * Reads a target cell (年度指标值 / 指标值) into an operator, number and unit, or says why it is
 * qualitative, not applicable, empty, unreadable or invalid. Never throws.
 */
export function parseTarget(raw: CellValue, hints?: TargetHints, format: FormatKind | null = null): ParsedTarget {
  const natureText = hints?.nature === undefined ? "" : cellText(hints.nature);
  const unitHint = hints?.unit === undefined ? "" : cellText(hints.unit);
  if (natureText === "" && unitHint === "") return parseTargetCell(raw, format);

  const nature = unifySigns(stripTrailingPunctuation(normalizeText(natureText)));
  const base = parseTargetCell(raw, format);
  const combinedRaw = `${natureText}${displayText(raw)}${unitHint}`;

  if (nature === "定性") {
    if (base.kind !== "quantitative") return base;
    return { kind: "qualitative", raw: displayText(raw) };
  }
  if (base.kind !== "quantitative") return base;

  const natureOp = NATURE_OPS.get(nature);
  let { op, implicitOp, unit } = base;
  if (implicitOp && natureOp !== undefined) {
    op = natureOp;
    implicitOp = false;
  }
  if (unit.kind === "none" && unitHint !== "") unit = parseUnit(unitHint);
  return { kind: "quantitative", op, implicitOp, value: base.value, unit, raw: combinedRaw };
}

function cellText(value: CellValue): string {
  if (value === null || typeof value === "boolean" || value instanceof Date || isCellError(value)) return "";
  return String(value).trim();
}

function parseTargetCell(raw: CellValue, format: FormatKind | null): ParsedTarget {
  if (raw === null) return { kind: "empty", raw: "" };
  if (isCellError(raw)) return { kind: "invalid", raw: raw.error, reason: "error-value" };
  if (typeof raw === "boolean") return { kind: "invalid", raw: String(raw).toUpperCase(), reason: "boolean" };
  if (raw instanceof Date) return { kind: "invalid", raw: displayText(raw), reason: "date" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "unparsed", raw: String(raw), reason: "not a finite number" };
    if (format === "date") return { kind: "invalid", raw: serialDateText(raw), reason: "date" };
    if (format === "percent") {
      const shown = percentNumber(raw);
      return { kind: "quantitative", op: "=", implicitOp: true, value: shown.value, unit: shown.unit, raw: shown.raw };
    }
    return {
      kind: "quantitative",
      op: "=",
      implicitOp: true,
      value: cellNumber(raw),
      unit: parseUnit(""),
      raw: String(raw),
    };
  }
  return parseTargetText(String(raw));
}

const parseTargetText = memoizeText(parseTargetTextUncached);

function parseTargetTextUncached(text: string): ParsedTarget {
  const raw = text.trim();
  const norm = stripTrailingPunctuation(normalizeText(text));
  if (norm === "") {
    // Only punctuation: "。" says nothing, but it is not an empty cell either.
    return raw === "" ? { kind: "empty", raw } : { kind: "unparsed", raw, reason: "not a value" };
  }
  if (NOT_APPLICABLE_RE.test(norm)) return { kind: "not-applicable", raw };
  if (REFERENCE_RE.test(norm)) return { kind: "unparsed", raw, reason: "refers to another document" };
  if (isKnownUnitName(norm)) return { kind: "unparsed", raw, reason: "a unit without a number" };
  if (norm.length <= 120 && DATE_RE.test(norm)) return { kind: "qualitative", raw };

  const read = readQuantity(norm);
  if (read.ok) {
    const q = read.quantity;
    return {
      kind: "quantitative",
      op: q.op ?? "=",
      implicitOp: q.op === undefined,
      value: q.value,
      unit: parseUnit(q.unitText),
      raw,
    };
  }

  if (read.hasOp || hasOperator(norm)) {
    if (!/\d/.test(norm)) {
      // "≥ 比率", "≥", "≥人": an operator with a unit at most. Longer words after the sign state a
      // comparison in words ("≥上年水平"): qualitative.
      const symbol = /[≥≤<>=]/.test(norm);
      const words = unifySigns(signOfLeadingWord(norm)).replace(/[≥≤<>=]/g, "");
      if (words === "" || isKnownUnitName(words) || !HAN_RE.test(words) || (symbol && words.length <= 2)) {
        return { kind: "unparsed", raw, reason: "an operator without a number" };
      }
      return { kind: "qualitative", raw };
    }
    return { kind: "unparsed", raw, reason: read.reason };
  }
  if (HAN_RE.test(norm)) return { kind: "qualitative", raw };
  return { kind: "unparsed", raw, reason: /\d/.test(norm) ? read.reason : "not a value" };
}
