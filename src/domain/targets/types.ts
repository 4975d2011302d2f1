/** A 项目支出绩效目标表 (the start-of-year targets of one project), as read from a sheet. */

/** A line of 项目资金: 年度资金总额, 其中：财政拨款, 上年结转资金, 其他资金. */
export type TargetFundLine = "total" | "fiscal" | "carryover" | "other";

export interface TargetIndicator {
  /** 一级指标 in force on the row; inferred from the 二级指标 when the sheet leaves it out or contradicts it. */
  level1: string;
  level2: string;
  /** 三级指标 */
  name: string;
  /** 指标值 as written ("≥111080人次", "全覆盖"); a number cell stays a number. */
  target: string | number | null;
  /** Set when level1 was not written on the row's 一级 column and had to be inferred from level2. */
  level1Inferred?: boolean;
  /** A1 address of the 三级指标 cell. */
  cell: string;
}

export interface TargetTable {
  sheet: string;
  /** A1 range the table covers. */
  range: string;
  year?: number;
  name: string;
  /** 主管部门及代码 */
  dept: string;
  /** 实施单位 */
  unit: string;
  /** 项目来源 */
  source?: string;
  /** 项目期 */
  period?: string;
  /**
   * 项目资金（万元）: 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金, in 万元 as printed;
   * null when the line is missing, blank, or holds no number ("—", "无").
   */
  funds: Record<TargetFundLine, number | null>;
  /** The 项目资金 lines the table prints (with an amount or blank), in the order printed. */
  fundLines: TargetFundLine[];
  /** 年度目标 */
  goal: string;
  indicators: TargetIndicator[];
}
