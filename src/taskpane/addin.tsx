/**
 * The pane's one door to Excel. Components call `useAddin()`; the real implementation talks to the
 * Excel adapter, a test passes a fake through `AddinProvider`, so the pane renders without Excel.
 */
import { createContext, type ReactNode, useContext } from "react";
import type { CheckSettings } from "../services/settings-store";
import { type Capabilities, detectCapabilities } from "../excel/host/capabilities";
import type { AddSheetsOutcome, NewProject, ProjectContextOutcome, UndoAddOutcome } from "../excel/projects/project-types";
import type { RunOutcome, UndoRunOutcome } from "../excel/check/run";
import type { FillDraftsOutcome } from "../excel/check/drafts";
import type { StoredFinding } from "../services/results-store";
import { type SelectOutcome, selectCell } from "../excel/host/select";
import { loadOnce } from "./load-once";

/** What 填入说明草稿 needs of the settings: the check's rule profile and template sheet, and whether to add notes. */
export type DraftSettings = Pick<CheckSettings, "profile" | "addNotes" | "templateSheet">;

/** 导入绩效目标's outcome: added sheets, and how many targets tables were found. */
export type ImportOutcome = AddSheetsOutcome & { tables?: number };

export type Addin = {
  /** Checks and scores every sheet with these settings and applies the plan; never rejects. */
  checkAndScore(settings: CheckSettings): Promise<RunOutcome>;
  /** "撤销本次检查": restores what the last run changed. */
  undo(): Promise<UndoRunOutcome>;
  /** "清除标记": removes the last run's fills and notes, keeps the values. */
  clearMarks(): Promise<UndoRunOutcome>;
  /**
   * "填入说明草稿": puts these findings' drafts of 偏差原因 into their cells (never over text), checking
   * the workbook again with the settings of the check they come from (only deviations still there are
   * drafted, with today's figures); never rejects.
   */
  fillDrafts(findings: readonly StoredFinding[], settings: DraftSettings): Promise<FillDraftsOutcome>;
  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, address: string): Promise<SelectOutcome>;
  /** What this Excel can do (notes, merges, …), detected once. */
  capabilities: Capabilities;
  /** Starts downloading the check's code, so that a first 检查并评分 does not wait for it; idempotent. */
  preloadEngine(): void;
  /** Sheet names and the template in force (the marked sheet, else 模板 / 自评表模板). */
  readProjectContext(templateSheet?: string | null): Promise<ProjectContextOutcome>;
  /** 新增项目: a copy of the template named after the project, with the form filled in. */
  addProject(project: NewProject, templateSheet: string, profileId: string): Promise<AddSheetsOutcome>;
  /** Adds the profile's standard blank template sheet. */
  createTemplate(profileId: string, year: number): Promise<AddSheetsOutcome>;
  /** 导入绩效目标: one project sheet per targets table on the sheet. */
  importTargets(sheet: string, profileId: string, year?: number): Promise<ImportOutcome>;
  /** "撤销新增": removes the sheets the last addition created, unless the user changed them since. */
  undoAdded(): Promise<UndoAddOutcome>;
};

type EngineModule = typeof import("../services/run-check") & typeof import("../excel/check/run");
type ProjectsModule = typeof import("./projects/project-ops");

/**
 * The adapter backed by Office.js. The pane's first screen needs only the entry bundle: the engine
 * (checks, scoring, decimal.js, the adapter's read and apply) is a separate chunk, fetched when the
 * pane calls preloadEngine after its first render, or at the first click; the project-sheet
 * operations are the "projects" chunk, fetched when the 新增项目 tab opens.
 */
export function createOfficeAddin(): Addin {
  const loadEngine = loadOnce<EngineModule>(() =>
    Promise.all([
      import(/* webpackChunkName: "engine" */ "../services/run-check"),
      import(/* webpackChunkName: "engine" */ "../excel/check/run"),
    ]).then(([runCheck, run]) => ({ ...runCheck, ...run })),
  );
  const loadProjects = loadOnce<ProjectsModule>(() => import(/* webpackChunkName: "projects" */ "./projects/project-ops"));

  return {
    capabilities: detectCapabilities(),
    preloadEngine: () => void loadEngine().catch((error: unknown) => console.warn("[selfeval] engine preload failed", error)),
    checkAndScore: async (settings) => (await loadEngine()).runCheck(settings),
    undo: async () => (await loadEngine()).undoLastCheck(),
    clearMarks: async () => (await loadEngine()).clearCheckMarks(),
    fillDrafts: async (findings, settings) => (await loadEngine()).fillFindingDrafts(findings, settings),
    selectCell: (sheet, address) => selectCell(sheet, address),
    readProjectContext: async (templateSheet) => (await loadProjects()).readProjectContext(templateSheet),
    addProject: async (project, templateSheet, profileId) => (await loadProjects()).addProject(project, templateSheet, profileId),
    createTemplate: async (profileId, year) => (await loadProjects()).createTemplate(profileId, year),
    importTargets: async (sheet, profileId, year) => (await loadProjects()).importTargets(sheet, profileId, year),
    undoAdded: async () => (await loadProjects()).undoAdded(),
  };
}

const AddinContext = createContext<Addin | undefined>(undefined);

export function AddinProvider({ addin, children }: { addin: Addin; children: ReactNode }) {
  return <AddinContext.Provider value={addin}>{children}</AddinContext.Provider>;
}

/** The Excel adapter as the pane sees it (see Addin). */
export function useAddin(): Addin {
  const addin = useContext(AddinContext);
  if (!addin) throw new Error("useAddin() outside <AddinProvider>");
  return addin;
}
