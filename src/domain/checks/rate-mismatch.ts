import { roundHalfUp } from "../score";
import { amount, percent } from "./format";
import { ACTION } from "./messages";
import { defineCheck } from "./types";

/** rate-mismatch: the typed 执行率 differs from 全年执行数 / 全年预算数. */
export const rateMismatch = defineCheck({
  code: "rate-mismatch",
  severity: "warning",
  description: "填写的执行率与“全年执行数 ÷ 全年预算数”不一致",
  messages: {
    differs: "执行率应为 {{computed}}（全年执行数 {{executed}} ÷ 全年预算数 {{annual}}），表中为 {{entered}}：{{action}}",
    asNumber: "执行率应为 {{computed}}，表中写成了数字 {{entered}}（未按百分比格式）：{{action}}",
  },
  run({ project, report }) {
    const f = project.funds;
    const entered = f.enteredRate;
    if (!entered || entered.kind !== "number" || f.rateShown === null || f.rate === null) return;
    const typed = roundHalfUp(entered.value, 4);
    // A cell holds 15 significant digits: a rate written from an absurd amount (1E+20 ÷ 4.5) reads back
    // shortened, and must not be reported again on the next run.
    if (typed.equals(f.rateShown) || typed.equals(f.rateShown.toSignificantDigits(15))) return;
    const action = entered.formula ? ACTION.formula : ACTION.written;
    const details = { computed: f.rateShown.toString(), entered: entered.value.toString() };
    // "93.42" typed for 93.42%: the figure is right but the cell is not a percent.
    if (entered.value.greaterThan(1) && roundHalfUp(entered.value.div(100), 4).equals(f.rateShown)) {
      report({ cell: entered.cell, messageId: "asNumber", data: { computed: percent(f.rateShown), entered: entered.value.toString(), action }, details: { ...details, asNumber: true }, severity: "info" });
      return;
    }
    const data = {
      computed: percent(f.rateShown),
      executed: f.executed?.kind === "number" ? amount(f.executed.value) : "",
      annual: f.annual?.kind === "number" ? amount(f.annual.value) : "",
      entered: percent(entered.value),
      action,
    };
    report({ cell: entered.cell, messageId: "differs", data, details });
  },
});
