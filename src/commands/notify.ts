/**
 * Tells the user something from a ribbon command. Excel has no toast API for ExecuteFunction
 * commands (Outlook's notificationMessages do not exist here, and Office.addin.showAsTaskpane needs a
 * shared runtime), so the lightest visible channel is the Dialog API (DialogApi 1.1, present in
 * every Excel that shows ribbon buttons) opening the tiny notice.html page.
 */
import type { NoticeKey } from "../strings/ui";

/** The dialog is closed for the user after this long, so the command always finishes. */
const NOTICE_TIMEOUT_MS = 120_000;

/** Dialog size in percent of the screen. */
const NOTICE_SIZE = { height: 30, width: 30 } as const;

/** The message the notice page sends when the user clicks its button. */
export const NOTICE_DISMISSED = "dismissed";

/** Builds the notice page URL next to the current page (same origin, as the Dialog API requires). */
export function noticeUrl(key: NoticeKey, base: string): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("message", key);
  return url.href;
}

/**
 * Opens the notice dialog and resolves once it is gone: dismissed, closed by the user, failed to
 * open, or timed out. Never rejects, so a command can `await` it inside try/finally.
 */
export function showNotice(key: NoticeKey): Promise<void> {
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
      noticeUrl(key, window.location.href),
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
