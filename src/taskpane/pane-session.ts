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
import type { Severity } from "../domain/finding";
import type { ProjectFormField, ProjectFormInput } from "../domain/template/project-form";
import type { AddedSheetsRecord, UndoAddOutcome } from "../excel/projects/project-types";
import type { ImportOutcome } from "./addin";
import type { PaneTab } from "./pane-tab";
import type { AddOperation, LastAddition } from "./projects/projects-state";
import type { ResultsView } from "./state";

/** The 新增项目 tab as the user left it. */
export type ProjectsDraft = {
  form: ProjectFormInput;
  /** Fields the user has typed in (their errors show at once after a reload). */
  touched: ProjectFormField[];
  importSheet: string | null;
  importYear: string;
  /** The latest addition with its 撤销新增 (the workbook keeps the record it undoes). */
  last: LastAddition | null;
};

export type PaneSession = {
  tab: PaneTab;
  settingsOpen: boolean;
  view: ResultsView;
  severities: Record<Severity, boolean>;
  code: string;
  selectedFinding: string | null;
  /** The results on show (by their `savedAt`) and whether 撤销本次检查 took them out of the workbook. */
  results: { savedAt: number; stale: boolean } | null;
  /** null until the 新增项目 tab was first opened. */
  projects: ProjectsDraft | null;
};

/** localStorage key of every document's session: `{ [documentKey]: { savedAt, session } }`. */
export const SESSION_STORAGE_KEY = "selfeval-pane-session";
/** localStorage key through which a pane asks the other open panes of its document to show a tab. */
export const TAB_REQUEST_KEY = "selfeval-pane-request";
/** Sessions of this many documents are kept, the most recently used ones. */
const MAX_DOCUMENTS = 10;
/** A longer stored text is not what the pane wrote. */
const MAX_TEXT = 500;
const MAX_LIST = 200;

const FORM_FIELDS: readonly ProjectFormField[] = ["name", "dept", "unit", "year", "initial", "annual"];
const OPERATIONS: readonly AddOperation[] = ["add", "createTemplate", "import"];
const RECORD_KINDS: readonly AddedSheetsRecord["kind"][] = ["add-project", "create-template", "import-targets"];

/** The part of local storage the session needs; injectable for tests. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, fallback = ""): string {
  return typeof value === "string" && value.length <= MAX_TEXT ? value : fallback;
}

function texts(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST) return undefined;
  return value.every((item) => typeof item === "string" && item.length <= MAX_TEXT) ? (value as string[]) : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function parseRecord(raw: unknown): AddedSheetsRecord | undefined {
  if (!isObject(raw) || !RECORD_KINDS.includes(raw.kind as AddedSheetsRecord["kind"]) || !Array.isArray(raw.sheets)) return undefined;
  const sheets = raw.sheets.filter((s): s is { name: string; fingerprint: string } => isObject(s) && typeof s.name === "string" && typeof s.fingerprint === "string");
  if (sheets.length !== raw.sheets.length) return undefined;
  return { kind: raw.kind as AddedSheetsRecord["kind"], createdAt: text(raw.createdAt), sheets: sheets.map(({ name, fingerprint }) => ({ name, fingerprint })) };
}

function parseOutcome(raw: unknown): ImportOutcome | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.ok === false) {
    const message = text(raw.message);
    return message === "" ? undefined : { ok: false, message, ...(typeof raw.code === "string" ? { code: text(raw.code) } : {}) };
  }
  const created = texts(raw.created);
  const messages = texts(raw.messages);
  const record = parseRecord(raw.record);
  if (raw.ok !== true || !created || !messages || !record) return undefined;
  const tables = count(raw.tables);
  return { ok: true, created, record, syncs: count(raw.syncs) ?? 0, messages, ...(tables === undefined ? {} : { tables }) };
}

function parseUndo(raw: unknown): UndoAddOutcome | null | undefined {
  if (raw === null) return null;
  if (!isObject(raw)) return undefined;
  if (raw.ok === false) {
    const message = text(raw.message);
    return message === "" ? undefined : { ok: false, message };
  }
  const removed = texts(raw.removed);
  const kept = texts(raw.kept);
  const messages = texts(raw.messages);
  return raw.ok === true && removed && kept && messages ? { ok: true, removed, kept, messages } : undefined;
}

function parseLast(raw: unknown): LastAddition | null {
  if (!isObject(raw) || !OPERATIONS.includes(raw.operation as AddOperation)) return null;
  const outcome = parseOutcome(raw.outcome);
  const undo = parseUndo(raw.undo ?? null);
  if (!outcome || undo === undefined) return null;
  const source = typeof raw.source === "string" ? text(raw.source) : undefined;
  return { operation: raw.operation as AddOperation, outcome, ...(source ? { source } : {}), undo };
}

/** A stored 新增项目 draft, field by field; null when there is none. */
export function parseProjectsDraft(raw: unknown): ProjectsDraft | null {
  if (!isObject(raw)) return null;
  const form = isObject(raw.form) ? raw.form : {};
  const touched = Array.isArray(raw.touched) ? [...new Set(raw.touched.filter((field): field is ProjectFormField => FORM_FIELDS.includes(field as ProjectFormField)))] : [];
  return {
    form: { name: text(form.name), dept: text(form.dept), unit: text(form.unit), year: text(form.year), initial: text(form.initial), annual: text(form.annual) },
    touched,
    importSheet: typeof raw.importSheet === "string" && raw.importSheet !== "" ? text(raw.importSheet) || null : null,
    importYear: text(raw.importYear),
    last: parseLast(raw.last),
  };
}

/** A stored session, field by field (what an older or damaged entry lacks takes its default). */
export function parsePaneSession(raw: unknown): PaneSession | undefined {
  if (!isObject(raw)) return undefined;
  const severities = isObject(raw.severities) ? raw.severities : {};
  const results = isObject(raw.results) && typeof raw.results.savedAt === "number" ? { savedAt: raw.results.savedAt, stale: raw.results.stale === true } : null;
  const code = text(raw.code);
  return {
    tab: oneOf<PaneTab>(raw.tab, ["check", "add"], "check"),
    settingsOpen: raw.settingsOpen === true,
    view: oneOf<ResultsView>(raw.view, ["findings", "projects"], "findings"),
    severities: { error: severities.error !== false, warning: severities.warning !== false, info: severities.info !== false },
    // Finding codes are lower-case words joined by hyphens.
    code: /^[a-z0-9-]{0,60}$/.test(code) ? code : "",
    selectedFinding: typeof raw.selectedFinding === "string" ? text(raw.selectedFinding) || null : null,
    results,
    projects: parseProjectsDraft(raw.projects),
  };
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
