/** "撤销新增": deletes the sheets the last 新增项目 / 创建模板 / 导入绩效目标 added, unless the user has typed in them since. */
import type { ProjectRunOptions, UndoAddOutcome } from "./project-types";

export async function undoAddedSheets(options: ProjectRunOptions = {}): Promise<UndoAddOutcome> {
  void options;
  return { ok: false, message: "尚未实现" };
}
