/**
 * Tells the user something from a ribbon command. Excel has no toast API for ExecuteFunction
 * commands (Outlook's notificationMessages do not exist here, and Office.addin.showAsTaskpane needs a
 * shared runtime), so the lightest visible channel is the Dialog API (DialogApi 1.1, present in
 * every Excel that shows ribbon buttons) opening the tiny notice.html page.
 *
 * The dialog is always closed by the command before it completes, after a short time given by the
 * caller: the command's own runtime ends with `event.completed()` (or 5 minutes after the click), and
 * Microsoft documents only that a dialog outlives a runtime that timed out ("Runtimes in Office
 * Add-ins"), not one that completed; a dialog shown in an iframe on the web (displayInIframe) even
 * shares that runtime. Nor could the dialog's 知道了 reach a parent that is gone. The results are kept
 * for the pane in any case, so a notice closed before it was read loses nothing.
 */
import { type SummaryCounts, uiStrings } from "../strings/ui";

/** Dialog size in percent of the screen. */
const NOTICE_SIZE = { height: 30, width: 30 } as const;

/** The message the notice page sends when the user clicks its button. */
export const NOTICE_DISMISSED = "dismissed";

/** What a notice says. Only numbers and the adapter's own Chinese message travel in the URL. */
export type Notice =
  | ({ kind: "checkDone" } & SummaryCounts)
  | { kind: "checkFailed"; detail: string }
  | { kind: "checkCrashed" }
  /** The check was still running when the command had to be completed (see commands.ts). */
  | { kind: "checkSlow"; minutes: number };

/** Longest `detail` passed in a dialog URL; Office rejects very long dialog URLs. */
const MAX_DETAIL = 300;

/**
 * Builds the notice page URL next to the current page (same origin, as the Dialog API requires);
 * `closesInSeconds`: the page says when it will close by itself.
 */
export function noticeUrl(notice: Notice, base: string, closesInSeconds?: number): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("message", notice.kind);
  if (notice.kind === "checkDone") {
    for (const key of ["projects", "error", "warning", "info"] as const) url.searchParams.set(key, String(notice[key]));
  } else if (notice.kind === "checkFailed") {
    url.searchParams.set("detail", notice.detail.slice(0, MAX_DETAIL));
  } else if (notice.kind === "checkSlow") {
    url.searchParams.set("minutes", String(notice.minutes));
  }
  if (closesInSeconds !== undefined) url.searchParams.set("closes", String(Math.max(1, Math.floor(closesInSeconds))));
  return url.href;
}

function count(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The text the notice page shows for its URL query. The query is untrusted (anyone can open the
 * page with any URL): counts must be plain numbers, free text only appears after a fixed prefix,
 * and the page renders the result as text, never as HTML.
 */
export function noticeText(search: string): string {
  const params = new URLSearchParams(search);
  const text = uiStrings.commands;
  switch (params.get("message")) {
    case "checkDone": {
      const [projects, error, warning, info] = ["projects", "error", "warning", "info"].map((key) => count(params, key));
      if (projects === undefined || error === undefined || warning === undefined || info === undefined) break;
      return text.checkDone({ projects, error, warning, info });
    }
    case "checkFailed":
      return text.checkFailed((params.get("detail") ?? "").slice(0, MAX_DETAIL));
    case "checkCrashed":
      return text.checkCrashed;
    case "checkSlow": {
      const minutes = count(params, "minutes");
      if (minutes === undefined) break;
      return text.checkSlow(minutes);
    }
  }
  return uiStrings.notice.unknownMessage;
}

/** The line saying when the notice closes by itself, or "" when the URL does not say. */
export function noticeClosesText(search: string): string {
  const seconds = count(new URLSearchParams(search), "closes");
  return seconds === undefined || seconds === 0 ? "" : uiStrings.notice.closesIn(seconds);
}

function closeQuietly(dialog: Office.Dialog | undefined): void {
  try {
    dialog?.close();
  } catch {
    // Already closed by the user; nothing left to do.
  }
}

/**
 * Opens the notice dialog and resolves once it is gone: dismissed, closed by the user, failed to
 * open, or closed by this function `closeAfterMs` after the call (counted from the call, so a slow
 * or never-answered displayDialogAsync cannot stretch it; a dialog that opens after that is closed
 * at once). Never rejects, so a command can `await` it inside try/finally.
 */
export function showNotice(notice: Notice, closeAfterMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | undefined;
    let settled = false;

    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      closeQuietly(dialog);
      resolve();
    };
    const timer = setTimeout(finish, closeAfterMs);

    try {
      Office.context.ui.displayDialogAsync(
        noticeUrl(notice, window.location.href, closeAfterMs / 1000),
        { ...NOTICE_SIZE, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            // e.g. 12007: another dialog is already open; 12009: the user blocked dialogs.
            console.error(`[selfeval] notice dialog could not open (${result.error.code}): ${result.error.message}`);
            finish();
            return;
          }
          if (settled) {
            // Opened after its time was up: the command is completing, the dialog must not outlive it.
            closeQuietly(result.value);
            return;
          }
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
          // Fires when the user closes the dialog (12006) or its page fails to load (12002, 12003).
          dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        },
      );
    } catch (error) {
      // No Dialog API on this client (it has ribbon buttons, so it should): the results are kept for the pane.
      console.error("[selfeval] notice dialog unavailable", error);
      finish();
    }
  });
}
