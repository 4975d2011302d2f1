/**
 * What the 检查评分 tab's buttons and findings do: the Excel calls go through useAddin(), the
 * clipboard and the download through csv.ts; every outcome becomes messages in the tab's state.
 */
import { useCallback } from "react";
import { toStoredResults } from "../../services/results-store";
import { uiStrings } from "../../strings/ui";
import { useAddin } from "../addin";
import { errorText } from "../error-text";
import { type Busy, draftSettingsOf, type NewMessage } from "./check-state";
import { csvFileName, downloadText, findingsCsv, findingsTsv, writeClipboard } from "./csv";
import { draftedKeys, type FindingItem } from "./findings";
import { checkMessages, draftMessages, restoreMessages } from "./outcome-messages";
import type { CheckPane } from "./use-check-pane";

export type CheckActions = {
  /** This Excel can add neither notes nor comments. */
  notesUnsupported: boolean;
  /** 检查并评分, and 重新检查 on results out of date. */
  check(): Promise<void>;
  /** 撤销本次检查 or 清除标记. */
  restore(busy: Extract<Busy, "undo" | "clearMarks">): Promise<void>;
  /** 导出检查结果. */
  exportFindings(): Promise<void>;
  /** 复制检查结果. */
  copyFindings(): Promise<void>;
  /** A finding clicked: its cell selected in Excel. */
  selectFinding(finding: FindingItem): void;
  /** 填入说明草稿 (one finding) and 全部填入草稿 (the findings given): their drafts into their cells. */
  fillDrafts(findings: readonly FindingItem[]): Promise<void>;
  /** 复制说明草稿: a draft with no cell to go into, to the clipboard (or a text box when refused). */
  copyDraft(finding: FindingItem): Promise<void>;
};

/** `items`: the findings on show, counted in the export's and the copy's messages. */
export function useCheckActions({ state, dispatch, keepResults }: CheckPane, items: readonly FindingItem[], now: () => Date): CheckActions {
  const addin = useAddin();
  const text = uiStrings.pane;
  const notesUnsupported = !addin.capabilities.notes && !addin.capabilities.comments;
  const say = (...messages: NewMessage[]) => dispatch({ type: "messagesAdded", messages, replace: true });
  const unexpected = (error: unknown): NewMessage => ({ intent: "error", text: text.messages.unexpected(errorText(error)) });

  const check = async () => {
    dispatch({ type: "started", busy: "check" });
    // This Excel cannot add notes: run without them (the remembered choice stays for a newer Excel).
    const addNotes = state.settings.addNotes && !notesUnsupported;
    try {
      const outcome = await addin.checkAndScore({ ...state.settings, addNotes });
      if (!outcome.ok) {
        dispatch({ type: "finished", messages: [{ intent: "error", text: outcome.message }] });
        return;
      }
      const results = toStoredResults(outcome, "pane", now());
      dispatch({ type: "finished", messages: checkMessages(outcome, { notesWanted: state.settings.addNotes, notesUnsupported }), results });
      keepResults(results);
    } catch (error) {
      // The adapter never throws; this is the engine chunk failing to download, or a bug.
      console.error("[selfeval] check failed", error);
      dispatch({ type: "finished", messages: [unexpected(error)] });
    }
  };

  const restore = async (busy: Extract<Busy, "undo" | "clearMarks">) => {
    dispatch({ type: "started", busy });
    try {
      const outcome = await (busy === "undo" ? addin.undo() : addin.clearMarks());
      dispatch({ type: "finished", messages: restoreMessages(outcome), undone: busy === "undo" && outcome.ok });
    } catch (error) {
      console.error(`[selfeval] ${busy} failed`, error);
      dispatch({ type: "finished", messages: [unexpected(error)] });
    }
  };

  /** Clipboard first; when refused, a text box to copy from by hand. Returns whether the clipboard took it. */
  const toClipboard = async (): Promise<boolean> => {
    if (!state.results) return false;
    const tsv = findingsTsv(state.results.report);
    const copied = await writeClipboard(tsv);
    dispatch({ type: "copyTextShown", text: copied ? null : tsv });
    return copied;
  };

  // A Blob download is silently blocked in some Office WebViews (office-js #2700, #1511): the success
  // message points to 复制检查结果, and a download that throws falls back to the clipboard at once.
  const exportFindings = async () => {
    if (!state.results) return;
    try {
      const fileName = csvFileName(now());
      downloadText(findingsCsv(state.results.report), fileName);
      say({ intent: "success", text: text.messages.exported(fileName, items.length) });
    } catch (error) {
      console.error("[selfeval] export failed", error);
      if (await toClipboard()) say({ intent: "warning", text: text.messages.exportFailedCopied(errorText(error), items.length) });
      else say({ intent: "error", text: text.messages.exportFailed(errorText(error)) }, { intent: "warning", text: text.messages.copyManually });
    }
  };

  const copyFindings = async () => {
    if (await toClipboard()) say({ intent: "success", text: text.messages.copied(items.length) });
    else say({ intent: "warning", text: text.messages.copyManually });
  };

  // The finding becomes the current one only once Excel has selected its cell; a failure is said
  // next to the finding, where the user is looking.
  const selectFinding = useCallback(
    (finding: FindingItem) => {
      const failed = (detail: string) => dispatch({ type: "jumpFailed", id: finding.id, text: text.messages.selectFailed(detail) });
      addin.selectCell(finding.sheet, finding.cell ?? "A1").then(
        (outcome) => {
          if (outcome.ok) dispatch({ type: "findingSelected", id: finding.id });
          else failed(outcome.message);
        },
        (error: unknown) => failed(errorText(error)),
      );
    },
    [addin, dispatch, text],
  );

  const fillDrafts = async (findings: readonly FindingItem[]) => {
    if (findings.length === 0) return;
    dispatch({ type: "started", busy: "drafts" });
    try {
      const outcome = await addin.fillDrafts(findings, draftSettingsOf(state, notesUnsupported));
      dispatch({ type: "finished", messages: draftMessages(outcome), drafted: draftedKeys(outcome) });
    } catch (error) {
      console.error("[selfeval] fill drafts failed", error);
      dispatch({ type: "finished", messages: [unexpected(error)] });
    }
  };

  const copyDraft = async (finding: FindingItem) => {
    const draft = finding.draft?.text;
    if (draft === undefined) return;
    const copied = await writeClipboard(draft);
    dispatch({ type: "copyTextShown", text: copied ? null : draft, kind: "draft" });
    say({ intent: copied ? "success" : "warning", text: copied ? text.drafts.copied : text.drafts.copyManually });
  };

  return { notesUnsupported, check, restore, exportFindings, copyFindings, selectFinding, fillDrafts, copyDraft };
}
