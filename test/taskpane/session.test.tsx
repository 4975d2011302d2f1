/**
 * A reload of the pane loses nothing. 打开面板 and 新增项目 share a TaskpaneId, so Excel replaces the
 * pane's page when one of them is clicked while the pane is open (manifest reference, Action element):
 * the tab, the typed 新增项目 fields and the results display come back from local storage. The store
 * is the real browser store over a stand-in localStorage; the pane is rendered as markup (no DOM here),
 * so "typing" is the 新增项目 tab's reducer and the draft it hands the pane, exactly as ProjectsTab
 * passes it on every change.
 */
import { renderToStaticMarkup } from "react-dom/server";
import type { StoredResults } from "../../src/services/results-store";
import { App } from "../../src/taskpane/App";
import { type Addin, AddinProvider } from "../../src/taskpane/addin";
import { DEFAULT_SETTINGS } from "../../src/services/settings-store";
import { type KeyValueStorage, type PaneSession, parsePaneSession, readSession, SESSION_STORAGE_KEY, TAB_REQUEST_KEY, writeSession } from "../../src/taskpane/pane-session";
import { createBrowserPaneStore, type PaneStore, type PaneStoreEnvironment } from "../../src/taskpane/pane-store";
import { projectRules } from "../../src/taskpane/projects/project-rules";
import { initialProjectsState, type ProjectsAction, projectsDraftOf, projectsReducer } from "../../src/taskpane/projects/projects-state";
import { ProjectsTab } from "../../src/taskpane/projects/ProjectsTab";
import { checkReducer, checkSessionOf, checkStateFromSession, initialCheckState } from "../../src/taskpane/check/check-state";
import { CAPS } from "../office-standin/book";

const BOOK = "https://example.gov.cn/2024年度自评表.xlsx";
const OTHER_BOOK = "https://example.gov.cn/另一个单位.xlsx";
const NOW = new Date(2025, 4, 20);
const noop = () => undefined;
const notCalled = () => Promise.reject(new Error("not called"));

type Listener = (event: { key: string | null; newValue: string | null }) => void;

/** localStorage as a page sees it, shared by every page of the origin (as Excel's panes share it). */
function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

/** One page (a pane) of `book`: its own window and listeners over the origin's shared storage. */
function openPage(storage: KeyValueStorage, book: string): { store: PaneStore; listeners: Set<Listener> } {
  const listeners = new Set<Listener>();
  const events = {
    addEventListener: (_type: string, listener: Listener) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => void listeners.delete(listener),
  } as unknown as PaneStoreEnvironment["events"];
  return { store: createBrowserPaneStore({ storage, events, documentKey: () => `doc:${book}` }), listeners };
}

function fakeAddin(): Addin {
  return {
    capabilities: CAPS["1.18"],
    preloadEngine: noop,
    checkAndScore: notCalled,
    undo: notCalled,
    clearMarks: notCalled,
    fillDrafts: notCalled,
    selectCell: notCalled,
    readProjectContext: notCalled,
    addProject: notCalled,
    createTemplate: notCalled,
    importTargets: notCalled,
    undoAdded: notCalled,
  };
}

/** The pane's first render for this store, as Excel's reload gives it: settings and results still loading. */
function renderPane(store: PaneStore, search = ""): string {
  const pending = { ...store, loadSettings: () => new Promise<never>(noop), loadResults: () => new Promise<never>(noop) };
  const view = new URLSearchParams(search).get("view");
  return renderToStaticMarkup(<App addin={fakeAddin()} store={pending} initialTab={view === "add" ? "add" : view === "check" ? "check" : undefined} />);
}

function tagWith(html: string, id: string): string {
  return new RegExp(`<[a-z]+ [^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0] ?? "";
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The 新增项目 tab's first frame for the draft the pane hands it (its rules at hand, the workbook still being read). */
function renderProjects(draft: PaneSession["projects"]): string {
  return renderToStaticMarkup(
    <AddinProvider addin={fakeAddin()}>
      <ProjectsTab settings={DEFAULT_SETTINGS} settingsReady={false} onSettingsChange={noop} now={() => NOW} initialRules={projectRules} initialDraft={draft} />
    </AddinProvider>,
  );
}

function results(savedAt: number): StoredResults {
  return {
    version: 1,
    savedAt,
    source: "pane",
    report: { profile: "national", findings: [], projects: [], sheets: [] },
    counts: { projects: 0, error: 0, warning: 0, info: 0 },
    messages: [],
  };
}

describe("a reload of the pane (Excel replaces its page when 新增项目 is clicked)", () => {
  const typed = (field: "name" | "dept" | "unit" | "year" | "initial" | "annual", value: string): ProjectsAction => ({ type: "fieldChanged", field, value });

  it("keeps the typed 新增项目 fields: render, type, unmount, render again from the same storage", () => {
    const storage = memoryStorage();
    // First page: opened on 新增项目, nothing kept yet.
    const first = openPage(storage, BOOK);
    expect(first.store.loadSession()).toBeUndefined();
    const before = renderPane(first.store, "?view=add");
    expect(attr(tagWith(before, "add-project-tab"), "aria-selected")).toBe("true");

    // The user types; ProjectsTab hands every change to the pane, which keeps it (useKeptSession).
    let projects = initialProjectsState(2024);
    for (const action of [typed("name", "食堂经费"), typed("dept", "县卫生健康局"), typed("initial", "12.5"), typed("year", "2023")]) {
      projects = projectsReducer(projects, action);
      first.store.saveSession({ tab: "add", ...checkSessionOf(initialCheckState), projects: projectsDraftOf(projects) });
    }
    projects = projectsReducer(projects, { type: "importYearChanged", value: "2024" });
    first.store.saveSession({ tab: "add", ...checkSessionOf(initialCheckState), projects: projectsDraftOf(projects) });

    // Unmount: Excel replaces the page. The new page opens with 打开面板's URL (no view) or 新增项目's.
    const second = openPage(storage, BOOK);
    const kept = second.store.loadSession();
    expect(kept?.tab).toBe("add");
    for (const search of ["", "?view=add"]) {
      const html = renderPane(second.store, search);
      expect(attr(tagWith(html, "add-project-tab"), "aria-selected")).toBe("true");
      // The tab is mounted at once, so the draft reaches it before anything else is drawn.
      expect(html).toContain('aria-labelledby="pane-tab-add"');
    }
    const form = renderProjects(kept?.projects ?? null);
    expect(attr(tagWith(form, "field-name"), "value")).toBe("食堂经费");
    expect(attr(tagWith(form, "field-dept"), "value")).toBe("县卫生健康局");
    expect(attr(tagWith(form, "field-initial"), "value")).toBe("12.5");
    expect(attr(tagWith(form, "field-year"), "value")).toBe("2023");
    // The user's own 年度 stays when the rules arrive with their default.
    expect(projectsReducer(initialProjectsState(undefined, kept?.projects), { type: "rulesLoaded", defaultYear: 2024 }).form.year).toBe("2023");
    expect(attr(tagWith(form, "import-year"), "value")).toBe("2024");
    expect(kept?.projects?.touched).toEqual(["name", "dept", "initial", "year"]);
  });

  it("keeps each workbook's draft apart; without a draft the form starts empty", () => {
    const storage = memoryStorage();
    const book = openPage(storage, BOOK);
    book.store.saveSession({ tab: "add", ...checkSessionOf(initialCheckState), projects: projectsDraftOf(projectsReducer(initialProjectsState(2024), typed("name", "宣传经费"))) });
    const other = openPage(storage, OTHER_BOOK);
    expect(other.store.loadSession()).toBeUndefined();
    expect(attr(tagWith(renderPane(other.store), "check-tab"), "aria-selected")).toBe("true");
    const empty = renderProjects(null);
    expect(attr(tagWith(empty, "field-name"), "value")).toBe("");
    expect(projectsReducer(initialProjectsState(undefined, null), { type: "rulesLoaded", defaultYear: 2024 }).form.year).toBe("2024");
    expect(openPage(storage, BOOK).store.loadSession()?.projects?.form.name).toBe("宣传经费");
  });

  it("opens on the tab the URL asks for: ?view=add over a kept 检查评分, ?view=check over a kept 新增项目", () => {
    const storage = memoryStorage();
    const page = openPage(storage, BOOK);
    page.store.saveSession({ tab: "check", ...checkSessionOf(initialCheckState), projects: null });
    const html = renderPane(page.store, "?view=add");
    expect(attr(tagWith(html, "add-project-tab"), "aria-selected")).toBe("true");
    expect(attr(tagWith(html, "check-tab"), "aria-selected")).toBe("false");
    page.store.saveSession({ tab: "add", ...checkSessionOf(initialCheckState), projects: null });
    expect(attr(tagWith(renderPane(page.store, "?view=check"), "check-tab"), "aria-selected")).toBe("true");
    // No view (打开面板): where the user left it.
    expect(attr(tagWith(renderPane(page.store), "add-project-tab"), "aria-selected")).toBe("true");
  });

  it("shows the same results again as they were shown: view, finding clicked, filters, 已撤销", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(100) });
    state = checkReducer(state, { type: "viewChosen", view: "projects" });
    state = checkReducer(state, { type: "findingSelected", id: "3" });
    state = checkReducer(state, { type: "severityToggled", severity: "info" });
    state = checkReducer(state, { type: "codeChosen", code: "score-mismatch" });
    state = checkReducer(state, { type: "finished", messages: [], undone: true });
    expect(state.resultsStale).toBe(true);

    const storage = memoryStorage();
    openPage(storage, BOOK).store.saveSession({ tab: "check", ...checkSessionOf(state), projects: null });
    const session = openPage(storage, BOOK).store.loadSession();
    let reloaded = checkStateFromSession(session);
    // Saved again before the results are read back: what was on show is not forgotten.
    expect(checkSessionOf(reloaded).results).toEqual({ savedAt: 100, stale: true });
    reloaded = checkReducer(reloaded, { type: "resultsLoaded", results: results(100) });
    expect({ view: reloaded.view, selected: reloaded.selectedFinding, stale: reloaded.resultsStale, code: reloaded.code, info: reloaded.severities.info }).toEqual({
      view: "projects",
      selected: "3",
      stale: true,
      code: "score-mismatch",
      info: false,
    });

    // Newer results (a ribbon check while the page reloaded) are new: findings first, nothing stale.
    const newer = checkReducer(checkStateFromSession(session), { type: "resultsLoaded", results: { ...results(200), source: "ribbon" } });
    expect({ view: newer.view, selected: newer.selectedFinding, stale: newer.resultsStale }).toEqual({ view: "findings", selected: null, stale: false });
  });
});

describe("the kept session in storage", () => {
  it("checks every stored field and falls back on its own", () => {
    expect(parsePaneSession("x")).toBeUndefined();
    const session = parsePaneSession({
      tab: "evil",
      view: "projects",
      severities: { error: false, warning: "no" },
      code: "<img src=x>",
      selectedFinding: 7,
      results: { savedAt: "yesterday" },
      projects: { form: { name: "食堂经费", dept: 3, year: "x".repeat(600) }, touched: ["name", "nope"], importSheet: "", last: { operation: "add", outcome: { ok: true, created: ["食堂经费"] } } },
    });
    expect(session).toEqual({
      tab: "check",
      settingsOpen: false,
      view: "projects",
      severities: { error: false, warning: true, info: true },
      code: "",
      selectedFinding: null,
      results: null,
      drafted: [],
      projects: { form: { name: "食堂经费", dept: "", unit: "", year: "", initial: "", annual: "" }, touched: ["name"], importSheet: null, importYear: "", last: null },
    });
    // Drafted cells: only "Sheet!CELL" strings, and only with results to belong to.
    const drafted = parsePaneSession({ results: { savedAt: 5, stale: false }, drafted: ["执行率偏低!F11", "坏的", 7, "<b>!x1", "成本!I17"] });
    expect(drafted?.drafted).toEqual(["执行率偏低!F11", "成本!I17"]);
    expect(parsePaneSession({ drafted: ["成本!I17"] })?.drafted).toEqual([]);
  });

  it("shows the drafts filled before a reload as filled; new results and 撤销本次检查 forget them", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(100) });
    state = checkReducer(state, { type: "started", busy: "drafts" });
    state = checkReducer(state, { type: "finished", messages: [], drafted: ["5.医疗保障经办支出!I14"] });
    state = checkReducer(state, { type: "finished", messages: [], drafted: ["5.医疗保障经办支出!I14", "9.医疗保障监管支出!I19"] });
    expect(state.drafted).toEqual(["5.医疗保障经办支出!I14", "9.医疗保障监管支出!I19"]);

    const storage = memoryStorage();
    openPage(storage, BOOK).store.saveSession({ tab: "check", ...checkSessionOf(state), projects: null });
    const session = openPage(storage, BOOK).store.loadSession();
    const reloaded = checkReducer(checkStateFromSession(session), { type: "resultsLoaded", results: results(100) });
    expect(reloaded.drafted).toEqual(state.drafted);
    // A newer run's results have drafts of their own to fill.
    expect(checkReducer(checkStateFromSession(session), { type: "resultsLoaded", results: results(200) }).drafted).toEqual([]);
    // The undo took the drafts out of the workbook.
    expect(checkReducer(reloaded, { type: "finished", messages: [], undone: true }).drafted).toEqual([]);
  });

  it("brings back the latest addition with its 撤销新增", () => {
    const last = {
      operation: "add" as const,
      outcome: { ok: true as const, created: ["食堂经费"], record: { kind: "add-project" as const, createdAt: "2025-05-20T01:00:00Z", sheets: [{ name: "食堂经费", fingerprint: "ab12" }] }, syncs: 3, messages: ["已复制模板。"] },
      undo: null,
    };
    const storage = memoryStorage();
    writeSession(storage, "doc:a", { ...checkSessionOf(initialCheckState), tab: "add", projects: { ...projectsDraftOf(initialProjectsState(2024)), last } });
    expect(readSession(storage, "doc:a")?.projects?.last).toEqual(last);
    expect(renderProjects(readSession(storage, "doc:a")?.projects ?? null)).toContain("撤销新增");
  });

  it("keeps the ten most recently used workbooks, and survives damaged JSON or a refusing storage", () => {
    const storage = memoryStorage();
    const session: PaneSession = { tab: "add", ...checkSessionOf(initialCheckState), projects: null };
    for (let i = 0; i < 12; i += 1) writeSession(storage, `doc:${i}`, session, 1000 + i);
    const kept = Object.keys(JSON.parse(storage.getItem(SESSION_STORAGE_KEY) ?? "{}") as object);
    expect(kept.sort()).toEqual(["doc:10", "doc:11", "doc:2", "doc:3", "doc:4", "doc:5", "doc:6", "doc:7", "doc:8", "doc:9"]);
    storage.setItem(SESSION_STORAGE_KEY, "{not json");
    expect(readSession(storage, "doc:5")).toBeUndefined();
    expect(writeSession(storage, "doc:5", session)).toBe(true);
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(writeSession(full, "doc:5", session)).toBe(false);
  });
});

describe("the signal between two open panes of one workbook", () => {
  /** What the browser does on setItem: a `storage` event in every other page of the origin. */
  function deliver(storage: ReturnType<typeof memoryStorage>, to: Set<Listener>): void {
    for (const listener of to) listener({ key: TAB_REQUEST_KEY, newValue: storage.getItem(TAB_REQUEST_KEY) });
  }

  it("a page opened with ?view=add asks the other pane of the same workbook to show 新增项目", () => {
    const storage = memoryStorage();
    const open = openPage(storage, BOOK);
    const elsewhere = openPage(storage, OTHER_BOOK);
    const asked: string[] = [];
    const askedElsewhere: string[] = [];
    const unsubscribe = open.store.subscribeTabRequests((tab) => asked.push(tab));
    elsewhere.store.subscribeTabRequests((tab) => askedElsewhere.push(tab));

    // The new page (Excel opened a second pane instead of replacing the first) announces itself.
    const newcomer = openPage(storage, BOOK);
    newcomer.store.announceTab("add");
    const request = JSON.parse(storage.getItem(TAB_REQUEST_KEY) ?? "{}") as { tab: string; document: string };
    expect(request).toMatchObject({ tab: "add", document: `doc:${BOOK}` });

    deliver(storage, open.listeners);
    deliver(storage, elsewhere.listeners);
    expect(asked).toEqual(["add"]);
    // Another workbook's pane stays where it is.
    expect(askedElsewhere).toEqual([]);

    // Other keys (results, sessions) and garbage are not requests.
    for (const listener of open.listeners) {
      listener({ key: SESSION_STORAGE_KEY, newValue: "{}" });
      listener({ key: TAB_REQUEST_KEY, newValue: "{oops" });
      listener({ key: TAB_REQUEST_KEY, newValue: JSON.stringify({ tab: "evil", document: `doc:${BOOK}`, at: 1 }) });
    }
    expect(asked).toEqual(["add"]);
    unsubscribe();
    expect(open.listeners.size).toBe(0);
  });
});
