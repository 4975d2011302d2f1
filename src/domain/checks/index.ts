import type { Finding, Severity } from "../finding";
import type { Grid } from "../grid";
import { cellAddress } from "../grid";
import type { EvaluatedProject } from "../evaluate/model";
import type { RuleProfile } from "../profiles/types";
import { budgetInconsistent } from "./budget-inconsistent";
import { contentOutsideTable } from "./content-outside-table";
import { deviationUnexplained } from "./deviation-unexplained";
import { directionSuspect } from "./direction-suspect";
import { duplicateProject } from "./duplicate-project";
import { executionLow } from "./execution-low";
import { formulaNoResult } from "./formula-no-result";
import { goalTextCopied } from "./goal-text-copied";
import { indicatorDuplicate } from "./indicator-duplicate";
import { judgementNeeded } from "./judgement-needed";
import { mergeAcross } from "./merge-across";
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
import type { Check, CheckContext, ReportInput, SheetProjects, WorkbookCheck } from "./types";
import { unitSuspect } from "./unit-suspect";
import { weightSum } from "./weight-sum";
import { yearEndPending } from "./year-end-pending";

/** Every project check, sorted by code. */
export const CHECKS: readonly Check[] = [
  budgetInconsistent,
  deviationUnexplained,
  directionSuspect,
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
];

/** Every workbook-level check (several tables, or a sheet beyond its tables), sorted by code. */
export const WORKBOOK_CHECKS: readonly WorkbookCheck[] = [contentOutsideTable, duplicateProject, goalTextCopied, sheetHidden];

export const INTERNAL_ERROR = { code: "internal-error", severity: "error" as const, description: "检查规则自身出错（请把工作簿反馈给开发者）；其余检查照常进行" };

/** Code, default severity and description of every finding the engine can report, sorted by code. */
export const FINDING_CODES = [...CHECKS, ...WORKBOOK_CHECKS, TABLE_NOT_FOUND, INTERNAL_ERROR]
  .map(({ code, severity, description }) => ({ code, severity, description }))
  .sort((a, b) => a.code.localeCompare(b.code));

/** Runs every check on one evaluated project. A check that throws becomes one internal-error finding. */
export function runChecks(project: EvaluatedProject, profile: RuleProfile, grid: Grid, checks: readonly Check[] = CHECKS): Finding[] {
  const findings: Finding[] = [];
  const sheet = project.table.sheet;
  // One context for all checks of the project; `report` files findings under the check running.
  let current = checks[0];
  const ctx: CheckContext = { project, profile, grid, report: (input) => findings.push(findingOf(current, profile, input, sheet)) };
  for (const check of checks) {
    current = check;
    try {
      check.run(ctx);
    } catch (err) {
      findings.push(internalError(check.code, sheet, cellAddress(project.table.top, project.table.left), `检查规则“${check.code}”在本表出错`, err));
    }
  }
  return findings;
}

/**
 * Runs every workbook-level check over the sheets and their evaluated tables. Findings are
 * sheet-level; a check that throws becomes one internal-error finding on the first sheet.
 */
export function runWorkbookChecks(sheets: SheetProjects[], profile: RuleProfile, checks: readonly WorkbookCheck[] = WORKBOOK_CHECKS): Finding[] {
  const findings: Finding[] = [];
  for (const check of checks) {
    try {
      check.run({ sheets, profile, report: (input) => findings.push(findingOf(check, profile, input, input.sheet)) });
    } catch (err) {
      findings.push(internalError(check.code, sheets[0]?.grid.sheet ?? "", undefined, `检查规则“${check.code}”出错`, err));
    }
  }
  return findings;
}

export type { Check, CheckContext, SheetProjects, WorkbookCheck, WorkbookCheckContext } from "./types";

/**
 * A reported finding with its severity settled: the profile's override for the code wins, then a
 * severity the check chose for this one finding, then the check's default.
 */
function findingOf(check: { code: string; severity: Severity }, profile: RuleProfile, input: ReportInput, sheet: string): Finding {
  return {
    code: check.code,
    severity: profile.severities[check.code] ?? input.severity ?? check.severity,
    message: input.message,
    sheet,
    cell: input.cell ? cellAddress(input.cell.row, input.cell.col) : undefined,
    data: input.data,
  };
}

/** One internal-error finding for a check that threw; the run goes on without it. */
function internalError(check: string, sheet: string, cell: string | undefined, what: string, err: unknown): Finding {
  return {
    code: INTERNAL_ERROR.code,
    severity: INTERNAL_ERROR.severity,
    sheet,
    cell,
    message: `${what}，已跳过该规则，其余检查照常进行：${err instanceof Error ? err.message : String(err)}`,
    data: { check },
  };
}
