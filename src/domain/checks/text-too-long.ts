import { type CellPos, valueAt } from "../grid";
import type { IndicatorRow } from "../locate/model";
import { at } from "./format";
import { defineCheck } from "./types";

/**
 * Longer than this is no longer an explanation but a pasted document. Not a provincial rule (so not
 * in the profile): the longest real text in the seeds is a few hundred characters.
 */
export const MAX_TEXT_LENGTH = 2000;

/** text-too-long: a text field of the table (goals, targets, actuals, explanations) is absurdly long. */
export const textTooLong = defineCheck({
  code: "text-too-long",
  severity: "warning",
  description: "文字内容过长（超过 2000 字），可能误粘贴了整份材料",
  messages: {
    tooLong: "{{what}}（{{cell}}）有 {{n}} 个字符，远超一份说明应有的长度（{{limit}} 字以内）：可能误粘贴了整份材料。Excel 单元格最多容纳 32767 个字符，打印和上报系统通常容不下这么长的内容，请精简。",
  },
  run({ project, grid, report }) {
    const tooLong = (pos: CellPos | undefined): pos is CellPos => {
      if (!pos) return false;
      const v = valueAt(grid, pos.row, pos.col);
      return typeof v === "string" && v.length > MAX_TEXT_LENGTH;
    };
    const flag = (what: string, pos: CellPos) => {
      const n = String(valueAt(grid, pos.row, pos.col)).length;
      report({ cell: pos, messageId: "tooLong", data: { what, cell: at(pos), n: String(n), limit: String(MAX_TEXT_LENGTH) }, details: { length: n } });
    };
    const t = project.table;
    if (tooLong(t.fields.name)) flag("项目名称", t.fields.name);
    if (tooLong(t.fields.expectedGoal)) flag("预期目标", t.fields.expectedGoal);
    if (tooLong(t.fields.actualGoal)) flag("实际完成情况", t.fields.actualGoal);
    for (const row of t.indicators) {
      if (tooLong(row.target)) flag(`${nameOf(row)}的年度指标值`, row.target);
      if (tooLong(row.actual)) flag(`${nameOf(row)}的实际完成值`, row.actual);
      if (tooLong(row.explanation)) flag(`${nameOf(row)}的偏差原因分析及改进措施`, row.explanation);
    }
  },
});

function nameOf(row: IndicatorRow): string {
  return `“${row.name.slice(0, 20) || `第 ${row.row + 1} 行指标`}”`;
}
