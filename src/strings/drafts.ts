/**
 * The words of 偏差原因 drafts (填入说明草稿), one table per deviation kind. A draft gives the figures
 * first, in the register of these tables (目标、实际、差距、扣分), then leaves the cause and the measures
 * to the accountant as placeholders: it never invents a cause. The figures come from the domain
 * (src/domain/drafts/figures.ts); nothing here computes.
 */
import { DRAFT_PLACEHOLDER } from "../domain/drafts/placeholder";
import type { DraftFigures, DraftGap, DraftKind, DraftWording, ExecutionDraftFigures, IndicatorDraftFigures } from "../domain/drafts/types";

/** The labels of the two lines the accountant writes. */
const CAUSE = "原因分析：";
const MEASURES = "改进措施：";
/** The part the accountant writes: the same two lines under every draft. */
const TO_FILL = `${CAUSE}${DRAFT_PLACEHOLDER}\n${MEASURES}${DRAFT_PLACEHOLDER}`;
/** How the figures sentence of an indicator's draft, and of the execution rate's, begin. */
const INDICATOR_LEAD = "该指标年度指标值为";
const EXECUTION_LEAD = "预算执行情况：";

/** "比目标少3次（低于目标17.65%）", "比目标高5个百分点". */
function gapText(g: DraftGap): string {
  const below = g.side === "below";
  if (g.unit === "%") return `比目标${below ? "低" : "高"}${g.amount}个百分点`;
  if (g.unit === "‰") return `比目标${below ? "低" : "高"}${g.amount}个千分点`;
  const relative = g.relative ? `（${below ? "低于" : "高出"}目标${g.relative}）` : "";
  return `比目标${below ? "少" : "多"}${g.amount}${g.unit}${relative}`;
}

/** "得分8.24分（分值10分，扣1.76分）", or what of it is known. */
function scoreText(f: { score: string | null; weight: string | null; deducted: string | null }): string {
  if (f.score === null) return "";
  const parts = [f.weight !== null ? `分值${f.weight}分` : "", f.deducted !== null ? `扣${f.deducted}分` : ""].filter((s) => s !== "");
  return `得分${f.score}分${parts.length > 0 ? `（${parts.join("，")}）` : ""}`;
}

/** Clauses joined with "，" and closed with "。", the empty ones left out. */
function sentence(...clauses: string[]): string {
  return `${clauses.filter((c) => c !== "").join("，")}。`;
}

/** Figures as written; words (明显改善, 达成预期指标) in quotes. */
const targetAndActual = (f: IndicatorDraftFigures) =>
  f.quantitative ? `${INDICATOR_LEAD}${f.target}，实际完成值为${f.actual}` : `${INDICATOR_LEAD}“${f.target}”，实际完成值为“${f.actual}”`;

/** One table per kind: the figures sentence of each deviation. */
export const DRAFT_FIGURES: {
  [K in DraftKind]: (f: K extends "execution-low" ? ExecutionDraftFigures : IndicatorDraftFigures) => string;
} = {
  /** A target missed. */
  "not-met": (f) => sentence(targetAndActual(f), f.gap ? gapText(f.gap) : "", "未达到年度指标值", scoreText(f)),
  /** Points withheld although the target reads as met (or with its direction in doubt). */
  "lost-points": (f) => sentence(targetAndActual(f), scoreText(f)),
  /** Far over the target (≥ the profile's ratio). */
  "over-achieved": (f) => sentence(targetAndActual(f), f.gap ? gapText(f.gap) : "", f.ratio ? `为目标的${f.ratio}倍` : "", "远超年度指标值"),
  /** A qualitative indicator 部分达成 or 未达成. */
  band: (f) => sentence(`${INDICATOR_LEAD}“${f.target}”，实际完成情况为“${f.actual}”`, "未完全达成", scoreText(f)),
  /** A low execution rate, said after the text of 实际完成情况. */
  "execution-low": (f) =>
    `${EXECUTION_LEAD}${sentence(
      `全年预算数${f.annual}${f.unit}`,
      `全年执行数${f.executed}${f.unit}`,
      `未执行${f.unspent}${f.unit}`,
      `预算执行率${f.rate}`,
      `低于${f.threshold}`,
      f.score !== null ? `执行率${scoreText(f)}` : "",
    )}`,
};

/** A figures sentence of a draft: one of the leads, and one sentence only (no cause written after it). */
const FIGURES_LINE = new RegExp(`^(?:${INDICATOR_LEAD}|${EXECUTION_LEAD})[^。]*。$`, "u");
/** A cause or measures line with nothing written after its label (the placeholder, or nothing). */
const EMPTY_LINE = new RegExp(`^(?:${CAUSE}|${MEASURES})\\s*(?:${DRAFT_PLACEHOLDER})?\\s*$`, "u");

/** The wording the engine is given: the figures sentence, then the two lines to fill. */
export const DRAFT_WORDING: DraftWording = {
  draft(figures) {
    const words = DRAFT_FIGURES[figures.kind] as (f: DraftFigures) => string;
    return `${words(figures)}\n${TO_FILL}`;
  },
  figuresOnly(text) {
    const lines = text
      .split(/\r?\n/u)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    return lines.some((l) => FIGURES_LINE.test(l)) && lines.every((l) => FIGURES_LINE.test(l) || EMPTY_LINE.test(l));
  },
  withoutExecutionDraft(text) {
    const at = text.startsWith(EXECUTION_LEAD) ? 0 : text.indexOf(`\n${EXECUTION_LEAD}`);
    return at < 0 ? text : text.slice(0, at);
  },
  note: "草稿：请补充原因和改进措施（把“【请填写】”换成实际内容；再次检查时，未改完的草稿会标为错误）。",
};
