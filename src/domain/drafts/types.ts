/**
 * Drafts of 偏差原因分析及改进措施: the figures of one deviation, for the accountant to finish. The
 * domain computes the figures and where the draft goes; the wording is the caller's (src/strings/drafts.ts),
 * passed in as a DraftWording, so every Chinese sentence of a draft lives in one table per kind.
 */

/** The deviations a draft is written for: the four of deviation-unexplained, and a low execution rate. */
export type IndicatorDraftKind = "not-met" | "lost-points" | "over-achieved" | "band";
export type DraftKind = IndicatorDraftKind | "execution-low";

/** The difference between an indicator's actual and its target, on the target's scale. */
export interface DraftGap {
  /** The size of the difference, without sign: "3", "0.5". */
  amount: string;
  /** Its unit as the target writes it ("次", "万元"); "%" or "‰" for a percent target (said as 个百分点 / 个千分点); "" for none. */
  unit: string;
  /** Whether the actual lies below or above the target. */
  side: "below" | "above";
  /** The difference relative to the target, "17.65%"; null for a percent target or a target of 0. */
  relative: string | null;
}

/** The figures of one indicator's deviation, as the sheet shows them. */
export interface IndicatorDraftFigures {
  kind: IndicatorDraftKind;
  /** 三级指标. */
  name: string;
  /** 年度指标值 as written, spaces removed: "≥17次". */
  target: string;
  /** 实际完成值 as written, spaces removed: "14". */
  actual: string;
  /** True when the target is a number with its sign ("≥17次"); false for words ("明显改善"), said in quotes. */
  quantitative: boolean;
  /** Quantitative indicators whose target and actual compare; null otherwise (words, a missing figure). */
  gap: DraftGap | null;
  /** actual ÷ target with 2 decimals, "1.50", for an over-achieved indicator; else null. */
  ratio: string | null;
  /** 分值 and the score that counts, 2 decimals; null where not known. */
  weight: string | null;
  score: string | null;
  /** weight − score, 2 decimals; null when no point was deducted or it cannot be said. */
  deducted: string | null;
}

/** The figures of a low execution rate (年度资金总额 line). */
export interface ExecutionDraftFigures {
  kind: "execution-low";
  /** 全年预算数, 全年执行数 and what was not spent, as amounts without trailing zeros. */
  annual: string;
  executed: string;
  unspent: string;
  /** The money unit of the funds block. */
  unit: "元" | "万元";
  /** The rate as shown, "85.20%", and the profile's threshold, "90.00%". */
  rate: string;
  threshold: string;
  /** The execution score and its 分值, 2 decimals; deducted = weight − score; null where not known. */
  score: string | null;
  weight: string | null;
  deducted: string | null;
}

export type DraftFigures = IndicatorDraftFigures | ExecutionDraftFigures;

/** The words of drafts, from src/strings/drafts.ts: the domain never writes a draft's sentences itself. */
export interface DraftWording {
  /** The draft for one deviation: the figures first, then the placeholders for cause and measures. */
  draft(figures: DraftFigures): string;
  /** The note put on a cell that received a draft. */
  note: string;
  /**
   * True when the text is nothing but drafts' figure sentences: the placeholders were deleted and no
   * cause or measure written. Such a text explains nothing (check draft-unedited).
   */
  figuresOnly(text: string): boolean;
  /** 实际完成情况 without the execution rate's draft appended to it (the accountant's own account of the year). */
  withoutExecutionDraft(text: string): string;
}

/** A finding's draft: its text and where 填入说明草稿 puts it. */
export interface FindingDraft {
  kind: DraftKind;
  /** What the draft is about: the indicator's 三级指标, "" for the execution rate. */
  about: string;
  text: string;
  /**
   * The cell the draft goes into: the row's 偏差原因分析及改进措施, or 实际完成情况 for the execution
   * rate; absent when the form has no such cell (the draft can then only be copied).
   */
  cell?: string;
  /** True when the draft goes after the text already in the cell (实际完成情况); false: only into an empty cell. */
  append: boolean;
}

/**
 * Why a draft was not written into its cell: the cell holds something (not-empty, already-drafted, a
 * formula); 实际完成情况 is still empty (empty-goal: the accountant writes it first); the text would
 * pass Excel's 32,767 characters a cell holds (too-long); the deviation the draft was made for is no
 * longer at that cell as the workbook is now (stale: rows moved, the figures corrected); the sheet or
 * address does not exist.
 */
export type DraftSkipReason = "sheet-not-found" | "bad-address" | "formula-cell" | "not-empty" | "already-drafted" | "empty-goal" | "too-long" | "stale";

export interface DraftSkip {
  sheet: string;
  cell: string;
  reason: DraftSkipReason;
}
