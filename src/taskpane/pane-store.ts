/**
 * What the pane remembers between sessions: the user's settings, the last check's results (possibly
 * from the ribbon command) and what the pane showed before its page was reloaded. Injected into the
 * pane so tests need no browser storage.
 */
import { documentKey, loadLastResults, RESULTS_STORE_NAME, saveLastResults, type StoredResults } from "../services/results-store";
import { type CheckSettings, type LoadedSettings, loadSettings, saveSettings } from "../services/settings-store";
import { type KeyValueStorage, type PaneSession, parseTabRequest, readSession, TAB_REQUEST_KEY, tabRequestJson, writeSession } from "./pane-session";
import type { PaneTab } from "./pane-tab";

export type PaneStore = {
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: CheckSettings): Promise<"local" | "memory">;
  loadResults(): Promise<StoredResults | undefined>;
  saveResults(results: StoredResults): Promise<void>;
  /** Calls `onChange` when another page (the ribbon command) stores new results; returns the unsubscribe. */
  subscribeResults(onChange: () => void): () => void;
  /** What the pane showed for this document before the page was reloaded. Synchronous: the first render uses it. */
  loadSession(): PaneSession | undefined;
  /** Keeps what the pane shows now; never throws (a refusal only means a reload would not restore it). */
  saveSession(session: PaneSession): void;
  /** Asks the other open panes of this document to show `tab`. */
  announceTab(tab: PaneTab): void;
  /** Calls `onTab` when another pane of this document asks for a tab; returns the unsubscribe. */
  subscribeTabRequests(onTab: (tab: PaneTab) => void): () => void;
};

/** window.localStorage, or undefined where the page may not use it (blocked storage throws on access). */
function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window === "undefined" ? undefined : (window.localStorage ?? undefined);
  } catch {
    return undefined;
  }
}

/** A stand-in for the session when local storage is refused: it lasts as long as the page. */
function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** Where the browser store keeps the session and hears other pages; injectable for tests. */
export type PaneStoreEnvironment = {
  storage: KeyValueStorage;
  /** Where `storage` events arrive: the page's window. */
  events: Pick<Window, "addEventListener" | "removeEventListener">;
  /** The open workbook (see results-store's documentKey). */
  documentKey(): string;
};

function browserEnvironment(): PaneStoreEnvironment {
  return { storage: browserStorage() ?? memoryStorage(), events: window, documentKey };
}

/**
 * The store backed by local storage, through src/office/helpers (settings, results) and directly
 * (the session: it is read before the first render, synchronously, while the helpers library is a
 * chunk of its own that arrives later).
 */
export function createBrowserPaneStore(environment: PaneStoreEnvironment = browserEnvironment()): PaneStore {
  const { storage, events } = environment;
  const docKey = () => environment.documentKey();
  let refusalReported = false;
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
      events.addEventListener("storage", listener);
      return () => events.removeEventListener("storage", listener);
    },
    loadSession: () => readSession(storage, docKey()),
    saveSession(session) {
      // Written on every keystroke: a refusal is reported once, not each time.
      if (writeSession(storage, docKey(), session) || refusalReported) return;
      refusalReported = true;
      console.warn("[selfeval] the pane's state is not kept across a reload: local storage refused it");
    },
    announceTab(tab) {
      try {
        storage.setItem(TAB_REQUEST_KEY, tabRequestJson({ tab, document: docKey(), at: Date.now() }));
      } catch {
        // Storage refused: no other pane hears it, which is what happens without a second pane anyway.
      }
    },
    subscribeTabRequests(onTab) {
      const listener = (event: StorageEvent) => {
        if (event.key !== TAB_REQUEST_KEY) return;
        const request = parseTabRequest(event.newValue);
        if (request && request.document === docKey()) onTab(request.tab);
      };
      events.addEventListener("storage", listener);
      return () => events.removeEventListener("storage", listener);
    },
  };
}
