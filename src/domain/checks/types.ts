import type { CellPos, Grid } from "../grid";
import type { Severity } from "../finding";
import type { EvaluatedProject } from "../evaluate/model";
import type { RuleProfile } from "../profiles/types";

export interface ReportInput {
  cell?: CellPos;
  message: string;
  data?: Record<string, unknown>;
  /** Overrides the check's default severity for this one finding (e.g. a milder sub-case). */
  severity?: Severity;
}

export interface CheckContext {
  project: EvaluatedProject;
  profile: RuleProfile;
  grid: Grid;
  report(input: ReportInput): void;
}

/** One rule: a stable code, a default severity, and a function that reports findings at cells. */
export interface Check {
  code: string;
  severity: Severity;
  /** One line in Chinese for the README and the pane's filter: what the rule looks for. */
  description: string;
  run(ctx: CheckContext): void;
}

/** One sheet as a workbook-level check sees it: its grid and the tables found on it. */
export interface SheetProjects {
  grid: Grid;
  projects: EvaluatedProject[];
}

export interface WorkbookCheckContext {
  sheets: SheetProjects[];
  profile: RuleProfile;
  /** A finding on `sheet` (at `cell` when given): sheet-level, not tied to one project's list. */
  report(input: ReportInput & { sheet: string }): void;
}

/**
 * A rule that needs the whole workbook (several sheets or tables, or a sheet beyond its tables):
 * same shape as Check, but its findings go to the workbook's sheet-level list.
 */
export interface WorkbookCheck {
  code: string;
  severity: Severity;
  description: string;
  run(ctx: WorkbookCheckContext): void;
}
