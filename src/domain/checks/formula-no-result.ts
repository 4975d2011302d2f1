import type Decimal from "decimal.js";
import { type CellPos, formulaAt, isBlank, valueAt } from "../grid";
import type { IndicatorRow } from "../locate/model";
import { at, percent, points } from "./format";
import { formatMessage } from "./messages";
import { defineCheck } from "./types";

/** Said in the message when the rules give the cell a value. */
const COMPUTED = "；按规则计算应为 {{value}}";

/**
 * formula-no-result: a formula cell the checks need (an amount, a weight, an actual, a result cell)
 * holds no cached value, so it reads as blank. Without this finding a result cell with the user's
 * formula would be skipped in silence (the plan never overwrites a formula), and an input cell would
 * be reported as "empty" with the wrong advice ("please fill it in").
 */
export const formulaNoResult = defineCheck({
  code: "formula-no-result",
  severity: "warning",
  description: "单元格是公式，但文件中没有保存计算结果，无法核对（该单元格不会被改写）",
  messages: {
    noResult: "{{what}}（{{cell}}）是公式“{{formula}}”，但文件中没有保存它的计算结果（常见于其他软件生成、或关闭了自动重算的文件），无法核对{{computed}}。该单元格是公式，未改写：请在 Excel 中按 F9 重新计算后保存，再检查一次。",
  },
  run({ project, grid, report }) {
    const missing = (pos: CellPos | undefined): pos is CellPos => pos !== undefined && formulaAt(grid, pos.row, pos.col) !== null && isBlank(valueAt(grid, pos.row, pos.col));
    // Called only for a cell that is missing its result: labels and values are put into words then.
    const flag = (what: string, pos: CellPos, computed?: string) => {
      const formula = formulaAt(grid, pos.row, pos.col) ?? "";
      report({
        cell: pos,
        messageId: "noResult",
        data: { what, cell: at(pos), formula, computed: computed === undefined ? "" : formatMessage(COMPUTED, { value: computed }) },
        details: { formula, computed: computed ?? null },
      });
    };
    const opt = (d: Decimal | null, show: (d: Decimal) => string) => (d === null ? undefined : show(d));
    const f = project.funds;
    const total = f.total;
    if (total) {
      if (missing(total.initial)) flag("年度资金总额的年初预算数", total.initial);
      if (missing(total.annual)) flag("年度资金总额的全年预算数", total.annual);
      if (missing(total.executed)) flag("年度资金总额的全年执行数", total.executed);
      if (missing(total.weight)) flag("执行分值", total.weight);
      if (missing(total.rate)) flag("执行率", total.rate, opt(f.rateShown, percent));
      if (missing(total.score)) flag("执行得分", total.score, opt(f.rateScore, points));
    }
    for (const ind of project.indicators) {
      const { actual, weight, score } = ind.row;
      if (missing(actual)) flag(`${nameOf(ind.row)}的实际完成值`, actual);
      if (missing(weight)) flag(`${nameOf(ind.row)}的分值`, weight);
      if (missing(score)) {
        const sc = ind.scoring;
        flag(`${nameOf(ind.row)}的得分`, score, sc.kind === "quantitative" && !sc.alignment.suspectFactor ? points(sc.score) : undefined);
      }
    }
    const totalScore = project.table.total?.score;
    if (missing(totalScore)) flag("总分", totalScore, opt(project.total, points));
  },
});

function nameOf(row: IndicatorRow): string {
  return `“${row.name || `第 ${row.row + 1} 行指标`}”`;
}
