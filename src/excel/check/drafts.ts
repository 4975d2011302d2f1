/**
 * 填入说明草稿: puts the drafts of 偏差原因 the pane holds (from its last check's findings) into the
 * open workbook, in one Excel.run.
 *
 * The workbook is read again first and checked as it is now (on the grids just read: no extra
 * round trip). A draft from the pane's check goes in only when the check of today still finds that
 * deviation at that cell, and then with today's figures, together with every other draft of that
 * cell (rows sharing a merged 偏差原因): rows inserted or deleted since, or an actual or a score
 * corrected, never put an old draft into the wrong row or quote old figures (skipped as "stale";
 * re-check). The domain's draft plan (domain/drafts/plan.ts) then never writes over text, puts the
 * execution rate's draft after the text of 实际完成情况 (never into an empty one), and joins drafts
 * that land in one merged cell. Apply writes the plan and extends the check's undo record (undo:
 * "extend"), so 撤销本次检查 takes back the check and its drafts together.
 *
 * Round trips (flat in the number of drafts and sheets):
 *   ExcelApi 1.9+   3 = sync A and B of the read pass (with the previous undo record) + sync C (the
 *                   extended record and every draft, fill and note);
 *   otherwise       4: one snapshot of the drafted cells' formats and fills before sync C.
 */
import { buildDraftPlan, CELL_TEXT_MAX, type DraftRequest, type DraftSkip, type DraftSkipReason } from "../../domain/drafts/plan";
import { refreshDrafts } from "../../domain/drafts/refresh";
import type { RuleProfile } from "../../domain/profiles";
import { DRAFT_WORDING } from "../../strings/drafts";
import { excelStrings } from "../../strings/excel";
import { cellKey } from "../../domain/plan/cell-key";
import { type ApplyOutcome, type SkipReason, applyPlan } from "./apply";
import { type BatchRunOptions, runBatch } from "../host/run-batch";
import { readWorkbookState } from "./read";
import { newCounter } from "../host/sync";
import { undoStoreFor } from "./undo-store";

export type { DraftRequest };

export interface FillDraftsOptions extends BatchRunOptions {
  /** The drafts to put in (draftRequests of the findings the pane holds), in the findings' order. */
  requests: readonly DraftRequest[];
  /**
   * The rule profile and the template sheet of the check the requests come from: the workbook is
   * checked again with them, so that only deviations still there are drafted, with today's figures.
   */
  profile: RuleProfile;
  templateSheet?: string | null;
  /** Put the draft note (草稿：请补充原因和改进措施…) on each drafted cell (default true). */
  addNotes?: boolean;
}

/** A draft that was not put in: where, why, and the Chinese line the pane shows. */
export interface DraftSkipped {
  sheet: string;
  cell: string;
  /** The draft plan's reasons, or apply's own (a protected sheet, …). */
  reason: DraftSkipReason | SkipReason;
  message: string;
}

export type FillDraftsOutcome =
  | {
      ok: true;
      /** Cells that received a draft. */
      written: number;
      /** Drafts put in: more than `written` where several rows share one merged 偏差原因 (one text in one cell). */
      drafts: number;
      /** Where the drafts went: the cell that holds the text (a merged area's top-left cell), the sheet as the workbook spells it. */
      drafted: { sheet: string; cell: string }[];
      skipped: DraftSkipped[];
      /** Chinese lines for the pane: degraded notes, the undo record's limit, retries. */
      messages: string[];
      /** True when nothing was written because the undo record could not be kept (see messages). */
      notWritten?: boolean;
      /** Round trips in the successful attempt. */
      syncs: number;
      retries: number;
    }
  | { ok: false; code?: string; message: string; retries: number };

/** Puts the drafts into their cells, with the draft fill and note, and records them for undo; never throws. */
export async function fillDrafts(options: FillDraftsOptions): Promise<FillDraftsOutcome> {
  if (options.requests.length === 0) return { ok: true, written: 0, drafts: 0, drafted: [], skipped: [], messages: [], syncs: 0, retries: 0 };
  const run = await runBatch(options, async (context, caps) => {
    const counter = newCounter();
    const store = undoStoreFor(caps);
    const state = await readWorkbookState(context, caps, { styles: true, counter, store });
    const current = refreshDrafts(options.requests, state.grids, { profile: options.profile, templateSheet: options.templateSheet, wording: DRAFT_WORDING });
    const plan = buildDraftPlan(current.requests, state.grids, DRAFT_WORDING.note);
    const drafts = { plan: plan.plan, skipped: [...current.skipped, ...plan.skipped], requests: current.requests };
    const apply =
      drafts.plan.writes.length === 0
        ? null
        : await applyPlan(context, drafts.plan, caps, { state, store, counter, addNotes: options.addNotes, undo: "extend", profile: state.previous?.profile });
    return { drafts, apply, syncs: counter.syncs };
  });
  if (!run.ok) return run;
  const { result, retries } = run;
  const { drafts, apply } = result;
  const skipped = [...drafts.skipped.map(draftSkipped), ...applySkipped(apply)];
  const notWritten = apply?.notWritten === true;
  const left = new Set(skipped.map((s) => cellKey(s.sheet, s.cell)));
  const drafted = notWritten ? [] : drafts.plan.writes.filter((w) => !left.has(cellKey(w.sheet, w.cell))).map((w) => ({ sheet: w.sheet, cell: w.cell }));
  const draftCount = countDrafts(drafts.requests, drafted);
  // A note left out (someone else's comment on the cell) leaves its draft written: said, not skipped.
  const notesLeft = (apply?.skipped ?? []).filter((s) => s.kind === "note" && s.reason !== "protected").map((s) => s.message);
  const messages = [...(apply?.messages ?? []), ...notesLeft];
  if (retries > 0) messages.push(excelStrings.retry.cellEditMode(retries));
  const outcome: FillDraftsOutcome = { ok: true, written: notWritten ? 0 : (apply?.written ?? 0), drafts: draftCount, drafted, skipped, messages, syncs: result.syncs, retries };
  if (notWritten) outcome.notWritten = true;
  return outcome;
}

/** Drafts in the cells that received them: each distinct text of a request for one of those cells. */
function countDrafts(requests: readonly DraftRequest[], drafted: readonly { sheet: string; cell: string }[]): number {
  const cells = new Set(drafted.map((d) => cellKey(d.sheet, d.cell)));
  const texts = new Map<string, Set<string>>();
  for (const r of requests) {
    const key = cellKey(r.sheet, r.cell);
    if (cells.has(key)) texts.set(key, (texts.get(key) ?? new Set()).add(r.text));
  }
  let count = 0;
  for (const key of cells) count += Math.max(1, texts.get(key)?.size ?? 0);
  return count;
}

/** The pane's line for each reason the draft plan gives: a reason without its line does not compile. */
const SKIP_MESSAGES: { [R in DraftSkipReason]: (sheet: string, cell: string) => string } = {
  "not-empty": (sheet, cell) => excelStrings.drafts.notEmpty(sheet, cell),
  "already-drafted": (sheet, cell) => excelStrings.drafts.alreadyDrafted(sheet, cell),
  "formula-cell": (sheet, cell) => excelStrings.drafts.formulaCell(sheet, cell),
  "sheet-not-found": (sheet) => excelStrings.drafts.sheetNotFound(sheet),
  "bad-address": (sheet, cell) => excelStrings.drafts.badAddress(sheet, cell),
  "empty-goal": (sheet, cell) => excelStrings.drafts.emptyGoal(sheet, cell),
  "too-long": (sheet, cell) => excelStrings.drafts.tooLong(sheet, cell, CELL_TEXT_MAX),
  stale: (sheet, cell) => excelStrings.drafts.stale(sheet, cell),
};

function draftSkipped({ sheet, cell, reason }: DraftSkip): DraftSkipped {
  return { sheet, cell, reason, message: SKIP_MESSAGES[reason](sheet, cell) };
}

/** The drafts apply could not write (a protected sheet): one line per cell, from its skipped writes. */
function applySkipped(apply: ApplyOutcome | null): DraftSkipped[] {
  if (!apply) return [];
  return apply.skipped.filter((s) => s.kind === "write").map((s) => ({ sheet: s.sheet, cell: s.cell, reason: s.reason, message: s.message }));
}
