/**
 * One "检查并评分" run inside Excel: read → checkWorkbook → apply, in one Excel.run.
 *
 * Round trips for the whole run (flat in the number of sheets):
 *   ExcelApi 1.9+   3 = sync A (sheet list, notes) + sync B (used ranges, merges, formats, fills,
 *                   note locations) + sync C (undo record and every write);
 *   otherwise, or when a touched cell lies outside the values-only used range, 4: one snapshot
 *   load (sync S) of exactly the touched cells the read pass could not see, before sync C.
 */
import { checkWorkbook } from "../../domain/engine";
import type { DraftWording } from "../../domain/drafts/types";
import type { RuleProfile } from "../../domain/profiles";
import type { WorkbookReport } from "../../domain/report/types";
import { excelStrings } from "../../strings/excel";
import { type ApplyOutcome, applyPlan } from "./apply";
import { type BatchRunOptions, runBatch } from "../host/run-batch";
import { readWorkbookState } from "./read";
import { newCounter } from "../host/sync";
import { clearMarks, type UndoFailure, undoLastRun } from "./undo";
import { undoStoreFor } from "./undo-store";

export interface RunOptions extends BatchRunOptions {
  profile: RuleProfile;
  rateAsFormula?: boolean;
  addNotes?: boolean;
  /** Rewrite the add-in's 项目清单 sheet (see domain/project-list). */
  projectList?: boolean;
  /** The template sheet the user marked for 新增项目: left out of the check while blank (see domain/check-scope.ts). */
  templateSheet?: string | null;
  /** The words of 偏差原因 drafts (src/strings/drafts.ts): each deviation finding then carries its draft (填入说明草稿). */
  drafts?: DraftWording;
  /** Check only, write nothing (1 fewer sync, no undo record). */
  dryRun?: boolean;
}

export interface RunCounts {
  projects: number;
  error: number;
  warning: number;
  info: number;
  written: number;
  highlighted: number;
  notes: number;
  skipped: number;
}

export type RunOutcome =
  | {
      ok: true;
      report: WorkbookReport;
      counts: RunCounts;
      apply: ApplyOutcome | null;
      /** Round trips to Excel in the successful attempt. */
      syncs: number;
      retries: number;
      /** Chinese lines for the pane: degraded features, skipped sheets, retries. */
      messages: string[];
    }
  | { ok: false; code?: string; message: string; retries: number };

/** Checks and scores the open workbook and writes the results back; never throws. */
export async function checkAndScore(options: RunOptions): Promise<RunOutcome> {
  const run = await runBatch(options, async (context, caps) => {
    const counter = newCounter();
    // The previous run's record is read in the read pass (no extra sync) so its marks stay undoable.
    const store = options.dryRun ? undefined : undoStoreFor(caps);
    const state = await readWorkbookState(context, caps, { styles: !options.dryRun, counter, store });
    const report = checkWorkbook(state.grids, { profile: options.profile, rateAsFormula: options.rateAsFormula, addNotes: options.addNotes, projectList: options.projectList, templateSheet: options.templateSheet, drafts: options.drafts });
    const apply = options.dryRun ? null : await applyPlan(context, report.plan, caps, { state, counter, store, addNotes: options.addNotes, profile: options.profile.id });
    return { report, apply, syncs: counter.syncs };
  });
  if (!run.ok) return run;
  const { result, retries, caps } = run;
  const messages: string[] = [];
  if (retries > 0) messages.push(excelStrings.retry.cellEditMode(retries));
  if (!caps.merges) messages.push(excelStrings.degraded.mergesUnavailable);
  if (result.apply) messages.push(...result.apply.messages);
  return { ok: true, report: result.report, counts: countsOf(result.report, result.apply), apply: result.apply, syncs: result.syncs, retries, messages };
}

function countsOf(report: WorkbookReport, apply: ApplyOutcome | null): RunCounts {
  const counts: RunCounts = { projects: report.projects.length, error: 0, warning: 0, info: 0, written: 0, highlighted: 0, notes: 0, skipped: 0 };
  for (const f of [...report.findings, ...report.projects.flatMap((p) => p.findings)]) counts[f.severity]++;
  if (apply) {
    counts.written = apply.written;
    counts.highlighted = apply.highlighted;
    counts.notes = apply.notesAdded + apply.notesReplaced + apply.notesAppended;
    counts.skipped = apply.skipped.length;
  }
  return counts;
}

/** A failure's `code` is Office.js's error code; `reason` says why the undo found nothing to do. */
export type UndoRunOutcome = { ok: true; restored: number; messages: string[]; syncs: number } | { ok: false; code?: string; reason?: UndoFailure; message: string };

export type UndoRunOptions = BatchRunOptions;

/** "撤销本次检查" from the pane: restores what the last run changed; never throws. */
export function undoLastCheck(options: UndoRunOptions = {}): Promise<UndoRunOutcome> {
  return runRestore(options, undoLastRun);
}

/** "清除标记" from the pane: removes the last run's fills and notes, keeps its values; never throws. */
export function clearCheckMarks(options: UndoRunOptions = {}): Promise<UndoRunOutcome> {
  return runRestore(options, clearMarks);
}

async function runRestore(options: UndoRunOptions, action: typeof undoLastRun): Promise<UndoRunOutcome> {
  const run = await runBatch(options, action);
  if (!run.ok) return { ok: false, code: run.code, message: run.message };
  const { result, retries } = run;
  const messages = retries > 0 ? [...result.messages, excelStrings.retry.cellEditMode(retries)] : result.messages;
  if (!result.ok) return { ok: false, reason: result.reason, message: messages.join("\n") };
  return { ok: true, restored: result.restored, messages, syncs: result.syncs };
}
