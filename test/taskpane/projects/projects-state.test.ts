import type { ProjectContextOutcome } from "../../../src/excel/projects/project-types";
import { projectRules } from "../../../src/taskpane/projects/project-rules";
import { canUndo, checkForm, importYear, initialProjectsState, type ProjectsAction, projectsReducer, type ProjectsState, shownError } from "../../../src/taskpane/projects/projects-state";

const NOW = new Date(2025, 4, 20);
const CONTEXT: ProjectContextOutcome = {
  ok: true,
  sheets: ["模板", "食堂经费", "目标表2024", "Sheet3"],
  nonEmptySheets: ["模板", "食堂经费", "目标表2024"],
  template: { sheet: "模板", form: "national" },
  canCopy: true,
};
const RECORD = { kind: "add-project" as const, createdAt: "2025-05-20T01:00:00Z", sheets: [] };

function run(...actions: ProjectsAction[]): ProjectsState {
  return actions.reduce(projectsReducer, initialProjectsState(2024));
}

describe("projectsReducer", () => {
  it("starts with an empty form and the default 年度", () => {
    const state = initialProjectsState(2024);
    expect(state.form).toEqual({ name: "", dept: "", unit: "", year: "2024", initial: "", annual: "" });
    expect(state.context).toBeNull();
  });

  it("fills in the default 年度 when the rules arrive, unless the user typed one", () => {
    const empty = initialProjectsState();
    expect(empty.form.year).toBe("");
    expect(projectsReducer(empty, { type: "rulesLoaded", defaultYear: 2024 }).form.year).toBe("2024");
    const typed = projectsReducer(empty, { type: "fieldChanged", field: "year", value: "2023" });
    expect(projectsReducer(typed, { type: "rulesLoaded", defaultYear: 2024 }).form.year).toBe("2023");
  });

  it("keeps the workbook it read and offers the sheet that looks like the targets tables", () => {
    const state = run({ type: "started", busy: "context" }, { type: "contextLoaded", outcome: CONTEXT });
    expect(state.busy).toBeNull();
    expect(state.context?.template?.sheet).toBe("模板");
    expect(state.importSheet).toBe("目标表2024");
    // The user's choice survives a re-read while the sheet exists, and is dropped when it is gone.
    const chosen = projectsReducer(state, { type: "importSheetChosen", sheet: "食堂经费" });
    expect(projectsReducer(chosen, { type: "contextLoaded", outcome: CONTEXT }).importSheet).toBe("食堂经费");
    expect(projectsReducer(chosen, { type: "contextLoaded", outcome: { ...CONTEXT, nonEmptySheets: ["模板"] } }).importSheet).toBeNull();
  });

  it("keeps what it knew when a re-read fails, with the adapter's message", () => {
    const state = run({ type: "contextLoaded", outcome: CONTEXT }, { type: "started", busy: "context" }, { type: "contextLoaded", outcome: { ok: false, message: "读取失败" } });
    expect(state.contextError).toBe("读取失败");
    expect(state.context?.sheets).toEqual(CONTEXT.ok ? CONTEXT.sheets : []);
    expect(state.busy).toBeNull();
    expect(projectsReducer(state, { type: "contextLoaded", outcome: CONTEXT }).contextError).toBeNull();
  });

  it("shows a field's error only once the user typed in it", () => {
    const state = run({ type: "contextLoaded", outcome: CONTEXT }, { type: "fieldChanged", field: "initial", value: "-1" });
    const check = checkForm(state, projectRules, NOW);
    expect(check.ok).toBe(false);
    expect(shownError(state, check, "initial")).toMatch(/负数/);
    // The empty name is an error too, but the user has not got there yet.
    expect(shownError(state, check, "name")).toBeUndefined();
    const typed = projectsReducer(state, { type: "fieldChanged", field: "name", value: "食堂经费" });
    const again = checkForm(typed, projectRules, NOW);
    expect(shownError(typed, again, "name")).toMatch(/已有名为“食堂经费”/);
    expect(!again.ok && again.suggestion).toBe("食堂经费(2)");
  });

  it("after a project is added, clears name and amounts but keeps department, unit and year", () => {
    const filled = run(
      { type: "contextLoaded", outcome: CONTEXT },
      ...(["name", "dept", "unit", "initial", "annual"] as const).map((field): ProjectsAction => ({ type: "fieldChanged", field, value: field === "initial" || field === "annual" ? "10" : `${field}值` })),
      { type: "started", busy: "add" },
    );
    const done = projectsReducer(filled, { type: "added", operation: "add", outcome: { ok: true, created: ["name值"], record: RECORD, syncs: 2, messages: [] } });
    expect(done.form).toEqual({ name: "", dept: "dept值", unit: "unit值", year: "2024", initial: "", annual: "" });
    expect(done.touched).toEqual([]);
    expect(done.busy).toBeNull();
    expect(canUndo(done.last)).toBe(true);
    // A failure keeps everything the user typed.
    const failed = projectsReducer(filled, { type: "added", operation: "add", outcome: { ok: false, message: "失败" } });
    expect(failed.form).toEqual(filled.form);
    expect(canUndo(failed.last)).toBe(false);
  });

  it("offers 撤销新增 until it succeeded, and again when it failed", () => {
    const added = run({ type: "added", operation: "import", source: "目标表2024", outcome: { ok: true, created: ["A", "B"], record: RECORD, syncs: 3, messages: [] } });
    expect(canUndo(added.last)).toBe(true);
    const failed = projectsReducer(added, { type: "undone", outcome: { ok: false, message: "Excel 拒绝" } });
    expect(canUndo(failed.last)).toBe(true);
    const undone = projectsReducer(failed, { type: "undone", outcome: { ok: true, removed: ["A"], kept: ["B"], messages: [] } });
    expect(canUndo(undone.last)).toBe(false);
    expect(undone.last?.undo).toEqual({ ok: true, removed: ["A"], kept: ["B"], messages: [] });
    // An import that found nothing created nothing to undo.
    expect(canUndo(run({ type: "added", operation: "import", outcome: { ok: true, created: [], record: RECORD, syncs: 1, messages: [] } }).last)).toBe(false);
  });

  it("reads 导入绩效目标's optional 年度", () => {
    expect(importYear(run(), projectRules, NOW)).toEqual({ ok: true, value: undefined });
    expect(importYear(run({ type: "importYearChanged", value: "２０２４年" }), projectRules, NOW)).toEqual({ ok: true, value: 2024 });
    expect(importYear(run({ type: "importYearChanged", value: "24" }), projectRules, NOW)).toMatchObject({ ok: false, error: expect.stringMatching(/4 位数字/) });
  });
});
