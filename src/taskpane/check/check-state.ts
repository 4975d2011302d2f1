/**
 * The 检查评分 tab's state and its reducer: everything the tab shows, and the settings both tabs
 * use, changed only by these actions.
 */
import type { StoredResults } from "../../services/results-store";
import { type CheckSettings, DEFAULT_SETTINGS } from "../../services/settings-store";
import type { Severity } from "../../domain/finding";
import { ALL_SEVERITIES, type SeverityFilter } from "./findings";

export type MessageIntent = "error" | "warning" | "info" | "success";

export type PaneMessage = { id: number; intent: MessageIntent; text: string };

export type Busy = "check" | "undo" | "clearMarks" | "drafts";

/** The two views of a run's results: what to act on, and the scores. */
export type ResultsView = "findings" | "projects";

export type CheckState = {
  settings: CheckSettings;
  /** False until the remembered settings are read: a check waits for them. */
  settingsReady: boolean;
  /** Settings are folded away by default so that results are in sight in a narrow pane. */
  settingsOpen: boolean;
  busy: Busy | null;
  results: StoredResults | null;
  /** True once 撤销本次检查 took the shown results out of the workbook: they are kept, marked out of date. */
  resultsStale: boolean;
  view: ResultsView;
  /** The finding last clicked (its cell selected in Excel), so the user can work down the list. */
  selectedFinding: string | null;
  /** The last jump to a finding's cell that failed: its message stands under that finding. */
  jumpError: { id: string; text: string } | null;
  messages: PaneMessage[];
  nextMessageId: number;
  severities: SeverityFilter;
  /** "" = every code. */
  code: string;
  /** Tab-separated findings (or a draft) shown in a text box, when the clipboard refused them. */
  copyText: string | null;
  /** What the text box holds: the findings (复制检查结果) or one draft (复制说明草稿). */
  copyKind: CopyKind;
  /**
   * The cells the shown results' drafts have gone into (填入说明草稿), by draftKey ("Sheet!I14"):
   * their findings are marked 已填入草稿. Emptied by new results and by 撤销本次检查.
   */
  drafted: string[];
  /**
   * The results that were on show before the page was reloaded (by `savedAt`), until they are read
   * back: the same results then come back as they were shown (view, finding, stale), not as new ones.
   */
  restored: { savedAt: number; stale: boolean } | null;
};

export type NewMessage = Omit<PaneMessage, "id">;

export type CopyKind = "findings" | "draft";

export type CheckAction =
  | { type: "settingsLoaded"; settings: CheckSettings }
  | { type: "settingsChanged"; settings: CheckSettings }
  | { type: "settingsToggled"; open: boolean }
  /** Results read from the store; ignored when older than what the pane shows. */
  | { type: "resultsLoaded"; results: StoredResults }
  /** An action starts: its messages replace the previous ones. */
  | { type: "started"; busy: Busy }
  /**
   * An action ends; `undone` when 撤销本次检查 succeeded and the shown results are out of date;
   * `drafted`: the cells 填入说明草稿 put drafts into (draftKey).
   */
  | { type: "finished"; messages: NewMessage[]; results?: StoredResults; undone?: boolean; drafted?: string[] }
  | { type: "messagesAdded"; messages: NewMessage[]; replace?: boolean }
  | { type: "viewChosen"; view: ResultsView }
  /** Excel selected the finding's cell. */
  | { type: "findingSelected"; id: string }
  /** Excel could not select the finding's cell: the finding is not made current. */
  | { type: "jumpFailed"; id: string; text: string }
  | { type: "severityToggled"; severity: Severity }
  | { type: "codeChosen"; code: string }
  | { type: "copyTextShown"; text: string | null; kind?: CopyKind };

export const initialCheckState: CheckState = {
  settings: DEFAULT_SETTINGS,
  settingsReady: false,
  settingsOpen: false,
  busy: null,
  results: null,
  resultsStale: false,
  view: "findings",
  selectedFinding: null,
  jumpError: null,
  messages: [],
  nextMessageId: 1,
  severities: ALL_SEVERITIES,
  code: "",
  copyText: null,
  copyKind: "findings",
  drafted: [],
  restored: null,
};

/**
 * What of the tab a reload of the page must restore (see pane-session.ts): how the results were
 * shown; the results themselves are in the results store.
 */
export type CheckSession = {
  settingsOpen: boolean;
  view: ResultsView;
  severities: SeverityFilter;
  code: string;
  selectedFinding: string | null;
  /** The results on show (by their `savedAt`) and whether 撤销本次检查 took them out of the workbook. */
  results: { savedAt: number; stale: boolean } | null;
  /** The cells their drafts went into (CheckState.drafted). */
  drafted: string[];
};

/** The state a reloaded page starts from: how the results were shown (they themselves load later). */
export function checkStateFromSession(session: CheckSession | undefined): CheckState {
  if (!session) return initialCheckState;
  const { settingsOpen, view, severities, code, selectedFinding, results, drafted } = session;
  return { ...initialCheckState, settingsOpen, view, severities, code, selectedFinding, restored: results, drafted: results ? drafted : [] };
}

/** What of the state a reload must restore. */
export function checkSessionOf(state: CheckState): CheckSession {
  const { settingsOpen, view, severities, code, selectedFinding, drafted } = state;
  // Until the stored results are read back, the ones restored are still the ones on show.
  const results = state.results ? { savedAt: state.results.savedAt, stale: state.resultsStale } : state.restored;
  return { settingsOpen, view, severities, code, selectedFinding, results, drafted };
}

/**
 * What 填入说明草稿 passes on of the state: the workbook is checked again by the rules the shown results
 * were checked by (the profile may have been changed in the settings since), with the template sheet
 * in force; notes as a check adds them (none where this Excel cannot add them).
 */
export function draftSettingsOf(state: CheckState, notesUnsupported: boolean): Pick<CheckSettings, "profile" | "addNotes" | "templateSheet"> {
  return {
    profile: state.results?.report.profile ?? state.settings.profile,
    addNotes: state.settings.addNotes && !notesUnsupported,
    templateSheet: state.settings.templateSheet,
  };
}

function withMessages(state: CheckState, messages: NewMessage[], replace: boolean): CheckState {
  let id = state.nextMessageId;
  const added = messages.map((m) => ({ ...m, id: id++ }));
  return { ...state, messages: replace ? added : [...state.messages, ...added], nextMessageId: id };
}

/** New results: fresh, and the findings (what the user must act on) in front. */
function withResults(state: CheckState, results: StoredResults): CheckState {
  return { ...state, results, resultsStale: false, view: "findings", selectedFinding: null, jumpError: null, copyText: null, drafted: [], restored: null };
}

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case "settingsLoaded":
      return { ...state, settings: action.settings, settingsReady: true };
    case "settingsChanged":
      return { ...state, settings: action.settings };
    case "settingsToggled":
      return { ...state, settingsOpen: action.open };
    case "resultsLoaded": {
      if (state.results && state.results.savedAt >= action.results.savedAt) return state;
      const restored = state.restored;
      // The page was reloaded and these are the results it showed: as they were shown, not as new ones.
      const next =
        restored !== null && restored.savedAt === action.results.savedAt
          ? { ...state, results: action.results, resultsStale: restored.stale, restored: null }
          : withResults(state, action.results);
      // The ribbon's notice gave only the counts: its other messages are shown with its results,
      // replacing those of whatever the pane showed before.
      if (action.results.source !== "ribbon") return next;
      return withMessages(next, action.results.messages.map((text) => ({ intent: "warning" as const, text })), true);
    }
    case "started":
      // A check folds the settings away: its results appear where they were.
      return { ...state, busy: action.busy, messages: [], copyText: null, settingsOpen: action.busy === "check" ? false : state.settingsOpen };
    case "finished": {
      const next = withMessages({ ...state, busy: null }, action.messages, false);
      if (action.results) return withResults(next, action.results);
      // The undo took the drafts out with the check: nothing shown is drafted any more.
      if (action.undone) return next.results ? { ...next, resultsStale: true, drafted: [] } : { ...next, drafted: [] };
      if (action.drafted && action.drafted.length > 0) return { ...next, drafted: [...new Set([...next.drafted, ...action.drafted])] };
      return next;
    }
    case "messagesAdded":
      return withMessages(state, action.messages, action.replace ?? false);
    case "viewChosen":
      return { ...state, view: action.view };
    case "findingSelected":
      return { ...state, selectedFinding: action.id, jumpError: null };
    case "jumpFailed":
      return { ...state, jumpError: { id: action.id, text: action.text } };
    case "severityToggled":
      return { ...state, severities: { ...state.severities, [action.severity]: !state.severities[action.severity] } };
    case "codeChosen":
      return { ...state, code: action.code };
    case "copyTextShown":
      return { ...state, copyText: action.text, copyKind: action.kind ?? "findings" };
  }
}
