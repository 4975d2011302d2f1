import { displayText, valueAt } from "../grid";
import { profileNumbers } from "../profiles/numbers";
import { executionFigures } from "../drafts/figures";
import { percent } from "./format";
import { defineCheck } from "./types";

/** Words that show an explanation of unspent money was written. */
const EXPLAINS_SPENDING = /执行率|结余|节余|节约|未支付|未执行|未拨付|未使用|未用完|未到位|尚未支出|支出进度|结转|资金未|预算未|未支出/;

/** execution-low: an execution rate below the profile's threshold with no explanation anywhere. */
export const executionLow = defineCheck({
  code: "execution-low",
  severity: "warning",
  description: "预算执行率低于规则方案的门槛（全国通用为 90%）且没有说明原因",
  messages: {
    low: "执行率 {{rate}} 低于 {{threshold}}，但没有看到说明：请在“实际完成情况”或“偏差原因分析及改进措施”中说明资金未执行完的原因和改进措施。",
  },
  run({ project, profile, grid, report }) {
    const f = project.funds;
    const threshold = profileNumbers(profile).executionExplainBelow;
    if (f.rate === null || !f.rate.lessThan(threshold)) return;
    const t = project.table;
    const texts = [t.fields.actualGoal ? displayText(valueAt(grid, t.fields.actualGoal.row, t.fields.actualGoal.col)) : "", ...project.indicators.map((i) => i.explanation)];
    if (texts.some((s) => EXPLAINS_SPENDING.test(s))) return;
    const cell = f.enteredRate?.cell ?? f.executed?.cell ?? f.total?.labelCell;
    // The form has no 偏差原因 cell for the funds: a draft goes after the text of 实际完成情况.
    const figures = executionFigures(project, threshold);
    report({
      cell,
      messageId: "low",
      data: { rate: percent(f.rateShown ?? f.rate), threshold: percent(threshold) },
      details: { rate: f.rate.toString(), threshold: threshold.toString() },
      draft: figures ? { figures, cell: t.fields.actualGoal, append: true } : undefined,
    });
  },
});
