import type { StoredResults } from "../../src/services/results-store";
import { DEFAULT_SETTINGS } from "../../src/services/settings-store";
import { initialPaneState, paneReducer, type PaneState } from "../../src/taskpane/state";

function results(savedAt: number, source: StoredResults["source"], messages: string[] = []): StoredResults {
  return {
    version: 1,
    savedAt,
    source,
    report: { profile: "national", findings: [], projects: [], sheets: [] },
    counts: { projects: 0, error: 0, warning: 0, info: 0 },
    messages,
  };
}

describe("paneReducer", () => {
  it("waits for the remembered settings before a check can start", () => {
    expect(initialPaneState.settingsReady).toBe(false);
    const state = paneReducer(initialPaneState, { type: "settingsLoaded", settings: { ...DEFAULT_SETTINGS, profile: "sichuan", rateAsFormula: true, addNotes: false } });
    expect(state.settingsReady).toBe(true);
    expect(state.settings.profile).toBe("sichuan");
  });

  it("clears old messages when an action starts and adds the outcome's when it ends", () => {
    let state: PaneState = paneReducer(initialPaneState, { type: "messagesAdded", messages: [{ intent: "warning", text: "旧" }] });
    state = paneReducer(state, { type: "started", busy: "check" });
    expect(state.busy).toBe("check");
    expect(state.messages).toEqual([]);
    state = paneReducer(state, { type: "finished", messages: [{ intent: "error", text: "失败" }] });
    expect(state.busy).toBeNull();
    expect(state.messages).toEqual([{ id: 2, intent: "error", text: "失败" }]);
  });

  it("takes stored results only when newer, and shows a ribbon run's messages with them", () => {
    let state = paneReducer(initialPaneState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(paneReducer(state, { type: "resultsLoaded", results: results(100, "ribbon", ["受保护"]) })).toBe(state);
    state = paneReducer(state, { type: "resultsLoaded", results: results(300, "ribbon", ["受保护"]) });
    expect(state.results?.savedAt).toBe(300);
    expect(state.messages.map((m) => [m.intent, m.text])).toEqual([["warning", "受保护"]]);
    // A newer ribbon run's messages replace the older run's.
    state = paneReducer(state, { type: "resultsLoaded", results: results(400, "ribbon", []) });
    expect(state.messages).toEqual([]);
  });

  it("toggles severities and chooses a code", () => {
    let state = paneReducer(initialPaneState, { type: "severityToggled", severity: "info" });
    expect(state.severities).toEqual({ error: true, warning: true, info: false });
    state = paneReducer(state, { type: "codeChosen", code: "score-mismatch" });
    expect(state.code).toBe("score-mismatch");
  });

  it("folds the settings away when a check starts, not on undo", () => {
    let state = paneReducer(initialPaneState, { type: "settingsToggled", open: true });
    expect(initialPaneState.settingsOpen).toBe(false);
    expect(paneReducer(state, { type: "started", busy: "undo" }).settingsOpen).toBe(true);
    state = paneReducer(state, { type: "started", busy: "check" });
    expect(state.settingsOpen).toBe(false);
  });

  it("marks the results out of date after a successful undo, fresh again with the next run", () => {
    let state = paneReducer(initialPaneState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(state.resultsStale).toBe(false);
    state = paneReducer(state, { type: "finished", messages: [], undone: false });
    expect(state.resultsStale).toBe(false);
    state = paneReducer(state, { type: "finished", messages: [{ intent: "success", text: "已撤销本次检查" }], undone: true });
    expect(state.resultsStale).toBe(true);
    expect(state.results?.savedAt).toBe(200);
    expect(paneReducer(state, { type: "resultsLoaded", results: results(300, "ribbon") }).resultsStale).toBe(false);
    expect(paneReducer(state, { type: "finished", messages: [], results: results(300, "pane") }).resultsStale).toBe(false);
    // No results, nothing to mark.
    expect(paneReducer(initialPaneState, { type: "finished", messages: [], undone: true }).resultsStale).toBe(false);
  });

  it("shows the findings after every run and forgets the current finding", () => {
    let state = paneReducer(initialPaneState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(state.view).toBe("findings");
    state = paneReducer(state, { type: "viewChosen", view: "projects" });
    state = paneReducer(state, { type: "findingSelected", id: "project:1!A1:I24#0" });
    expect(state.selectedFinding).toBe("project:1!A1:I24#0");
    state = paneReducer(state, { type: "finished", messages: [], results: results(300, "pane") });
    expect(state).toMatchObject({ view: "findings", selectedFinding: null });
  });
});
