import type Decimal from "decimal.js";
import { type CellPos, formulaAt, isBlank, valueAt } from "../grid";
import { at, percent, points } from "./format";
import type { Check } from "./types";

const M = {
  message: "{what}（{cell}）是公式“{formula}”，但文件中没有保存它的计算结果（常见于其他软件生成、或关闭了自动重算的文件），无法核对{computed}。该单元格是公式，未改写：请在 Excel 中按 F9 重新计算后保存，再检查一次。",
  computed: "；按规则计算应为 {value}",
};

/**
 * formula-no-result: a formula cell the checks need (an amount, a weight, an actual, a result cell)
 * holds no cached value, so it reads as blank. Without this finding a result cell with the user's
 * formula would be skipped in silence (the plan never overwrites a formula), and an input cell would
 * be reported as "empty" with the wrong advice ("please fill it in").
 */
export const formulaNoResult: Check = {
  code: "formula-no-result",
  severity: "warning",
  description: "单元格是公式，但文件中没有保存计算结果，无法核对（该单元格不会被改写）",
  run({ project, grid, report }) {
    const check = (what: string, pos: CellPos | undefined, computed?: string) => {
      if (!pos) return;
      const formula = formulaAt(grid, pos.row, pos.col);
      if (formula === null || !isBlank(valueAt(grid, pos.row, pos.col))) return;
      report({
        cell: pos,
        message: M.message
          .replace("{what}", what)
          .replace("{cell}", at(pos))
          .replace("{formula}", formula)
          .replace("{computed}", computed === undefined ? "" : M.computed.replace("{value}", computed)),
        data: { formula, computed: computed ?? null },
      });
    };
    const opt = (d: Decimal | null, show: (d: Decimal) => string) => (d === null ? undefined : show(d));
    const f = project.funds;
    const total = f.total;
    if (total) {
      check("年度资金总额的年初预算数", total.initial);
      check("年度资金总额的全年预算数", total.annual);
      check("年度资金总额的全年执行数", total.executed);
      check("执行分值", total.weight);
      check("执行率", total.rate, opt(f.rateShown, percent));
      check("执行得分", total.score, opt(f.rateScore, points));
    }
    for (const ind of project.indicators) {
      const name = `“${ind.row.name || `第 ${ind.row.row + 1} 行指标`}”`;
      check(`${name}的实际完成值`, ind.row.actual);
      check(`${name}的分值`, ind.row.weight);
      const computed = ind.scoring.kind === "quantitative" && !ind.scoring.alignment.suspectFactor ? points(ind.scoring.score) : undefined;
      check(`${name}的得分`, ind.row.score, computed);
    }
    check("总分", project.table.total?.score, opt(project.total, points));
  },
};
