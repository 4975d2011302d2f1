/**
 * Every code a check reports under, sorted: the project checks, the workbook checks and
 * table-not-found. Stable: reviewers filter on them and a profile keys its severity overrides by
 * them. Kept apart from the registry so that profiles can name the codes without importing the
 * checks (which read profiles); index.ts holds the registry to this list at compile time.
 */
export const CHECK_CODES = [
  "budget-inconsistent",
  "content-outside-table",
  "deviation-unexplained",
  "direction-suspect",
  "draft-unedited",
  "duplicate-project",
  "execution-low",
  "formula-no-result",
  "goal-text-copied",
  "indicator-duplicate",
  "judgement-needed",
  "merge-across",
  "missing-field",
  "not-a-number",
  "rate-mismatch",
  "score-mismatch",
  "score-out-of-range",
  "sheet-hidden",
  "table-not-found",
  "target-unparsed",
  "text-too-long",
  "total-line-assumed",
  "total-mismatch",
  "unit-suspect",
  "weight-sum",
  "year-end-pending",
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];
