import { displayText, valueAt } from "../grid";
import { at } from "./format";
import { defineCheck } from "./types";

/**
 * total-line-assumed: the 年度资金总额 line was taken by its place under the funds header, its label
 * worded past recognition. The rate is still computed; the accountant is told what was assumed.
 */
export const totalLineAssumed = defineCheck({
  code: "total-line-assumed",
  severity: "info",
  description: "没有认出“年度资金总额”标签，按位置把项目资金表头下的第一行当作年度资金总额行",
  messages: {
    named: "没有找到“年度资金总额”标签（第 {{row}} 行写的是“{{label}}”）：已按位置把项目资金表头下的第一行当作年度资金总额行，据此计算执行率。如不是，请把该行标签改为“年度资金总额”。",
    unnamed: "没有找到“年度资金总额”标签：已按位置把项目资金表头下的第一行（第 {{row}} 行）当作年度资金总额行，据此计算执行率。如不是，请在 {{cell}} 填写“年度资金总额”。",
  },
  run({ project, grid, report }) {
    const line = project.funds.total;
    if (!line?.assumed) return;
    const label = displayText(valueAt(grid, line.labelCell.row, line.labelCell.col));
    const row = String(line.row + 1);
    const details = { row: line.row + 1, label };
    if (label) report({ cell: line.labelCell, messageId: "named", data: { row, label }, details });
    else report({ cell: line.labelCell, messageId: "unnamed", data: { row, cell: at(line.labelCell) }, details });
  },
});
