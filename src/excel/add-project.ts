/** 新增项目: a new project sheet copied from the template (or built from its cells below ExcelApi 1.7). */
import type { RuleProfile } from "../domain/profiles/types";
import type { AddSheetsOutcome, NewProject, ProjectContextOutcome, ProjectRunOptions } from "./project-types";

/** Sheet names, the template in force and whether Worksheet.copy exists; one sync; never throws. */
export async function readProjectContext(options: ProjectRunOptions & { templateSheet?: string | null } = {}): Promise<ProjectContextOutcome> {
  void options;
  return { ok: false, message: "尚未实现" };
}

/** Copies the template to a new sheet named after the project, after the last project sheet, and fills in the form; never throws. */
export async function addProject(options: ProjectRunOptions & { project: NewProject; templateSheet: string; profile: RuleProfile }): Promise<AddSheetsOutcome> {
  void options;
  return { ok: false, message: "尚未实现" };
}
