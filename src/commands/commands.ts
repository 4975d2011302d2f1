/**
 * Ribbon ExecuteFunction handlers (function file commands.html). 新增项目 is not one of them: its
 * button opens the pane on the 新增项目 tab (ShowTaskpane, taskpane.html?view=add). Each handler calls
 * `event.completed()` on every path, or Excel keeps the button busy and eventually reports an error.
 *
 * Time: "once the user selects a button that kicks off the ExecuteFunction action, the add-in times
 * out after 5 minutes if it hasn't completed by then" (manifest reference, Action element), and the
 * function file's runtime ends at `event.completed()` or at those 5 minutes, whichever comes first
 * ("Runtimes in Office Add-ins"). So the command keeps a budget well inside them: the check gets 4
 * minutes, the notice what is left up to 4½ minutes, and a backstop completes the command at 4½
 * minutes whatever still hangs (Excel, the dialog).
 */
import { type Notice, showNotice } from "./notify";
import { saveLastResults, toStoredResults } from "../services/results-store";
import { DEFAULT_SETTINGS, loadSettings } from "../services/settings-store";

type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/** How the ribbon command spends Office's 5 minutes (milliseconds from the click). */
export const COMMAND_TIMING = {
  /** Office ends an ExecuteFunction command this long after the click. */
  officeLimitMs: 5 * 60_000,
  /** The check may run this long; then the command stops waiting and says what to do. */
  checkGuardMs: 4 * 60_000,
  /** The command is completed by then at the latest, 30 s inside Office's limit. */
  completeByMs: 4.5 * 60_000,
  /** A notice stays up this long at most (the results are also kept for the pane). */
  noticeMaxMs: 60_000,
  /** The notice is closed this long before the command completes, never after. */
  noticeMarginMs: 5_000,
  /** Less time than this left: no notice (it could not be read). */
  noticeMinMs: 5_000,
} as const;

export type CommandTiming = { [K in keyof typeof COMMAND_TIMING]: number };

export type CheckCommandDeps = {
  /** The check, the write-back and keeping the results; resolves with what to tell the user. */
  checkAndNotice(): Promise<Notice>;
  /** Shows a notice and resolves once it is gone, `closeAfterMs` after the call at the latest. */
  showNotice(notice: Notice, closeAfterMs: number): Promise<void>;
  timing?: CommandTiming;
  now?: () => number;
};

/** The check with the pane closed: remembered settings, results kept for the pane, one-line notice. */
async function checkAndScoreNotice(): Promise<Notice> {
  const settings = await loadSettings().then(
    (loaded) => loaded.settings,
    (error: unknown) => {
      console.warn("[selfeval] settings unavailable, using the defaults", error);
      return DEFAULT_SETTINGS;
    },
  );
  const { runCheck } = await import(/* webpackChunkName: "engine" */ "../services/run-check");
  // Reads, checks and writes back in one Excel.run; the results are kept before the notice shows,
  // so they reach the pane even when the command is cut short after this point.
  const outcome = await runCheck(settings);
  if (!outcome.ok) return { kind: "checkFailed", detail: outcome.message };
  try {
    await saveLastResults(toStoredResults(outcome, "ribbon"));
  } catch (error) {
    // The check itself succeeded and is in the workbook; the pane will simply offer to run again.
    console.warn("[selfeval] results not kept for the pane", error);
  }
  // Nothing written (the undo record could not be kept): the notice says why, the pane has the findings.
  if (outcome.apply?.notWritten) return { kind: "checkFailed", detail: outcome.messages.join("\n") };
  const { projects, error, warning, info } = outcome.counts;
  return { kind: "checkDone", projects, error, warning, info };
}

/** The check's notice, or checkSlow once the check has had `guardMs`; never rejects. */
function guarded(check: () => Promise<Notice>, guardMs: number): Promise<Notice> {
  const checked = check().catch((error: unknown): Notice => {
    // e.g. the engine chunk failed to download; the adapter itself never throws.
    console.error("[selfeval] checkAndScore command failed", error);
    return { kind: "checkCrashed" };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slow = new Promise<Notice>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "checkSlow", minutes: Math.round(guardMs / 60_000) }), guardMs);
  });
  // A check that goes on after the guard still keeps its results if it ends before the runtime does.
  return Promise.race([checked, slow]).finally(() => clearTimeout(timer));
}

/** 检查并评分 as a ribbon command; the dependencies are injectable for tests. */
export function createCheckAndScoreHandler(deps: CheckCommandDeps): CommandHandler {
  const timing = deps.timing ?? COMMAND_TIMING;
  const now = deps.now ?? Date.now;
  return async (event) => {
    const started = now();
    let completed = false;
    const complete = (): void => {
      if (completed) return;
      completed = true;
      clearTimeout(backstop);
      event.completed();
    };
    // Whatever hangs (Excel, the engine download, the dialog), Office must not be the one to end the command.
    const backstop = setTimeout(complete, timing.completeByMs);
    try {
      const notice = await guarded(() => deps.checkAndNotice(), timing.checkGuardMs);
      // The notice never holds the command past the budget: it closes itself before the command completes.
      const left = timing.completeByMs - timing.noticeMarginMs - (now() - started);
      if (!completed && left >= timing.noticeMinMs) await deps.showNotice(notice, Math.min(timing.noticeMaxMs, left));
    } finally {
      complete();
    }
  };
}

export const handleCheckAndScore: CommandHandler = createCheckAndScoreHandler({ checkAndNotice: checkAndScoreNotice, showNotice });

/** The ribbon's ExecuteFunction commands by their <FunctionName> in manifest.xml. */
export const RIBBON_FUNCTIONS: Readonly<Record<string, CommandHandler>> = { checkAndScore: handleCheckAndScore };

/**
 * Makes each ribbon function findable by its <FunctionName>, both ways: as a global function of that
 * name, which is how function files were written before Office.actions existed ("Your function must
 * be in the global namespace", create-addin-commands until 2022) and what clients without
 * Office.actions look up; and through Office.actions.associate once Office is ready, which current
 * clients require ("You must have an Office.actions.associate call for every function command").
 * The global is set at once, not in onReady: an older client may call it as soon as the file loads.
 */
export function registerRibbonFunctions(global: Record<string, unknown>, office: typeof Office | undefined): void {
  for (const [name, handler] of Object.entries(RIBBON_FUNCTIONS)) global[name] = handler;
  if (!office || typeof office.onReady !== "function") return;
  void office.onReady(() => {
    const associate = office.actions?.associate;
    if (typeof associate !== "function") return;
    for (const [name, handler] of Object.entries(RIBBON_FUNCTIONS)) office.actions.associate(name, handler);
  });
}

registerRibbonFunctions(globalThis as unknown as Record<string, unknown>, typeof Office === "undefined" ? undefined : Office);
