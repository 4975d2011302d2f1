import type { Finding } from "../finding";
import type { Grid } from "../grid";
import { cellAddress } from "../grid";
import type { EvaluatedProject } from "../model";
import type { RuleProfile } from "../profiles/types";
import { budgetInconsistent } from "./budget-inconsistent";
import { deviationUnexplained } from "./deviation-unexplained";
import { directionSuspect } from "./direction-suspect";
import { executionLow } from "./execution-low";
import { judgementNeeded } from "./judgement-needed";
import { missingField } from "./missing-field";
import { notANumber } from "./not-a-number";
import { rateMismatch } from "./rate-mismatch";
import { scoreMismatch } from "./score-mismatch";
import { scoreOutOfRange } from "./score-out-of-range";
import { TABLE_NOT_FOUND } from "./table-not-found";
import { targetUnparsed } from "./target-unparsed";
import { totalMismatch } from "./total-mismatch";
import type { Check } from "./types";
import { unitSuspect } from "./unit-suspect";
import { weightSum } from "./weight-sum";

/** Every project check, sorted by code. */
export const CHECKS: readonly Check[] = [
  budgetInconsistent,
  deviationUnexplained,
  directionSuspect,
  executionLow,
  judgementNeeded,
  missingField,
  notANumber,
  rateMismatch,
  scoreMismatch,
  scoreOutOfRange,
  targetUnparsed,
  totalMismatch,
  unitSuspect,
  weightSum,
];

export const INTERNAL_ERROR = { code: "internal-error", severity: "error" as const, description: "检查规则自身出错（请把工作簿反馈给开发者）；其余检查照常进行" };

/** Code, default severity and description of every finding the engine can report, sorted by code. */
export const FINDING_CODES = [...CHECKS, TABLE_NOT_FOUND, INTERNAL_ERROR]
  .map(({ code, severity, description }) => ({ code, severity, description }))
  .sort((a, b) => a.code.localeCompare(b.code));

/** Runs every check on one evaluated project. A check that throws becomes one internal-error finding. */
export function runChecks(project: EvaluatedProject, profile: RuleProfile, grid: Grid, checks: readonly Check[] = CHECKS): Finding[] {
  const findings: Finding[] = [];
  const sheet = project.table.sheet;
  for (const check of checks) {
    const severity = profile.severities[check.code] ?? check.severity;
    try {
      check.run({
        project,
        profile,
        grid,
        report: (input) =>
          findings.push({
            code: check.code,
            severity: input.severity && !profile.severities[check.code] ? input.severity : severity,
            message: input.message,
            sheet,
            cell: input.cell ? cellAddress(input.cell.row, input.cell.col) : undefined,
            data: input.data,
          }),
      });
    } catch (err) {
      findings.push({
        code: INTERNAL_ERROR.code,
        severity: INTERNAL_ERROR.severity,
        sheet,
        cell: cellAddress(project.table.top, project.table.left),
        message: `检查规则“${check.code}”在本表出错，已跳过该规则，其余检查照常进行：${err instanceof Error ? err.message : String(err)}`,
        data: { check: check.code },
      });
    }
  }
  return findings;
}

export type { Check, CheckContext } from "./types";
