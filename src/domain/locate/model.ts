/** What the locator produces: the tables found on a sheet, their fund lines and indicator rows, as cell positions. */
import type { CellPos } from "../grid";

/** The two layouts the locator reads. */
export type TableVariant = "national" | "sichuan";

export type FundLineKind = "total" | "fiscal" | "carryover" | "other";

/** One line of 项目资金 (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金). */
export interface FundLine {
  kind: FundLineKind;
  row: number;
  labelCell: CellPos;
  /**
   * The 年度资金总额 line taken by its place (the first figure line under the funds header) because
   * its label was not recognised; reported as an info finding.
   */
  assumed?: boolean;
  initial?: CellPos; // 年初预算数
  annual?: CellPos; // 全年预算数 (Sichuan: the only figure, 年度资金总额)
  executed?: CellPos; // 全年执行数
  weight?: CellPos; // 分值
  rate?: CellPos; // 执行率
  score?: CellPos; // 得分
}

/** One row of the 绩效指标 block. */
export interface IndicatorRow {
  row: number;
  /** 一级 / 二级 indicator labels in force on this row (merged labels carried down). */
  level1: string;
  level2: string;
  level1Cell?: CellPos;
  /** 三级指标 text, "指标 1:" prefixes removed. */
  name: string;
  nameCell: CellPos;
  target?: CellPos; // 年度指标值 / 指标值
  unit?: CellPos; // Sichuan 度量单位
  nature?: CellPos; // Sichuan 指标性质 (≥ / ≤ / ＝ / 定性)
  actual?: CellPos; // 实际完成值 / 实际完成指标值
  weight?: CellPos; // 分值 / 权重
  score?: CellPos; // 得分
  explanation?: CellPos; // 偏差原因分析及改进措施
}

/** A self-evaluation table found on a sheet by its labels. */
export interface LocatedTable {
  sheet: string;
  variant: TableVariant;
  /** Inclusive bounds in sheet coordinates. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  year?: number;
  /** Value cells of the header fields, where found; label cells for pointing at a missing value. */
  fields: {
    name?: CellPos;
    dept?: CellPos;
    unit?: CellPos;
    expectedGoal?: CellPos; // 预期目标 / 年度目标 text
    actualGoal?: CellPos; // 实际完成情况 text
  };
  labels: {
    name?: CellPos;
    dept?: CellPos;
    unit?: CellPos;
    goal?: CellPos;
    funds?: CellPos;
    indicators?: CellPos;
  };
  funds: FundLine[];
  /** The money unit of the funds block: 元 where its labels say so ("项目资金（元）"), else 万元. */
  fundsUnit: "元" | "万元";
  indicatorHeaderRow?: number;
  indicators: IndicatorRow[];
  total?: { row: number; labelCell: CellPos; weight?: CellPos; score?: CellPos };
}

