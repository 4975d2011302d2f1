/** 导入绩效目标 in Excel: one self-evaluation sheet per 项目支出绩效目标表 found on a sheet. */
import type { RuleProfile } from "../domain/profiles/types";
import type { AddSheetsOutcome, ProjectRunOptions } from "./project-types";

/** Reads the sheet's targets tables and adds one project sheet each; the targets sheet is not modified; never throws. */
export async function importTargetsFromSheet(
  options: ProjectRunOptions & { sheet: string; profile: RuleProfile; year?: number },
): Promise<AddSheetsOutcome & { tables?: number }> {
  void options;
  return { ok: false, message: "尚未实现" };
}
