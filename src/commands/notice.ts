/**
 * Script of notice.html, the small dialog the ribbon commands open. The message kind and its numbers
 * arrive in the URL (`?message=checkDone&projects=10&…`); the text is built by `noticeText`.
 */
import { uiStrings } from "../strings/ui";
import { NOTICE_DISMISSED, noticeClosesText, noticeText } from "./notify";

function render(insideDialog: boolean): void {
  const title = document.getElementById("notice-title");
  const message = document.getElementById("notice-message");
  const dismiss = document.getElementById("notice-dismiss");
  if (!title || !message || !(dismiss instanceof HTMLButtonElement)) return;

  document.title = uiStrings.notice.title;
  title.textContent = uiStrings.notice.title;
  message.textContent = noticeText(window.location.search);
  const closes = document.getElementById("notice-closes");
  if (closes) closes.textContent = noticeClosesText(window.location.search);
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
