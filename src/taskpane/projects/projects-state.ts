/** The 新增项目 tab's state and its reducer: the workbook's sheets, the form, the last addition. */
import type { FieldCheck, ProjectFormCheck, ProjectFormField, ProjectFormInput } from "../../domain/template/project-form";
import type { ProjectContextOutcome, UndoAddOutcome } from "../../excel/projects/project-types";
import type { ImportOutcome } from "../addin";
import type { ProjectRules } from "./project-rules";

export type ProjectContext = Extract<ProjectContextOutcome, { ok: true }>;

export type ProjectsBusy = "context" | "add" | "createTemplate" | "import" | "undo";

/** The operations that add sheets, each undoable by 撤销新增. */
export type AddOperation = "add" | "createTemplate" | "import";

/** The latest addition, shown where it was made, with 撤销新增 (the adapter undoes only the latest). */
export type LastAddition = {
  operation: AddOperation;
  outcome: ImportOutcome;
  /** The sheet the targets were imported from. */
  source?: string;
  /** 撤销新增's outcome, once clicked. */
  undo: UndoAddOutcome | null;
};

/** What of the tab a reload of the page must restore (see pane-session.ts): what the user typed and chose, and the latest addition. */
export type ProjectsDraft = {
  form: ProjectFormInput;
  /** Fields the user has typed in (their errors show at once after a reload). */
  touched: ProjectFormField[];
  importSheet: string | null;
  importYear: string;
  /** The latest addition with its 撤销新增 (the workbook keeps the record it undoes). */
  last: LastAddition | null;
};

export type ProjectsState = {
  /** The workbook as last read; null until read. */
  context: ProjectContext | null;
  /** Why the workbook could not be read (the adapter's Chinese message). */
  contextError: string | null;
  busy: ProjectsBusy | null;
  form: ProjectFormInput;
  /** Fields the user has typed in: only their errors are shown, so an empty form does not scold. */
  touched: readonly ProjectFormField[];
  importSheet: string | null;
  importYear: string;
  last: LastAddition | null;
};

export type ProjectsAction =
  /** The form's rules arrived (the "projects" chunk): the 年度 field gets its default. */
  | { type: "rulesLoaded"; defaultYear: number }
  | { type: "started"; busy: ProjectsBusy }
  | { type: "contextLoaded"; outcome: ProjectContextOutcome }
  | { type: "fieldChanged"; field: ProjectFormField; value: string }
  | { type: "importSheetChosen"; sheet: string }
  | { type: "importYearChanged"; value: string }
  | { type: "added"; operation: AddOperation; outcome: ImportOutcome; source?: string }
  | { type: "undone"; outcome: UndoAddOutcome };

/**
 * An empty form, or the draft kept before the page was reloaded (see pane-session.ts); an empty 年度
 * is filled in with its default when the rules arrive, or given here.
 */
export function initialProjectsState(year?: number, draft?: ProjectsDraft | null): ProjectsState {
  const empty: ProjectsState = {
    context: null,
    contextError: null,
    busy: null,
    form: { name: "", dept: "", unit: "", year: year === undefined ? "" : String(year), initial: "", annual: "" },
    touched: [],
    importSheet: null,
    importYear: "",
    last: null,
  };
  if (!draft) return empty;
  const form = draft.form.year === "" && !draft.touched.includes("year") ? { ...draft.form, year: empty.form.year } : draft.form;
  return { ...empty, form, touched: [...draft.touched], importSheet: draft.importSheet, importYear: draft.importYear, last: draft.last };
}

/** The draft a reload of the page restores (see ProjectsDraft). */
export function projectsDraftOf(state: ProjectsState): ProjectsDraft {
  const { form, touched, importSheet, importYear, last } = state;
  return { form, touched: [...touched], importSheet, importYear, last };
}

/** A sheet that looks like the targets tables ("2024年绩效目标表"), offered first for 导入绩效目标. */
function likelyTargetsSheet(sheets: readonly string[]): string | null {
  return sheets.find((sheet) => sheet.includes("目标")) ?? null;
}

export function projectsReducer(state: ProjectsState, action: ProjectsAction): ProjectsState {
  switch (action.type) {
    case "rulesLoaded":
      return state.form.year === "" && !state.touched.includes("year") ? { ...state, form: { ...state.form, year: String(action.defaultYear) } } : state;
    case "started":
      return { ...state, busy: action.busy };
    case "contextLoaded": {
      const busy = state.busy === "context" ? null : state.busy;
      const { outcome } = action;
      if (!outcome.ok) return { ...state, busy, contextError: outcome.message };
      const importSheet = state.importSheet !== null && outcome.nonEmptySheets.includes(state.importSheet) ? state.importSheet : likelyTargetsSheet(outcome.nonEmptySheets);
      return { ...state, busy, context: outcome, contextError: null, importSheet };
    }
    case "fieldChanged": {
      const touched = state.touched.includes(action.field) ? state.touched : [...state.touched, action.field];
      return { ...state, form: { ...state.form, [action.field]: action.value }, touched };
    }
    case "importSheetChosen":
      return { ...state, importSheet: action.sheet };
    case "importYearChanged":
      return { ...state, importYear: action.value };
    case "added": {
      const last: LastAddition = { operation: action.operation, outcome: action.outcome, source: action.source, undo: null };
      const next = { ...state, busy: null, last };
      // Department, unit and year stay: a unit adds its projects one after another.
      if (action.operation === "add" && action.outcome.ok) return { ...next, form: { ...state.form, name: "", initial: "", annual: "" }, touched: [] };
      return next;
    }
    case "undone":
      return { ...state, busy: null, last: state.last ? { ...state.last, undo: action.outcome } : null };
  }
}

/** The form checked against the workbook's sheet names. */
export function checkForm(state: ProjectsState, rules: ProjectRules, now: Date): ProjectFormCheck {
  return rules.validateProjectForm(state.form, state.context?.sheets ?? [], now);
}

/** The error to show under a field: only once the user has typed in it. */
export function shownError(state: ProjectsState, check: ProjectFormCheck, field: ProjectFormField): string | undefined {
  if (check.ok || !state.touched.includes(field)) return undefined;
  return check.errors[field];
}

/** 导入绩效目标's optional 年度: undefined when blank, else the year or why it cannot be used. */
export function importYear(state: ProjectsState, rules: ProjectRules, now: Date): FieldCheck<number | undefined> {
  if (state.importYear.trim() === "") return { ok: true, value: undefined };
  return rules.parseProjectYear(state.importYear, now);
}

/** Whether 撤销新增 is offered: the latest addition created sheets and was not undone yet (or the undo failed). */
export function canUndo(last: LastAddition | null): boolean {
  return last !== null && last.outcome.ok && last.outcome.created.length > 0 && (last.undo === null || !last.undo.ok);
}
