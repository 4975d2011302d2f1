import type { FundLineKind, IndicatorRow } from "../locate/model";
import type { NumberCell } from "../evaluate/model";
import { at } from "./format";
import { formatMessage } from "./messages";
import { doesNotApply } from "../evaluate/indicator";
import { defineCheck } from "./types";

/** What to do, after the message: by what the cell holds. */
const HINT = {
  unit: "请只填数字，单位写在表头（本表金额单位为{{unit}}）。",
  error: "这是 Excel 错误值，请检查公式或改填数字。",
  boolean: "逻辑值不能作为数字，请改填数字。",
  date: "日期不能作为数字，请检查单元格格式后改填数字。",
  words: "请改用阿拉伯数字填写。",
};
const INVALID_WHAT = { "error-value": "错误值", boolean: "逻辑值", date: "日期" } as const;

const FUND_KEYS = ["initial", "annual", "executed"] as const;
const FUND_WHAT = { initial: "年初预算数", annual: "全年预算数", executed: "全年执行数" } as const;
const LINE_WHAT = { total: "年度资金总额", fiscal: "财政拨款", carryover: "上年结转资金", other: "其他资金" } as const satisfies Record<FundLineKind, string>;

/** The cell a finding is about, in its data: a fund line's amount ("total.annual"), a weight, a score, … */
type Field = `${FundLineKind}.${(typeof FUND_KEYS)[number]}` | "executionWeight" | "rate" | "rateScore" | "weight" | "score" | "actual" | "totalWeight" | "total";

function hintFor(cell: NumberCell, unit: string): string {
  const raw = cell.raw;
  if (typeof raw === "boolean") return HINT.boolean;
  if (cell.kind === "not-a-number" && cell.date) return HINT.date;
  if (typeof raw === "object" && raw !== null) return HINT.error;
  if (typeof raw === "string" && /\d/.test(raw)) return formatMessage(HINT.unit, { unit });
  return HINT.words;
}

/** not-a-number: text, an error value, a boolean or a date where an amount, weight or score belongs. */
export const notANumber = defineCheck({
  code: "not-a-number",
  severity: "error",
  description: "金额、分值、得分或执行率单元格中是文字、错误值、逻辑值或日期，而不是数字",
  messages: {
    notANumber: "{{what}}（{{cell}}）应为数字，现为“{{text}}”：{{hint}}",
    invalidActual: "“{{name}}”的实际完成值（{{cell}}）是{{what}}“{{text}}”，不是完成情况：请改填实际完成的数值或文字。",
  },
  run({ project, report }) {
    // Callers put a cell's name into words only when the cell is not a number.
    const flag = (cell: NumberCell | null, field: Field, what: string) => {
      if (!cell || cell.kind !== "not-a-number") return;
      report({
        cell: cell.cell,
        messageId: "notANumber",
        data: { what, cell: at(cell.cell), text: cell.text, hint: hintFor(cell, project.table.fundsUnit) },
        details: { field, text: cell.text },
      });
    };
    const bad = (cell: NumberCell | null): cell is NumberCell => cell?.kind === "not-a-number";
    for (const figures of project.funds.figures) {
      const kind = figures.line.kind;
      for (const key of FUND_KEYS) if (bad(figures[key])) flag(figures[key], `${kind}.${key}`, `${LINE_WHAT[kind]}的${FUND_WHAT[key]}`);
    }
    flag(project.funds.weight, "executionWeight", "执行分值");
    flag(project.funds.enteredRate, "rate", "执行率");
    flag(project.funds.enteredRateScore, "rateScore", "执行得分");
    for (const ind of project.indicators) {
      // 无 in the 分值 of a row that does not apply (无此指标 | 无 | 无 | 无 | 无) is no number gone wrong.
      if (doesNotApply(ind)) continue;
      if (bad(ind.weight)) flag(ind.weight, "weight", `“${nameOf(ind.row)}”的分值`);
      if (bad(ind.enteredScore)) flag(ind.enteredScore, "score", `“${nameOf(ind.row)}”的得分`);
      if (ind.actual.kind === "invalid" && ind.row.actual) {
        const data = { name: nameOf(ind.row), cell: at(ind.row.actual), what: INVALID_WHAT[ind.actual.reason], text: ind.actual.raw };
        report({ cell: ind.row.actual, messageId: "invalidActual", data, details: { field: "actual" satisfies Field, text: ind.actual.raw } });
      }
    }
    const total = project.table.total;
    if (total) {
      flag(project.totalWeight, "totalWeight", "总分的分值");
      flag(project.enteredTotal, "total", "总分");
    }
  },
});

function nameOf(row: IndicatorRow): string {
  return row.name || `第 ${row.row + 1} 行指标`;
}
