/** The messages the 检查评分 tab shows for what the Excel adapter reports: plain data, no React. */
import type { FillDraftsOutcome } from "../../excel/check/drafts";
import type { RunOutcome, UndoRunOutcome } from "../../excel/check/run";
import { excelStrings } from "../../strings/excel";
import { uiStrings } from "../../strings/ui";
import type { NewMessage } from "./check-state";

export type CheckedOutcome = Extract<RunOutcome, { ok: true }>;

export type CheckMessageOptions = {
  /** The user asked for notes (设置). */
  notesWanted: boolean;
  /** This Excel cannot add notes or comments: the run went without them. */
  notesUnsupported: boolean;
};

/** What a check that ran wrote (or why nothing was), notes it could not add, then the run's own lines. */
export function checkMessages(outcome: CheckedOutcome, { notesWanted, notesUnsupported }: CheckMessageOptions): NewMessage[] {
  const text = uiStrings.pane;
  const messages: NewMessage[] = [];
  if (outcome.apply?.notWritten) {
    // Nothing was written (the undo record could not be kept): never a success line.
    messages.push({ intent: "warning", text: excelStrings.limits.notWrittenSummary });
  } else if (outcome.apply) {
    const { written, highlighted, notes } = outcome.counts;
    messages.push({ intent: "success", text: text.messages.applied(written, highlighted, notesWanted && !notesUnsupported ? notes : null) });
  }
  if (notesWanted && notesUnsupported) messages.push({ intent: "info", text: text.settings.notesUnsupported });
  // The list sheet written is news, not a problem: apply keeps such lines apart (notices).
  messages.push(...(outcome.apply?.notices ?? []).map((line) => ({ intent: "info" as const, text: line })));
  messages.push(...outcome.messages.map((line) => ({ intent: "warning" as const, text: line })));
  return messages;
}

/** 撤销本次检查 and 清除标记 outcomes: the result first, then the cells left alone. */
export function restoreMessages(outcome: UndoRunOutcome): NewMessage[] {
  if (outcome.ok) {
    const [first, ...rest] = outcome.messages;
    return [...(first ? [{ intent: "success" as const, text: first }] : []), ...rest.map((text) => ({ intent: "warning" as const, text }))];
  }
  // Nothing to undo is not a failure of Excel: say it calmly.
  return [{ intent: outcome.reason === "no-undo-record" ? "info" : "error", text: outcome.message }];
}

/**
 * 填入说明草稿 outcomes: how many drafts went in (and what to do with them), then the drafts left
 * out with their reasons, then the adapter's own lines (notes unavailable, retries).
 */
export function draftMessages(outcome: FillDraftsOutcome): NewMessage[] {
  const text = uiStrings.pane.drafts;
  if (!outcome.ok) return [{ intent: "error", text: outcome.message }];
  const messages: NewMessage[] = [];
  if (outcome.notWritten) messages.push({ intent: "warning", text: text.notWritten });
  else if (outcome.written > 0) messages.push({ intent: "success", text: text.filledCount(outcome.drafts) });
  else messages.push({ intent: "info", text: text.noneFilled });
  if (outcome.skipped.length > 0) messages.push({ intent: "warning", text: text.skipped(outcome.skipped.length, outcome.skipped.map((s) => s.message)) });
  messages.push(...outcome.messages.map((line) => ({ intent: "warning" as const, text: line })));
  return messages;
}
