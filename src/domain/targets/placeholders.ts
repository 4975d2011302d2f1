import { type CellValue, isBlank, labelText } from "../grid";
import { NATIONAL_LEVELS, SICHUAN_LEVELS } from "../template/text";

/**
 * Rows of the printed targets form that hold no indicator: the form's spare rows ("……", "指标2："),
 * a repeated header (三级指标 / 指标值 after a page break), a level label alone in the name column,
 * or an unused slot marked 无 / 不适用 / — (DOMAIN.md, "unused slots").
 */

/** Dots and ellipses of every width: "……", "…", "...", "。。。", "···". */
const DOTS = /^[…⋯.。·・•]+$/;
/** Dashes and slashes: "—", "——", "-", "/", "／". */
const DASHES = /^[—―–\-－~～_/／\\]+$/;
/** Words that say "nothing here". */
const NOTHING = /^(无|暂无|空|略|不适用|不涉及|n\/?a)$/i;
/** The form's own column heads. */
const HEADER_WORDS = /^(一级|二级|三级)指标$|^(年度)?指标值$|^指标(名称|内容)$|^绩效指标$/;
/** A numbering prefix with nothing after it: "指标1:", "指标二", "1.", "2、". */
const BARE_NUMBER = /^(指标)?[0-9０-９一二三四五六七八九十]*[:.、．]?$/;
/** "产出指标(50分)" is the level label "产出指标". */
const POINTS = /\(\d+(\.\d+)?分\)$/;

const LEVEL_LABELS = new Set([...NATIONAL_LEVELS, ...SICHUAN_LEVELS].flatMap((l) => [l.level1, ...l.level2]));

/** Text that stands for "nothing" in any cell of an indicator row. */
function isFiller(text: string): boolean {
  return DOTS.test(text) || DASHES.test(text) || NOTHING.test(text) || HEADER_WORDS.test(text);
}

/** Whether a 三级指标 cell names no indicator; `name` as the locator read it (prefix "指标1:" removed). */
export function isPlaceholderName(name: string): boolean {
  const text = labelText(name);
  return BARE_NUMBER.test(text) || isFiller(text) || LEVEL_LABELS.has(text.replace(POINTS, ""));
}

/** Whether a 指标值 cell states no target ("", "……", "/", "无", a repeated "指标值", or 0 beside a placeholder name). */
export function isPlaceholderTarget(target: CellValue): boolean {
  if (isBlank(target) || target === 0) return true;
  if (typeof target !== "string") return false;
  const text = labelText(target);
  return text === "0" || isFiller(text);
}

/**
 * Whether an indicator row of a targets table is a placeholder and not an indicator: its name is
 * none (see isPlaceholderName) and it states no target. A real name with an empty value is kept: the
 * accountant has to fill it in.
 */
export function isPlaceholderRow(name: string, target: CellValue): boolean {
  return isPlaceholderName(name) && isPlaceholderTarget(target);
}

/** Whether a 一级 / 二级 value in force is really the form's repeated column head. */
export function isHeaderWord(text: string): boolean {
  return HEADER_WORDS.test(labelText(text));
}
