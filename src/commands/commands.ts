/**
 * Ribbon ExecuteFunction handlers (function file commands.html). Each handler calls
 * `event.completed()` on every path, or Excel keeps the button busy and eventually reports an error.
 */
import type { NoticeKey } from "../strings/ui";
import { showNotice } from "./notify";

type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/** A command that is not built yet: says so in a dialog instead of doing nothing. */
function notImplementedYet(key: NoticeKey): CommandHandler {
  return async (event) => {
    try {
      await showNotice(key);
    } catch (error) {
      console.error(`[selfeval] command ${key} failed`, error);
    } finally {
      event.completed();
    }
  };
}

export const handleCheckAndScore = notImplementedYet("checkAndScore");
export const handleAddProject = notImplementedYet("addProject");

Office.onReady(() => {
  Office.actions.associate("checkAndScore", handleCheckAndScore);
  Office.actions.associate("addProject", handleAddProject);
});
