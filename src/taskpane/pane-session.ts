/**
 * What the pane shows, kept so that a reload of the page loses nothing.
 *
 * 打开面板 and 新增项目 share one TaskpaneId with two SourceLocations. Microsoft's manifest reference
 * (Action element, TaskpaneId) says that when commands share a TaskpaneId "the pane container will
 * remain open but the contents of the pane will be replaced with the corresponding Action
 * SourceLocation": clicking 新增项目 while the pane is open loads taskpane.html?view=add afresh. So
 * the pane keeps, per document, which tab is open, the 新增项目 tab's typed fields and last addition,
 * and how the check results were shown (view, filters, the finding last clicked, whether 撤销本次检查
 * took them out of the workbook); the results themselves are in the results store. A page that starts
 * reads this back before its first render.
 *
 * Plain data only (no React, no Office.js); the values come from local storage and are not trusted:
 * every field is checked and falls back on its own.
 */
import { parseCheckSession } from "./check/check-session";
import type { CheckSession } from "./check/check-state";
import type { PaneTab } from "./pane-tab";
import { parseProjectsDraft } from "./projects/projects-draft";
import type { ProjectsDraft } from "./projects/projects-state";
import { isObject, oneOf } from "./stored-json";

/** The tab on show, the 检查评分 tab's view of its results, and the 新增项目 draft. */
export type PaneSession = CheckSession & {
  tab: PaneTab;
  /** null until the 新增项目 tab was first opened. */
  projects: ProjectsDraft | null;
};

/** localStorage key of every document's session: `{ [documentKey]: { savedAt, session } }`. */
export const SESSION_STORAGE_KEY = "selfeval-pane-session";
/** localStorage key through which a pane asks the other open panes of its document to show a tab. */
export const TAB_REQUEST_KEY = "selfeval-pane-request";
/** Sessions of this many documents are kept, the most recently used ones. */
const MAX_DOCUMENTS = 10;

/** The part of local storage the session needs; injectable for tests. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

/** A stored session, field by field (what an older or damaged entry lacks takes its default). */
export function parsePaneSession(raw: unknown): PaneSession | undefined {
  if (!isObject(raw)) return undefined;
  return { tab: oneOf<PaneTab>(raw.tab, ["check", "add"], "check"), ...parseCheckSession(raw), projects: parseProjectsDraft(raw.projects) };
}

type StoredSessions = Record<string, { savedAt: number; session: unknown }>;

function readAll(storage: KeyValueStorage): StoredSessions {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? "{}");
    return isObject(parsed) ? (parsed as StoredSessions) : {};
  } catch {
    // Unreadable JSON (or storage refused): as if nothing was kept.
    return {};
  }
}

/** The session kept for this document, if any. */
export function readSession(storage: KeyValueStorage, documentKey: string): PaneSession | undefined {
  const entry = readAll(storage)[documentKey];
  return isObject(entry) ? parsePaneSession(entry.session) : undefined;
}

/**
 * Keeps the session for this document and forgets the least recently used documents beyond the
 * limit. Returns false when storage refused it (full, or blocked): the pane then works on unchanged.
 */
export function writeSession(storage: KeyValueStorage, documentKey: string, session: PaneSession, now: number = Date.now()): boolean {
  const all = readAll(storage);
  all[documentKey] = { savedAt: now, session };
  const kept = Object.entries(all)
    .filter(([, entry]) => isObject(entry) && typeof entry.savedAt === "number")
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_DOCUMENTS);
  try {
    storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)));
    return true;
  } catch {
    return false;
  }
}

/** A pane's request that the other open panes of its document show a tab. */
export type TabRequest = { tab: PaneTab; document: string; at: number };

export function tabRequestJson(request: TabRequest): string {
  return JSON.stringify(request);
}

/** A request read from the storage event's new value; undefined when it is not one. */
export function parseTabRequest(raw: string | null): TabRequest | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isObject(value) || typeof value.document !== "string" || typeof value.at !== "number") return undefined;
    const tab = oneOf<PaneTab | "">(value.tab, ["check", "add"], "");
    return tab === "" ? undefined : { tab, document: value.document, at: value.at };
  } catch {
    return undefined;
  }
}
