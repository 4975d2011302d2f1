import type { Finding, Severity } from "../finding";
import type { Grid } from "../grid";
import { cellAddress } from "../grid";
import type { EvaluatedProject } from "../evaluate/model";
import type { RuleProfile } from "../profiles/types";
import type { DraftWording } from "../drafts/types";
import { budgetInconsistent } from "./budget-inconsistent";
import { contentOutsideTable } from "./content-outside-table";
import { deviationUnexplained } from "./deviation-unexplained";
import { directionSuspect } from "./direction-suspect";
import { draftUnedited } from "./draft-unedited";
import { duplicateProject } from "./duplicate-project";
import { executionLow } from "./execution-low";
import { formulaNoResult } from "./formula-no-result";
import { goalTextCopied } from "./goal-text-copied";
import { indicatorDuplicate } from "./indicator-duplicate";
import { judgementNeeded } from "./judgement-needed";
import { mergeAcross } from "./merge-across";
import { formatMessage, noteMessageId } from "./messages";
import { missingField } from "./missing-field";
import { notANumber } from "./not-a-number";
import { rateMismatch } from "./rate-mismatch";
import { scoreMismatch } from "./score-mismatch";
import { scoreOutOfRange } from "./score-out-of-range";
import { sheetHidden } from "./sheet-hidden";
import { TABLE_NOT_FOUND } from "./table-not-found";
import { targetUnparsed } from "./target-unparsed";
import { textTooLong } from "./text-too-long";
import { totalLineAssumed } from "./total-line-assumed";
import { totalMismatch } from "./total-mismatch";
import type { Check, CheckCode, CheckContext, CheckReport, SheetProjects, WorkbookCheck } from "./types";
import { unitSuspect } from "./unit-suspect";
import { weightSum } from "./weight-sum";
import { yearEndPending } from "./year-end-pending";

/** Every project check, sorted by code. */
export const CHECKS = [
  budgetInconsistent,
  deviationUnexplained,
  directionSuspect,
  draftUnedited,
  executionLow,
  formulaNoResult,
  indicatorDuplicate,
  judgementNeeded,
  mergeAcross,
  missingField,
  notANumber,
  rateMismatch,
  scoreMismatch,
  scoreOutOfRange,
  targetUnparsed,
  textTooLong,
  totalLineAssumed,
  totalMismatch,
  unitSuspect,
  weightSum,
  yearEndPending,
] as const satisfies readonly Check[];

/** Every workbook-level check (several tables, or a sheet beyond its tables), sorted by code. */
export const WORKBOOK_CHECKS = [contentOutsideTable, duplicateProject, goalTextCopied, sheetHidden] as const satisfies readonly WorkbookCheck[];

/** Not a check: what the runner reports in place of a check that threw. */
export const INTERNAL_ERROR = {
  code: "internal-error",
  severity: "error",
  description: "检查规则自身出错（请把工作簿反馈给开发者）；其余检查照常进行",
  messages: {
    project: "检查规则“{{check}}”在本表出错，已跳过该规则，其余检查照常进行：{{error}}",
    workbook: "检查规则“{{check}}”出错，已跳过该规则，其余检查照常进行：{{error}}",
  },
} as const;

/** Every check, workbook check and finding code by itself, with its messages. */
type Registered = (typeof CHECKS)[number] | (typeof WORKBOOK_CHECKS)[number] | typeof TABLE_NOT_FOUND | typeof INTERNAL_ERROR;

/** The messageIds of the check (or finding code) `code`: what a finding of it can be made from. */
export type MessageIdOf<C extends string> = keyof Extract<Registered, { code: C }>["messages"] & string;

// The registry holds a check for every code of CHECK_CODES (a check with a code outside it does not
// compile): a code listed there without its check fails here.
const _everyCodeRegistered: [CheckCode] extends [Exclude<Registered["code"], typeof INTERNAL_ERROR.code>] ? true : never = true;

/** Code, default severity and description of every finding the engine can report, sorted by code. */
export const FINDING_CODES: { code: string; severity: Severity; description: string }[] = [...CHECKS, ...WORKBOOK_CHECKS, TABLE_NOT_FOUND, INTERNAL_ERROR]
  .map(({ code, severity, description }) => ({ code, severity, description }))
  .sort((a, b) => a.code.localeCompare(b.code));

/** Runs every check on one evaluated project. A check that throws becomes one internal-error finding. */
export function runChecks(project: EvaluatedProject, profile: RuleProfile, grid: Grid, checks: readonly Check[] = CHECKS, wording?: DraftWording): Finding[] {
  const findings: Finding[] = [];
  const sheet = project.table.sheet;
  // One context for all checks of the project; `report` files findings under the check running.
  let current = checks[0];
  const ctx: CheckContext = { project, profile, grid, drafts: wording, report: (report) => findings.push(findingOf(current, profile, report, sheet, wording)) };
  for (const check of checks) {
    current = check;
    try {
      check.run(ctx);
    } catch (err) {
      findings.push(internalError(check.code, sheet, cellAddress(project.table.top, project.table.left), "project", err));
    }
  }
  return findings;
}

/**
 * Runs every workbook-level check over the sheets and their evaluated tables. Findings are
 * sheet-level; a check that throws becomes one internal-error finding on the first sheet.
 */
export function runWorkbookChecks(sheets: SheetProjects[], profile: RuleProfile, checks: readonly WorkbookCheck[] = WORKBOOK_CHECKS, wording?: DraftWording): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    try {
      check.run({ sheets, profile, drafts: wording, report: (report) => findings.push(findingOf(check, profile, report, report.sheet)) });
    } catch (err) {
      findings.push(internalError(check.code, sheets[0]?.grid.sheet ?? "", undefined, "workbook", err));
    }
  }
  return findings;
}

export type { Check, CheckCode, CheckContext, CheckReport, Messages, SheetProjects, WorkbookCheck, WorkbookCheckContext } from "./types";
export { CHECK_CODES } from "./codes";
export { defineCheck, defineWorkbookCheck } from "./types";
export { formatMessage, messageIdOf } from "./messages";

/**
 * The finding a report makes: its message filled from the check's template, its severity settled
 * (the profile's override for the code wins, then a severity the check chose for this one finding,
 * then the check's default). A messageId the check does not declare is a bug: it throws.
 */
function findingOf(check: Check | WorkbookCheck, profile: RuleProfile, report: CheckReport, sheet: string, wording?: DraftWording): Finding {
  if (!Object.prototype.hasOwnProperty.call(check.messages, report.messageId)) throw new Error(`check “${check.code}” has no message “${report.messageId}”`);
  const finding: Finding = {
    code: check.code,
    severity: profile.severities[check.code] ?? report.severity ?? check.severity,
    message: formatMessage(check.messages[report.messageId], report.data),
    sheet,
    cell: report.cell ? cellAddress(report.cell.row, report.cell.col) : undefined,
    data: report.details,
  };
  if (report.draft && wording) {
    const { figures, cell, append } = report.draft;
    finding.draft = { kind: figures.kind, about: figures.kind === "execution-low" ? "" : figures.name, text: wording.draft(figures), append };
    if (cell) finding.draft.cell = cellAddress(cell.row, cell.col);
  }
  return noteMessageId(finding, report.messageId);
}

/** One internal-error finding for a check that threw; the run goes on without it. */
function internalError(check: string, sheet: string, cell: string | undefined, messageId: keyof typeof INTERNAL_ERROR.messages, err: unknown): Finding {
  const finding: Finding = {
    code: INTERNAL_ERROR.code,
    severity: INTERNAL_ERROR.severity,
    sheet,
    cell,
    message: formatMessage(INTERNAL_ERROR.messages[messageId], { check, error: err instanceof Error ? err.message : String(err) }),
    data: { check },
  };
  return noteMessageId(finding, messageId);
}
