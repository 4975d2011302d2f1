import { cellNumber } from "../cell-number";
import { memoizeText } from "./memo";
import { type CellValue, type FormatKind, displayText, isCellError, serialDateText } from "../grid";
import type { Band } from "../profiles/types";
import { normalizeText, stripTrailingPunctuation } from "./normalize";
import { readQuantity } from "./quantity";
import type { ParsedActual } from "./types";
import { parseUnit } from "./unit";

/**
 * Verdict words by band, checked in this order: failed first because 未完成 contains 完成, then
 * partial because 基本完成 contains 完成 too.
 */
const VERDICTS: [Band, string[]][] = [
  [
    "failed",
    [
      "未完成预期指标且效果较差",
      "未达成预期指标且效果较差",
      "未完成预期指标",
      "未达成预期指标",
      "未达到预期指标",
      "未完成",
      "未达成",
      "未达到",
      "未达标",
      "未实现",
      "没有完成",
      "没有达到",
      "没完成",
      "否",
    ],
  ],
  [
    "partial",
    [
      "部分达成预期指标并具有一定效果",
      "部分达成预期指标",
      "部分完成预期指标",
      "部分达成",
      "部分完成",
      "部分达到",
      "部分实现",
      "基本达成",
      "基本完成",
      "基本达到",
      "基本达标",
      "基本实现",
    ],
  ],
  [
    "achieved",
    [
      "达成预期指标",
      "完成预期指标",
      "达到预期指标",
      "全部完成",
      "全面完成",
      "圆满完成",
      "按时完成",
      "按期完成",
      "全部达成",
      "已完成",
      "已达成",
      "已达到",
      "已达标",
      "已实现",
      "达成",
      "完成",
      "达到",
      "达标",
      "实现",
      "是",
    ],
  ],
];

/** After a verdict word, a comment may follow once a separator ends the verdict. */
const SEPARATOR_RE = /^[,，;；。、(（:：]/u;

const DATE_RE = /\d{4}年|\d{1,2}月(?!\/)|\d{1,2}[日号](?:前|之前|以前)|[年月](?:底|末)/u;

/**
 * Reads an actual cell (实际完成值): a number with its unit and operator, a qualitative verdict in
 * one of the three bands, other words, empty or invalid. Amounts in words (二十五万) stay text.
 * Never throws.
 */
export function parseActual(raw: CellValue, format: FormatKind | null = null): ParsedActual {
  if (raw === null) return { kind: "empty", raw: "" };
  if (isCellError(raw)) return { kind: "invalid", raw: raw.error, reason: "error-value" };
  if (typeof raw === "boolean") return { kind: "invalid", raw: String(raw).toUpperCase(), reason: "boolean" };
  if (raw instanceof Date) return { kind: "invalid", raw: displayText(raw), reason: "date" };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "text", raw: String(raw) };
    // A date typed into the cell: Office.js hands it over as its serial (45291), never a count.
    if (format === "date") return { kind: "invalid", raw: serialDateText(raw), reason: "date" };
    // 0.96 in a percent-formatted cell is the 96% the user sees and typed.
    if (format === "percent") return percentNumber(raw);
    return { kind: "number", value: cellNumber(raw), unit: parseUnit(""), raw: String(raw) };
  }

  return parseActualText(String(raw));
}

/** A fraction shown as a percent (0.96 → 96 %), exactly: the ×100 only moves the decimal point. */
export function percentNumber(raw: number): Extract<ParsedActual, { kind: "number" }> {
  const value = cellNumber(raw).times(100);
  return { kind: "number", value, unit: parseUnit("%"), raw: `${value.toString()}%` };
}

/**
 * A label in front of an actual figure that only says what the figure is (完成, 完成率, 实际完成,
 * 累计, 全年共): nothing else, so "未完成80%" or "比上年增长5%" stay words.
 */
const FIGURE_LABEL_RE = /^(?:全年|累计|实际|共|合计)?(?:共)?(?:完成|达成|实现)?(?:率|数|量)?(?:为|达)?(?=[-+]?[0-9.])/u;

const parseActualText = memoizeText(parseActualTextUncached);

function parseActualTextUncached(raw: string): ParsedActual {
  const text = raw.trim();
  const norm = stripTrailingPunctuation(normalizeText(text));
  if (norm === "") return text === "" ? { kind: "empty", raw: "" } : { kind: "text", raw: text };

  if (!DATE_RE.test(norm)) {
    // "完成率100%", "累计完成1200人次": the figure with a short label of what it is.
    const read = readQuantity(norm.replace(FIGURE_LABEL_RE, ""));
    if (read.ok) {
      const q = read.quantity;
      const parsed: ParsedActual = { kind: "number", value: q.value, unit: parseUnit(q.unitText), raw: text };
      if (q.op !== undefined) parsed.op = q.op;
      return parsed;
    }
  }

  const band = verdictBand(norm);
  if (band !== null) return { kind: "band", band, raw: text };
  return { kind: "text", raw: text };
}

/** The band of a verdict word ("达成预期指标", "基本完成", "未完成"), or null. */
export function verdictBand(text: string): Band | null {
  const norm = stripTrailingPunctuation(normalizeText(text));
  for (const [band, words] of VERDICTS) {
    for (const word of words) {
      if (norm === word) return band;
      if (norm.startsWith(word) && (word.endsWith("预期指标") || SEPARATOR_RE.test(norm.slice(word.length)))) return band;
    }
  }
  return null;
}
