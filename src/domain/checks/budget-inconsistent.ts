import Decimal from "decimal.js";
import { readNumber, numberOf } from "../evaluate/read-number";
import { amount } from "./format";
import type { Check } from "./types";

const M = {
  subLines: "{what}：其中各项（{parts}）合计 {sum} 万元，与年度资金总额 {total} 万元不一致，请核对。",
  overBudget: "全年执行数 {executed} 万元超过全年预算数 {annual} 万元：请核对执行数，或说明超预算原因。",
  negative: "{what}为负数（{value}）：金额不能为负，请核对。",
  zeroBudget: "全年预算数为 0 却有执行数 {executed} 万元：请核对预算数。",
};

const LINE_NAME = { total: "年度资金总额", fiscal: "财政拨款", carryover: "上年结转", other: "其他资金" } as const;
const COLUMN_WHAT = { initial: "年初预算数", annual: "全年预算数", executed: "全年执行数" } as const;

/** budget-inconsistent: sub-lines that do not add up, spending above budget, negative or zero budgets. */
export const budgetInconsistent: Check = {
  code: "budget-inconsistent",
  severity: "error",
  description: "项目资金前后矛盾：分项合计不等于总额、执行数超过预算数、金额为负、预算为 0 却有支出",
  run({ project, grid, report }) {
    const total = project.funds.total;
    if (!total) return;
    const subs = project.funds.lines.filter((l) => l.kind !== "total");
    for (const key of ["initial", "annual", "executed"] as const) {
      const totalCell = readNumber(grid, total[key]);
      const t = numberOf(totalCell);
      for (const line of project.funds.lines) {
        const v = numberOf(readNumber(grid, line[key]));
        if (v !== null && v.isNegative() && line[key]) report({ cell: line[key], message: M.negative.replace("{what}", COLUMN_WHAT[key]).replace("{value}", amount(v)), data: { column: key, value: v.toString() } });
      }
      if (t === null || subs.length === 0 || !totalCell) continue;
      const values = subs.map((l) => readNumber(grid, l[key]));
      if (values.every((c) => !c || c.kind === "empty") || values.some((c) => c?.kind === "not-a-number")) continue;
      const sum = values.reduce((acc, c) => acc.plus(numberOf(c) ?? 0), new Decimal(0));
      if (!sum.equals(t)) {
        const parts = subs.map((l, i) => `${LINE_NAME[l.kind]} ${amount(numberOf(values[i]) ?? new Decimal(0))}`).join(" + ");
        report({ cell: totalCell.cell, message: M.subLines.replace("{what}", COLUMN_WHAT[key]).replace("{parts}", parts).replace("{sum}", amount(sum)).replace("{total}", amount(t)), data: { column: key, sum: sum.toString(), total: t.toString() } });
      }
    }
    const a = numberOf(project.funds.annual);
    const e = numberOf(project.funds.executed);
    if (a !== null && e !== null && project.funds.executed) {
      if (a.isZero() && e.greaterThan(0)) report({ cell: project.funds.annual!.cell, message: M.zeroBudget.replace("{executed}", amount(e)), data: { annual: "0", executed: e.toString() } });
      else if (e.greaterThan(a) && a.greaterThan(0)) report({ cell: project.funds.executed.cell, message: M.overBudget.replace("{executed}", amount(e)).replace("{annual}", amount(a)), data: { annual: a.toString(), executed: e.toString() } });
    }
  },
};
