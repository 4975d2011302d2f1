/**
 * The one place that uses `@microsoft/office-js-helpers` (archived in 2020).
 *
 * Only two of its parts still earn their keep: `Storage` (namespaced JSON in localStorage) and
 * `Utilities.host` / `Utilities.platform`. The library touches `window` when it is evaluated, so it is
 * loaded with a dynamic `import()` (its own chunk, browser only) and never from Node code or tests.
 *
 * To drop the library, reimplement the two exported functions below on `window.localStorage` and
 * `Office.context.diagnostics`; nothing else in the add-in imports it.
 */

/** A small JSON key-value store scoped to one name. Values must survive JSON round trips. */
export type SettingsStore<T> = {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  remove(key: string): void;
  /** "local" when values persist across sessions; "memory" when the browser refused localStorage. */
  readonly persistence: "local" | "memory";
};

/** Where the add-in runs, in the library's ALL-CAPS words, e.g. `{ host: "EXCEL", platform: "PC" }`. */
export type HostInfo = {
  /** `undefined` when Office.js did not say (the library reads `Office.context.host`). */
  host: string | undefined;
  /** `undefined` outside Office. */
  platform: string | undefined;
};

function nonEmpty(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

type HelpersModule = typeof import("@microsoft/office-js-helpers");

let helpersPromise: Promise<HelpersModule> | undefined;

function loadHelpers(): Promise<HelpersModule> {
  // The package is a UMD bundle declared with `export =`; depending on the interop, its members sit on
  // the namespace itself or on `default`.
  helpersPromise ??= import(
    /* webpackChunkName: "office-helpers" */ "@microsoft/office-js-helpers"
  ).then((loaded) => {
    const withDefault = loaded as HelpersModule & { default?: HelpersModule };
    return withDefault.default ?? withDefault;
  });
  return helpersPromise;
}

/**
 * Opens (or creates) the store `name`, backed by localStorage, or by memory when localStorage is
 * unavailable (sandboxed frames, private browsing, full quota).
 */
export async function createSettingsStore<T>(name: string): Promise<SettingsStore<T>> {
  const { Storage, StorageType } = await loadHelpers();
  let storage: InstanceType<typeof Storage<T>>;
  let persistence: "local" | "memory";
  try {
    storage = new Storage<T>(name, StorageType.LocalStorage);
    persistence = "local";
  } catch {
    storage = new Storage<T>(name, StorageType.InMemoryStorage);
    persistence = "memory";
  }
  return {
    get persistence() {
      return persistence;
    },
    get(key) {
      const value = storage.get(key);
      return value === null || value === undefined ? undefined : value;
    },
    set(key, value) {
      try {
        storage.set(key, value);
      } catch {
        // Quota exceeded or storage revoked mid-session: keep working for this session.
        storage.switchStorage(StorageType.InMemoryStorage);
        persistence = "memory";
        storage.set(key, value);
      }
    },
    remove(key) {
      if (storage.has(key)) storage.delete(key);
    },
  };
}

/** Reports the Office host and platform; call it after `Office.onReady`. */
export async function hostInfo(): Promise<HostInfo> {
  const { Utilities } = await loadHelpers();
  return { host: nonEmpty(Utilities.host), platform: nonEmpty(Utilities.platform) };
}
