import type { NumberCell } from "../model";
import { readNumber } from "../evaluate/read-number";
import { at } from "./format";
import type { Check, ReportInput } from "./types";

const M = {
  message: "{what}（{cell}）应为数字，现为“{text}”：{hint}",
  hintUnit: "请只填数字，单位写在表头（金额单位为万元）。",
  hintError: "这是 Excel 错误值，请检查公式或改填数字。",
  hintBoolean: "逻辑值不能作为数字，请改填数字。",
  hintDate: "日期不能作为数字，请检查单元格格式后改填数字。",
  hintWords: "请改用阿拉伯数字填写。",
  actual: "“{name}”的实际完成值（{cell}）是{what}“{text}”，不是完成情况：请改填实际完成的数值或文字。",
};
const INVALID_WHAT = { "error-value": "错误值", boolean: "逻辑值", date: "日期" } as const;

const FUND_WHAT = { initial: "年初预算数", annual: "全年预算数", executed: "全年执行数" } as const;
const LINE_WHAT = { total: "年度资金总额", fiscal: "财政拨款", carryover: "上年结转资金", other: "其他资金" } as const;

function hintFor(cell: NumberCell): string {
  const raw = cell.raw;
  if (typeof raw === "boolean") return M.hintBoolean;
  if (raw instanceof Date) return M.hintDate;
  if (typeof raw === "object" && raw !== null) return M.hintError;
  if (typeof raw === "string" && /\d/.test(raw)) return M.hintUnit;
  return M.hintWords;
}

/** not-a-number: text, an error value, a boolean or a date where an amount, weight or score belongs. */
export const notANumber: Check = {
  code: "not-a-number",
  severity: "error",
  description: "金额、分值、得分或执行率单元格中是文字、错误值、逻辑值或日期，而不是数字",
  run({ project, grid, report }) {
    const flag = (what: string, cell: NumberCell | null, field: string) => {
      if (!cell || cell.kind !== "not-a-number") return;
      const input: ReportInput = {
        cell: cell.cell,
        message: M.message.replace("{what}", what).replace("{cell}", at(cell.cell)).replace("{text}", cell.text).replace("{hint}", hintFor(cell)),
        data: { field, text: cell.text },
      };
      report(input);
    };
    for (const line of project.funds.lines) {
      for (const key of ["initial", "annual", "executed"] as const) flag(`${LINE_WHAT[line.kind]}的${FUND_WHAT[key]}`, readNumber(grid, line[key]), `${line.kind}.${key}`);
    }
    flag("执行分值", project.funds.weight, "executionWeight");
    flag("执行率", project.funds.enteredRate, "rate");
    flag("执行得分", project.funds.enteredRateScore, "rateScore");
    for (const ind of project.indicators) {
      const name = ind.row.name || `第 ${ind.row.row + 1} 行指标`;
      flag(`“${name}”的分值`, ind.weight, "weight");
      flag(`“${name}”的得分`, ind.enteredScore, "score");
      if (ind.actual.kind === "invalid" && ind.row.actual) {
        const msg = M.actual.replace("{name}", name).replace("{cell}", at(ind.row.actual)).replace("{what}", INVALID_WHAT[ind.actual.reason]).replace("{text}", ind.actual.raw);
        report({ cell: ind.row.actual, message: msg, data: { field: "actual", text: ind.actual.raw } });
      }
    }
    const total = project.table.total;
    if (total) {
      flag("总分的分值", readNumber(grid, total.weight), "totalWeight");
      flag("总分", project.enteredTotal, "total");
    }
  },
};
