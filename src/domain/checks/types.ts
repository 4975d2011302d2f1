import type { CellPos, Grid } from "../grid";
import type { Severity } from "../finding";
import type { EvaluatedProject } from "../evaluate/model";
import type { DraftFigures, DraftWording } from "../drafts/types";
import type { RuleProfile } from "../profiles/types";
import type { CheckCode } from "./codes";
import type { MessageData, Messages, Placeholders } from "./messages";

export type { CheckCode } from "./codes";
export type { Messages } from "./messages";

/** The data a report gives for one template: required when the template has placeholders. */
type DataFor<T extends string> = string extends T
  ? { data?: MessageData<T> }
  : [Placeholders<T>] extends [never]
    ? { data?: undefined }
    : { data: MessageData<T> };

/**
 * What a check reports: one of its messages by id with the data to fill it, where, and the
 * machine-readable details. The runner turns it into a Finding (the details become its `data`).
 */
export type CheckReport<M extends Messages = Messages> = {
  [Id in keyof M & string]: {
    messageId: Id;
    cell?: CellPos;
    /** Overrides the check's default severity for this one finding (e.g. a milder sub-case). */
    severity?: Severity;
    /** Machine-readable details (computed vs typed values, …): the finding's `data`. */
    details?: Record<string, unknown>;
    /** A deviation the accountant must explain: its figures, and the cell a draft goes into. */
    draft?: ReportedDraft;
  } & DataFor<M[Id]>;
}[keyof M & string];

/** What a check gives for a draft: the runner words it (DraftWording) into the finding's draft. */
export interface ReportedDraft {
  figures: DraftFigures;
  /** Where the draft goes (see FindingDraft.cell); absent when the form has no place for it. */
  cell?: CellPos;
  append: boolean;
}

export interface CheckContext<M extends Messages = Messages> {
  project: EvaluatedProject;
  profile: RuleProfile;
  grid: Grid;
  /** The words of drafts, when the run has them: what a draft of ours looks like once its placeholders are gone. */
  drafts?: DraftWording;
  report(report: CheckReport<M>): void;
}

/**
 * One rule: a stable code, a default severity, its messages, and a function that reports findings
 * at cells by messageId (the runner fills the message from the report's data).
 */
export interface Check<M extends Messages = Messages, C extends CheckCode = CheckCode> {
  code: C;
  severity: Severity;
  /** One line in Chinese for the README and the pane's filter: what the rule looks for. */
  description: string;
  /** messageId → Chinese template with `{{name}}` placeholders. */
  messages: M;
  run(ctx: CheckContext<M>): void;
}

/** One sheet as a workbook-level check sees it: its grid and the tables found on it. */
export interface SheetProjects {
  grid: Grid;
  projects: EvaluatedProject[];
}

export interface WorkbookCheckContext<M extends Messages = Messages> {
  sheets: SheetProjects[];
  profile: RuleProfile;
  /** The words of drafts, when the run has them (see CheckContext). */
  drafts?: DraftWording;
  /** A finding on `sheet` (at `cell` when given): sheet-level, not tied to one project's list. */
  report(report: CheckReport<M> & { sheet: string }): void;
}

/**
 * A rule that needs the whole workbook (several sheets or tables, or a sheet beyond its tables):
 * same shape as Check, but its findings go to the workbook's sheet-level list.
 */
export interface WorkbookCheck<M extends Messages = Messages, C extends CheckCode = CheckCode> {
  code: C;
  severity: Severity;
  description: string;
  messages: M;
  run(ctx: WorkbookCheckContext<M>): void;
}

/** A project check with its code and messages kept literal (so reports are checked against them). */
export function defineCheck<const C extends CheckCode, const M extends Messages>(check: Check<M, C>): Check<M, C> {
  return check;
}

/** A workbook check with its code and messages kept literal. */
export function defineWorkbookCheck<const C extends CheckCode, const M extends Messages>(check: WorkbookCheck<M, C>): WorkbookCheck<M, C> {
  return check;
}
