/**
 * What the pane remembers between sessions: the user's settings and the last check's results
 * (possibly from the ribbon command). Injected into the pane so tests need no browser storage.
 */
import { loadLastResults, RESULTS_STORE_NAME, saveLastResults, type StoredResults } from "../commands/results-store";
import { type CheckSettings, type LoadedSettings, loadSettings, saveSettings } from "../commands/settings-store";

export type PaneStore = {
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: CheckSettings): Promise<"local" | "memory">;
  loadResults(): Promise<StoredResults | undefined>;
  saveResults(results: StoredResults): Promise<void>;
  /** Calls `onChange` when another page (the ribbon command) stores new results; returns the unsubscribe. */
  subscribeResults(onChange: () => void): () => void;
};

/** The store backed by local storage, through src/office/helpers. */
export function createBrowserPaneStore(): PaneStore {
  return {
    loadSettings,
    saveSettings,
    loadResults: () => loadLastResults(),
    saveResults: (results) => saveLastResults(results),
    subscribeResults(onChange) {
      // The `storage` event fires in other same-origin pages only, i.e. when the ribbon command wrote.
      const prefix = `@${RESULTS_STORE_NAME}/`;
      const listener = (event: StorageEvent) => {
        if (event.key === null || event.key.startsWith(prefix)) onChange();
      };
      window.addEventListener("storage", listener);
      return () => window.removeEventListener("storage", listener);
    },
  };
}
