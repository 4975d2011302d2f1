import Decimal from "decimal.js";
import { numberOf } from "../evaluate/read-number";
import { amount } from "./format";
import { defineCheck } from "./types";

const LINE_NAME = { total: "年度资金总额", fiscal: "财政拨款", carryover: "上年结转", other: "其他资金" } as const;
const COLUMN_WHAT = { initial: "年初预算数", annual: "全年预算数", executed: "全年执行数" } as const;

/** budget-inconsistent: sub-lines that do not add up, spending above budget, negative or zero budgets. */
export const budgetInconsistent = defineCheck({
  code: "budget-inconsistent",
  severity: "error",
  description: "项目资金前后矛盾：分项合计不等于总额、执行数超过预算数、金额为负、预算为 0 却有支出",
  messages: {
    subLines: "{{what}}：其中各项（{{parts}}）合计 {{sum}} {{unit}}，与年度资金总额 {{total}} {{unit}}不一致，请核对。",
    overBudget: "全年执行数 {{executed}} {{unit}}超过全年预算数 {{annual}} {{unit}}：请核对执行数，或说明超预算原因。",
    negative: "{{what}}为负数（{{value}}）：金额不能为负，请核对。",
    zeroBudget: "全年预算数为 0 却有执行数 {{executed}} {{unit}}：请核对预算数。",
  },
  run({ project, report }) {
    const unit = project.table.fundsUnit;
    const total = project.funds.figures.find((f) => f.line.kind === "total");
    if (!total) return;
    const subs = project.funds.figures.filter((f) => f.line.kind !== "total");
    for (const key of ["initial", "annual", "executed"] as const) {
      const totalCell = total[key];
      const t = numberOf(totalCell);
      for (const figures of project.funds.figures) {
        const v = numberOf(figures[key]);
        const at = figures.line[key];
        if (v !== null && v.isNegative() && at) report({ cell: at, messageId: "negative", data: { what: COLUMN_WHAT[key], value: amount(v) }, details: { column: key, value: v.toString() } });
      }
      if (t === null || subs.length === 0 || !totalCell) continue;
      const values = subs.map((f) => f[key]);
      if (values.every((c) => !c || c.kind === "empty") || values.some((c) => c?.kind === "not-a-number")) continue;
      const sum = values.reduce((acc, c) => acc.plus(numberOf(c) ?? 0), new Decimal(0));
      // A form that prints only some sources (年度资金总额 and 其中：财政拨款, no 上年结转 / 其他资金
      // line) leaves the rest unsaid: only parts adding up to more than the whole are a contradiction.
      const partial = !(["fiscal", "carryover", "other"] as const).every((kind) => subs.some((f) => f.line.kind === kind));
      if (partial ? sum.greaterThan(t) : !sum.equals(t)) {
        const parts = subs.map((f, i) => `${LINE_NAME[f.line.kind]} ${amount(numberOf(values[i]) ?? new Decimal(0))}`).join(" + ");
        report({ cell: totalCell.cell, messageId: "subLines", data: { what: COLUMN_WHAT[key], parts, sum: amount(sum), total: amount(t), unit }, details: { column: key, sum: sum.toString(), total: t.toString() } });
      }
    }
    const a = numberOf(project.funds.annual);
    const e = numberOf(project.funds.executed);
    if (a !== null && e !== null && project.funds.executed) {
      if (a.isZero() && e.greaterThan(0)) report({ cell: project.funds.annual!.cell, messageId: "zeroBudget", data: { executed: amount(e), unit }, details: { annual: "0", executed: e.toString() } });
      else if (e.greaterThan(a) && a.greaterThan(0)) report({ cell: project.funds.executed.cell, messageId: "overBudget", data: { executed: amount(e), annual: amount(a), unit }, details: { annual: a.toString(), executed: e.toString() } });
    }
  },
});
