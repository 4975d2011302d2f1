import { isBlank, valueAt } from "../grid";
import { formatMessage } from "./messages";
import { defineCheck } from "./types";

/** The items of the to-do list. */
const ITEM = {
  annual: "全年预算数",
  executed: "全年执行数",
  actualGoal: "实际完成情况",
  actuals: "{{n}} 个指标的实际完成值",
};

/**
 * year-end-pending: a table made from the start-of-year targets, its year-end figures all still
 * empty (全年执行数 and every 实际完成值). One to-do that lists what is left, instead of a
 * missing-field per empty cell (a fresh import of 37 projects used to get 76 errors and 357 warnings).
 */
export const yearEndPending = defineCheck({
  code: "year-end-pending",
  severity: "warning",
  description: "年终数据尚未填写（全年执行数和实际完成值都为空）：列出待填写的内容，作为一条待办",
  messages: {
    pending: "本表的年终数据还没有填写（全年执行数和各指标的实际完成值都为空），像是由年初绩效目标生成、尚待年底填报的表。待填写：{{list}}。填好后再检查，本工具会逐项核对并评分。",
  },
  run({ project, grid, report }) {
    if (!project.yearEndPending) return;
    const t = project.table;
    const blank = (p?: { row: number; col: number }) => p !== undefined && isBlank(valueAt(grid, p.row, p.col));
    const list: string[] = [];
    if (project.funds.annual?.kind === "empty") list.push(ITEM.annual);
    if (project.funds.executed?.kind === "empty") list.push(ITEM.executed);
    if (blank(t.fields.actualGoal)) list.push(ITEM.actualGoal);
    const used = project.indicators.filter((i) => !i.unused && i.row.actual !== undefined);
    list.push(formatMessage(ITEM.actuals, { n: String(used.length) }));
    const cell = project.funds.executed?.cell ?? used[0]?.row.actual ?? { row: t.top, col: t.left };
    report({ cell, messageId: "pending", data: { list: list.join("、") }, details: { pending: list.length, actuals: used.length } });
  },
});
