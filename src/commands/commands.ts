/**
 * Ribbon ExecuteFunction handlers (function file commands.html). 新增项目 is not one of them: its
 * button opens the pane on the 新增项目 tab (ShowTaskpane, taskpane.html?view=add). Each handler calls
 * `event.completed()` on every path, or Excel keeps the button busy and eventually reports an error.
 */
import { type Notice, showNotice } from "./notify";
import { saveLastResults, toStoredResults } from "./results-store";
import { DEFAULT_SETTINGS, loadSettings } from "./settings-store";

type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/** The check with the pane closed: remembered settings, results kept for the pane, one-line notice. */
async function checkAndScoreNotice(): Promise<Notice> {
  const settings = await loadSettings().then(
    (loaded) => loaded.settings,
    (error: unknown) => {
      console.warn("[selfeval] settings unavailable, using the defaults", error);
      return DEFAULT_SETTINGS;
    },
  );
  const { runCheck } = await import(/* webpackChunkName: "engine" */ "./run-check");
  const outcome = await runCheck(settings);
  if (!outcome.ok) return { kind: "checkFailed", detail: outcome.message };
  try {
    await saveLastResults(toStoredResults(outcome, "ribbon"));
  } catch (error) {
    // The check itself succeeded and is in the workbook; the pane will simply offer to run again.
    console.warn("[selfeval] results not kept for the pane", error);
  }
  const { projects, error, warning, info } = outcome.counts;
  return { kind: "checkDone", projects, error, warning, info };
}

export const handleCheckAndScore: CommandHandler = async (event) => {
  try {
    let notice: Notice;
    try {
      notice = await checkAndScoreNotice();
    } catch (error) {
      // e.g. the engine chunk failed to download; the adapter itself never throws.
      console.error("[selfeval] checkAndScore command failed", error);
      notice = { kind: "checkCrashed" };
    }
    await showNotice(notice);
  } finally {
    event.completed();
  }
};

Office.onReady(() => {
  Office.actions.associate("checkAndScore", handleCheckAndScore);
});
