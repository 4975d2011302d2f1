import type { StoredResults } from "../../../src/services/results-store";
import { DEFAULT_SETTINGS } from "../../../src/services/settings-store";
import { initialCheckState, checkReducer, type CheckState } from "../../../src/taskpane/check/check-state";

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

describe("checkReducer", () => {
  it("waits for the remembered settings before a check can start", () => {
    expect(initialCheckState.settingsReady).toBe(false);
    const state = checkReducer(initialCheckState, { type: "settingsLoaded", settings: { ...DEFAULT_SETTINGS, profile: "sichuan", rateAsFormula: true, addNotes: false } });
    expect(state.settingsReady).toBe(true);
    expect(state.settings.profile).toBe("sichuan");
  });

  it("clears old messages when an action starts and adds the outcome's when it ends", () => {
    let state: CheckState = checkReducer(initialCheckState, { type: "messagesAdded", messages: [{ intent: "warning", text: "旧" }] });
    state = checkReducer(state, { type: "started", busy: "check" });
    expect(state.busy).toBe("check");
    expect(state.messages).toEqual([]);
    state = checkReducer(state, { type: "finished", messages: [{ intent: "error", text: "失败" }] });
    expect(state.busy).toBeNull();
    expect(state.messages).toEqual([{ id: 2, intent: "error", text: "失败" }]);
  });

  it("takes stored results only when newer, and shows a ribbon run's messages with them", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(checkReducer(state, { type: "resultsLoaded", results: results(100, "ribbon", ["受保护"]) })).toBe(state);
    state = checkReducer(state, { type: "resultsLoaded", results: results(300, "ribbon", ["受保护"]) });
    expect(state.results?.savedAt).toBe(300);
    expect(state.messages.map((m) => [m.intent, m.text])).toEqual([["warning", "受保护"]]);
    // A newer ribbon run's messages replace the older run's.
    state = checkReducer(state, { type: "resultsLoaded", results: results(400, "ribbon", []) });
    expect(state.messages).toEqual([]);
  });

  it("marks the cells 填入说明草稿 filled, adding to those before; new results start with none", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(100, "pane") });
    state = checkReducer(state, { type: "started", busy: "drafts" });
    expect(state.busy).toBe("drafts");
    state = checkReducer(state, { type: "finished", messages: [{ intent: "success", text: "已填入 1 条说明草稿" }], drafted: ["表1!I13"] });
    state = checkReducer(state, { type: "finished", messages: [], drafted: ["表1!I13", "表2!F11"] });
    expect(state.drafted).toEqual(["表1!I13", "表2!F11"]);
    // A failed fill (no cells) changes nothing.
    expect(checkReducer(state, { type: "finished", messages: [{ intent: "error", text: "失败" }], drafted: [] }).drafted).toEqual(state.drafted);
    expect(checkReducer(state, { type: "finished", messages: [], results: results(200, "pane") }).drafted).toEqual([]);
  });

  it("shows a draft refused by the clipboard in the text box as a draft, the findings as findings", () => {
    let state = checkReducer(initialCheckState, { type: "copyTextShown", text: "原因分析：【请填写】", kind: "draft" });
    expect({ text: state.copyText, kind: state.copyKind }).toEqual({ text: "原因分析：【请填写】", kind: "draft" });
    state = checkReducer(state, { type: "copyTextShown", text: "工作表\t单元格" });
    expect(state.copyKind).toBe("findings");
  });

  it("toggles severities and chooses a code", () => {
    let state = checkReducer(initialCheckState, { type: "severityToggled", severity: "info" });
    expect(state.severities).toEqual({ error: true, warning: true, info: false });
    state = checkReducer(state, { type: "codeChosen", code: "score-mismatch" });
    expect(state.code).toBe("score-mismatch");
  });

  it("folds the settings away when a check starts, not on undo", () => {
    let state = checkReducer(initialCheckState, { type: "settingsToggled", open: true });
    expect(initialCheckState.settingsOpen).toBe(false);
    expect(checkReducer(state, { type: "started", busy: "undo" }).settingsOpen).toBe(true);
    state = checkReducer(state, { type: "started", busy: "check" });
    expect(state.settingsOpen).toBe(false);
  });

  it("marks the results out of date after a successful undo, fresh again with the next run", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(state.resultsStale).toBe(false);
    state = checkReducer(state, { type: "finished", messages: [], undone: false });
    expect(state.resultsStale).toBe(false);
    state = checkReducer(state, { type: "finished", messages: [{ intent: "success", text: "已撤销本次检查" }], undone: true });
    expect(state.resultsStale).toBe(true);
    expect(state.results?.savedAt).toBe(200);
    expect(checkReducer(state, { type: "resultsLoaded", results: results(300, "ribbon") }).resultsStale).toBe(false);
    expect(checkReducer(state, { type: "finished", messages: [], results: results(300, "pane") }).resultsStale).toBe(false);
    // No results, nothing to mark.
    expect(checkReducer(initialCheckState, { type: "finished", messages: [], undone: true }).resultsStale).toBe(false);
  });

  it("shows the findings after every run and forgets the current finding", () => {
    let state = checkReducer(initialCheckState, { type: "finished", messages: [], results: results(200, "pane") });
    expect(state.view).toBe("findings");
    state = checkReducer(state, { type: "viewChosen", view: "projects" });
    state = checkReducer(state, { type: "findingSelected", id: "project:1!A1:I24#0" });
    expect(state.selectedFinding).toBe("project:1!A1:I24#0");
    state = checkReducer(state, { type: "finished", messages: [], results: results(300, "pane") });
    expect(state).toMatchObject({ view: "findings", selectedFinding: null });
  });
});
