/**
 * The project-sheet operations as the pane calls them: by profile id, with the Excel adapter's
 * functions. Loaded with the "projects" chunk, only once the user opens the 新增项目 tab.
 */
import { DEFAULT_PROFILE_ID, getProfile, PROFILES, type RuleProfile } from "../../domain/profiles";
import { addProject as addProjectSheet, readProjectContext as readContext } from "../../excel/projects/add-project";
import { undoAddedSheets } from "../../excel/projects/added-sheets";
import { createTemplateSheet } from "../../excel/projects/create-template";
import { importTargetsFromSheet } from "../../excel/projects/import-targets";
import type { AddSheetsOutcome, NewProject, ProjectContextOutcome, UndoAddOutcome } from "../../excel/projects/project-types";

/** A remembered profile id that no longer exists falls back to the default, as the check does. */
function profileFor(id: string): RuleProfile {
  return getProfile(id) ?? PROFILES[DEFAULT_PROFILE_ID];
}

export function readProjectContext(templateSheet?: string | null): Promise<ProjectContextOutcome> {
  return readContext({ templateSheet });
}

export function addProject(project: NewProject, templateSheet: string, profileId: string): Promise<AddSheetsOutcome> {
  return addProjectSheet({ project, templateSheet, profile: profileFor(profileId) });
}

export function createTemplate(profileId: string, year: number): Promise<AddSheetsOutcome> {
  return createTemplateSheet({ profile: profileFor(profileId), year });
}

export function importTargets(sheet: string, profileId: string, year?: number): Promise<AddSheetsOutcome & { tables?: number }> {
  return importTargetsFromSheet({ sheet, profile: profileFor(profileId), year });
}

export function undoAdded(): Promise<UndoAddOutcome> {
  return undoAddedSheets();
}
