/**
 * Script of notice.html, the small dialog the ribbon commands open. The message key arrives in the
 * URL (`?message=checkAndScore`); the text itself comes from the string table.
 */
import { isNoticeKey, uiStrings } from "../strings/ui";
import { NOTICE_DISMISSED } from "./notify";

function noticeText(search: string): string {
  const key = new URLSearchParams(search).get("message");
  return isNoticeKey(key) ? uiStrings.commands.notImplemented[key] : uiStrings.notice.unknownMessage;
}

function render(insideDialog: boolean): void {
  const title = document.getElementById("notice-title");
  const message = document.getElementById("notice-message");
  const dismiss = document.getElementById("notice-dismiss");
  if (!title || !message || !(dismiss instanceof HTMLButtonElement)) return;

  document.title = uiStrings.notice.title;
  title.textContent = uiStrings.notice.title;
  message.textContent = noticeText(window.location.search);
  dismiss.textContent = uiStrings.notice.dismiss;
  dismiss.hidden = false;
  dismiss.addEventListener("click", () => {
    if (insideDialog) Office.context.ui.messageParent(NOTICE_DISMISSED);
    else window.close();
  });
  dismiss.focus();
}

if (typeof Office === "undefined") {
  render(false);
} else {
  void Office.onReady(() => render(Boolean(Office.context?.ui?.messageParent)));
}
