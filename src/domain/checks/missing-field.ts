import { formulaAt, isBlank, valueAt } from "../grid";
import { doesNotApply } from "../evaluate/indicator";
import { defineCheck } from "./types";

/** The field a finding is about, in its data. */
type Field = "name" | "funds" | "annual" | "executed" | "expectedGoal" | "actualGoal" | "indicators" | "indicatorName" | "target" | "actual";

const about = (field: Field) => ({ field });

/** missing-field: a field the form requires is empty (project name, budget, goals, indicator parts). */
export const missingField = defineCheck({
  code: "missing-field",
  severity: "warning",
  description: "必填内容为空：项目名称、预算数、执行数、预期目标、实际完成情况、指标名称、指标值或实际完成值",
  messages: {
    name: "缺少项目名称：请在“项目名称”右侧填写项目全称。",
    fundsLine: "没有找到“年度资金总额”行：无法计算执行率，请按标准表样填写项目资金。",
    annual: "“年度资金总额”的全年预算数为空：请填写（单位：{{unit}}）。",
    executed: "“年度资金总额”的全年执行数为空：请填写（单位：{{unit}}）。",
    expected: "“预期目标”为空：请填写年初设定的年度总体目标。",
    actualGoal: "“实际完成情况”为空：请对照预期目标写明实际完成情况。",
    noIndicators: "没有找到绩效指标行：请检查“一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值”表头。",
    indicatorName: "第 {{row}} 行的三级指标名称为空：请填写指标名称。",
    target: "“{{name}}”的年度指标值为空：请填写年初设定的指标值。",
    actual: "“{{name}}”的实际完成值为空：请填写实际完成情况。",
  },
  run({ project, grid, report }) {
    const t = project.table;
    const corner = { row: t.top, col: t.left };
    const blank = (p?: { row: number; col: number }) => p !== undefined && isBlank(valueAt(grid, p.row, p.col));
    if (!project.name) report({ cell: t.fields.name ?? t.labels.name ?? corner, messageId: "name", severity: "error", details: about("name") });
    const total = project.funds.total;
    // A table not yet filled in at year end gets one to-do (year-end-pending) listing these fields.
    const pending = project.yearEndPending;
    if (!total) report({ cell: t.labels.funds ?? corner, messageId: "fundsLine", severity: "error", details: about("funds") });
    else if (!pending) {
      // A formula without a cached result reads as blank: formula-no-result explains it instead.
      if (project.funds.annual?.kind === "empty" && project.funds.annual.formula === null) report({ cell: project.funds.annual.cell, messageId: "annual", data: { unit: t.fundsUnit }, severity: "error", details: about("annual") });
      if (project.funds.executed?.kind === "empty" && project.funds.executed.formula === null) report({ cell: project.funds.executed.cell, messageId: "executed", data: { unit: t.fundsUnit }, severity: "error", details: about("executed") });
    }
    if (blank(t.fields.expectedGoal)) report({ cell: t.fields.expectedGoal, messageId: "expected", details: about("expectedGoal") });
    if (!pending && blank(t.fields.actualGoal)) report({ cell: t.fields.actualGoal, messageId: "actualGoal", details: about("actualGoal") });
    if (project.indicators.length === 0) {
      report({ cell: t.labels.indicators ?? corner, messageId: "noIndicators", severity: "error", details: about("indicators") });
      return;
    }
    // A cell inside a merged area (not its top-left) is empty because of the merge: merge-across
    // reports that once; a missing-field per covered cell would report it again.
    const covered = (p?: { row: number; col: number }) => p !== undefined && grid.merges.some((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right && !(p.row === m.top && p.col === m.left));
    for (const ind of project.indicators) {
      if (doesNotApply(ind)) continue;
      const name = ind.row.name;
      if (!name) report({ cell: ind.row.nameCell, messageId: "indicatorName", data: { row: String(ind.row.row + 1) }, details: about("indicatorName") });
      if (ind.target.kind === "empty" && ind.row.target && !covered(ind.row.target)) report({ cell: ind.row.target, messageId: "target", data: { name: name || "该指标" }, details: about("target") });
      if (!pending && ind.actual.kind === "empty" && ind.row.actual && !covered(ind.row.actual) && formulaAt(grid, ind.row.actual.row, ind.row.actual.col) === null) report({ cell: ind.row.actual, messageId: "actual", data: { name: name || "该指标" }, details: about("actual") });
    }
  },
});
