/**
 * The 检查评分 tab's state with what feeds it from the store: the remembered settings (which the
 * 新增项目 tab uses too, so the frame holds this and hands the settings to both tabs) and the
 * results, including those the ribbon's command keeps while the pane is open.
 */
import { type Dispatch, useCallback, useEffect, useReducer } from "react";
import type { StoredResults } from "../../services/results-store";
import { type CheckSettings, DEFAULT_SETTINGS } from "../../services/settings-store";
import { uiStrings } from "../../strings/ui";
import type { PaneStore } from "../pane-store";
import { type CheckAction, checkReducer, type CheckSession, type CheckState, checkStateFromSession, type NewMessage } from "./check-state";

export type CheckPane = {
  state: CheckState;
  dispatch: Dispatch<CheckAction>;
  /** A settings change from either tab: in force at once, remembered in the background. */
  changeSettings(settings: CheckSettings): void;
  /** Keeps a run's results for the ribbon's next look and a reload; a refusal is only a warning. */
  keepResults(results: StoredResults): void;
};

/** `session`: how the results were shown before the page was reloaded. */
export function useCheckPane(store: PaneStore, session: CheckSession | undefined): CheckPane {
  const [state, dispatch] = useReducer(checkReducer, session, checkStateFromSession);
  const text = uiStrings.pane;

  useEffect(() => {
    let active = true;
    const warn = (message: string) => dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: message }] });
    store.loadSettings().then(
      ({ settings }) => {
        if (active) dispatch({ type: "settingsLoaded", settings });
      },
      (error: unknown) => {
        console.warn("[selfeval] settings unavailable", error);
        if (!active) return;
        dispatch({ type: "settingsLoaded", settings: DEFAULT_SETTINGS });
        warn(text.settings.loadFailed);
      },
    );
    const loadResults = () =>
      store.loadResults().then(
        (results) => {
          if (active && results) dispatch({ type: "resultsLoaded", results });
        },
        (error: unknown) => {
          console.warn("[selfeval] stored results unavailable", error);
          if (active) warn(text.results.loadFailed);
        },
      );
    void loadResults();
    const unsubscribe = store.subscribeResults(() => void loadResults());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store, text]);

  const changeSettings = useCallback(
    (settings: CheckSettings) => {
      dispatch({ type: "settingsChanged", settings });
      const notRemembered: NewMessage[] = [{ intent: "warning", text: text.settings.notRemembered }];
      store.saveSettings(settings).then(
        (persistence) => {
          if (persistence === "memory") dispatch({ type: "messagesAdded", messages: notRemembered, replace: true });
        },
        (error: unknown) => {
          console.warn("[selfeval] settings not saved", error);
          dispatch({ type: "messagesAdded", messages: notRemembered, replace: true });
        },
      );
    },
    [store, text],
  );

  const keepResults = useCallback(
    (results: StoredResults) => {
      store.saveResults(results).catch((error: unknown) => {
        console.warn("[selfeval] results not kept", error);
        dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.results.saveFailed }] });
      });
    },
    [store, text],
  );

  return { state, dispatch, changeSettings, keepResults };
}
