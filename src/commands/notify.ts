/**
 * Tells the user something from a ribbon command. Excel has no toast API for ExecuteFunction
 * commands (Outlook's notificationMessages do not exist here, and Office.addin.showAsTaskpane needs a
 * shared runtime), so the lightest visible channel is the Dialog API (DialogApi 1.1, present in
 * every Excel that shows ribbon buttons) opening the tiny notice.html page.
 */
import { type SummaryCounts, uiStrings } from "../strings/ui";

/** The dialog is closed for the user after this long, so the command always finishes. */
const NOTICE_TIMEOUT_MS = 120_000;

/** Dialog size in percent of the screen. */
const NOTICE_SIZE = { height: 30, width: 30 } as const;

/** The message the notice page sends when the user clicks its button. */
export const NOTICE_DISMISSED = "dismissed";

/** What a notice says. Only numbers and the adapter's own Chinese message travel in the URL. */
export type Notice =
  | ({ kind: "checkDone" } & SummaryCounts)
  | { kind: "checkFailed"; detail: string }
  | { kind: "checkCrashed" };

/** Longest `detail` passed in a dialog URL; Office rejects very long dialog URLs. */
const MAX_DETAIL = 300;

/** Builds the notice page URL next to the current page (same origin, as the Dialog API requires). */
export function noticeUrl(notice: Notice, base: string): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("message", notice.kind);
  if (notice.kind === "checkDone") {
    for (const key of ["projects", "error", "warning", "info"] as const) url.searchParams.set(key, String(notice[key]));
  } else if (notice.kind === "checkFailed") {
    url.searchParams.set("detail", notice.detail.slice(0, MAX_DETAIL));
  }
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
  }
  return uiStrings.notice.unknownMessage;
}

/**
 * Opens the notice dialog and resolves once it is gone: dismissed, closed by the user, failed to
 * open, or timed out. Never rejects, so a command can `await` it inside try/finally.
 */
export function showNotice(notice: Notice): Promise<void> {
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;

    const finish = (): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user; nothing left to do.
      }
      resolve();
    };

    Office.context.ui.displayDialogAsync(
      noticeUrl(notice, window.location.href),
      { ...NOTICE_SIZE, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          // e.g. 12007: another dialog is already open; 12009: the user blocked dialogs.
          console.error(
            `[selfeval] notice dialog could not open (${result.error.code}): ${result.error.message}`,
          );
          finish();
          return;
        }
        dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
        // Fires when the user closes the dialog (12006) or its page fails to load (12002, 12003).
        dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        timer = setTimeout(finish, NOTICE_TIMEOUT_MS);
      },
    );
  });
}
