/**
 * The label vocabulary of real tables, as patterns over `labelText` (white space removed, full-width
 * colon and brackets folded). Patterns are anchored at the start so that a long explanation that
 * happens to mention "项目名称" is not taken for a label.
 */

export const TITLE = /^(项目支出绩效自评表|.*项目绩效目标完成情况自评表|.*项目支出绩效自评表|.*绩效自评表)$/;
export const YEAR = /(?:^|\()?((?:19|20)\d{2})年度?/;

export const PROJECT_NAME = /^项目名称:?/;
export const DEPT = /^(主管部门|主管单位)(及代码)?:?/;
export const UNIT = /^(实施单位|预算单位|执行单位)(及代码)?:?/;

export const FUNDS_GROUP = /^项目资金/;
// "度资金总额": the 年 went to the line above in the original; "资金总额(万元)": the unit in the label.
export const FUND_TOTAL = /^(年?度)?(项目)?资金总额(\((万元|元)\))?:?$/;
/** A 合计 line printed under the source lines (中央资金 / 省级资金 / 县级资金 / 合计) is the total. */
export const FUND_SUM = /^(资金)?(合计|总计)(\((万元|元)\))?:?$/;
export const FUND_FISCAL = /^(其中:?)?(当年|本年|年度)?财政(拨款|资金)/;
export const FUND_CARRYOVER = /^(其中:?)?上年结转/;
export const FUND_OTHER = /^(其中:?)?其他资金/;

export const FUND_HEADER_INITIAL = /^年初预算(数|金额)?/;
export const FUND_HEADER_ANNUAL = /^(全年)?预算(数|金额)?(\(.*\))?$|^全年预算/;
export const FUND_HEADER_EXECUTED = /^(全年)?执行数|^全年执行|^实际(执行|支出)/;
export const FUND_HEADER_WEIGHT = /^(分值|权重)/;
export const FUND_HEADER_RATE = /^执行率/;
export const FUND_HEADER_SCORE = /^得分/;

// "年度总体目标完成情况" is the actual column of the goal block (GOAL_ACTUAL), not its group label.
export const GOAL_GROUP = /^(年度)?总体目标(?!.*完成情况$)/;
export const GOAL_EXPECTED = /^(预期目标|年度目标)(?!.*完成情况$)/;
export const GOAL_ACTUAL = /^实际完成情况|^(年度)?(总体)?目标(实际)?完成情况$/;
export const GOAL_ACTUAL_STRICT = /^实际完成情况/;

export const INDICATORS_GROUP = /^绩效指标$/;
export const IND_LEVEL1 = /^一级指标/;
export const IND_LEVEL2 = /^二级指标/;
export const IND_LEVEL3 = /^三级指标/;
export const IND_NATURE = /^指标性质/;
// "全年实际值", "年度实际完成值": provinces put the period in front.
export const IND_ACTUAL = /^(全年|年度)?实际(完成)?(指标)?值|^(全年|年度)?实际完成|^(全年|年度)?完成值/;
// "预期指标值", "年度目标值", "计划指标值" name the same column.
export const IND_TARGET = /^(年度|预期|计划)?(指标值|目标值)/;
export const IND_UNIT = /^(度量|计量)单位/;
export const IND_WEIGHT = /^(指标)?(分值|权重)/;
export const IND_SCORE = /^(自评)?得分/;
// "未完成原因及拟采取的改进措施", "存在问题及改进措施" name the same column.
export const IND_EXPLANATION = /^偏差|原因分析|原因及|改进措施$/;

export const TOTAL = /^(总分|合计|总计)(:|$)/;

/** "指标 1: 受益人数", "指标2：受益人数", "1.受益人数" → "受益人数". */
export function stripIndicatorPrefix(name: string): string {
  return name.replace(/^\s*指标\s*[0-9０-９]+\s*[:：.、．]\s*/, "").replace(/^\s*[0-9０-９]+\s*[.、．]\s*(?=\D)/, "").trim();
}
