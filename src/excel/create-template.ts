/** Creates the standard template sheet (national or Sichuan form, per the profile) when the workbook has none. */
import type { RuleProfile } from "../domain/profiles/types";
import type { AddSheetsOutcome, ProjectRunOptions } from "./project-types";

/** Adds a sheet `模板` (or a free variant) holding the profile's blank form; never throws. */
export async function createTemplateSheet(options: ProjectRunOptions & { profile: RuleProfile; year: number }): Promise<AddSheetsOutcome> {
  void options;
  return { ok: false, message: "尚未实现" };
}
