import type { CellValue, Grid, MergeArea } from "../../src/domain/grid";
import { parseAddress } from "../../src/domain/grid";

/** Builds a Grid from rows of cells, placed with its top-left corner at `at` ("A1" by default). */
export function gridOf(rows: CellValue[][], options: { sheet?: string; at?: string; merges?: string[]; formulas?: Record<string, string> } = {}): Grid {
  const origin = parseAddress(options.at ?? "A1");
  const merges: MergeArea[] = (options.merges ?? []).map((m) => {
    const [a, b] = m.split(":").map(parseAddress);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  let formulas: (string | null)[][] | undefined;
  if (options.formulas) {
    formulas = rows.map((r) => r.map(() => null));
    for (const [addr, f] of Object.entries(options.formulas)) {
      const p = parseAddress(addr);
      formulas[p.row - origin.row][p.col - origin.col] = f;
    }
  }
  return { sheet: options.sheet ?? "Sheet1", top: origin.row, left: origin.col, values: rows, formulas, merges };
}

/**
 * A small national-form table (9 columns) in the canonical layout, with overridable parts, so a
 * check's valid and invalid cases differ only where they should.
 */
export interface TableSpec {
  name?: CellValue;
  dept?: CellValue;
  unit?: CellValue;
  year?: string;
  funds?: { initial?: CellValue; annual?: CellValue; executed?: CellValue; weight?: CellValue; rate?: CellValue; score?: CellValue };
  subLines?: [CellValue, CellValue, CellValue][];
  expected?: CellValue;
  actual?: CellValue;
  indicators?: { l1?: CellValue; l2?: CellValue; name: CellValue; target: CellValue; actual: CellValue; weight: CellValue; score: CellValue; why?: CellValue }[];
  totalWeight?: CellValue;
  totalScore?: CellValue;
}

export const DEFAULT_INDICATORS: NonNullable<TableSpec["indicators"]> = [
  { l1: "产出指标(50分)", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 8, weight: 20, score: 20 },
  { l2: "质量指标", name: "改善职工伙食质量", target: "明显改善", actual: "达成预期指标", weight: 10, score: 10 },
  { l2: "时效指标", name: "补助发放及时率", target: "≥95%", actual: 100, weight: 10, score: 10 },
  { l2: "成本指标", name: "人均补助标准", target: "＝470元/月", actual: 470, weight: 10, score: 10 },
  { l1: "效益指标(30分)", l2: "社会效益指标", name: "职工获得感", target: "增加", actual: "达成预期指标", weight: 30, score: 30 },
  { l1: "满意度指标(10分)", l2: "满意度指标", name: "职工满意度", target: "≥98%", actual: 98, weight: 10, score: 10 },
];

/** Rows of a canonical table; the fund total is on row 6 (D6:I6) and indicators start on row 13. */
export function tableRows(spec: TableSpec = {}): CellValue[][] {
  const f = { initial: 4.5, annual: 4.5, executed: 4.5, weight: 10, rate: 1, score: 10, ...spec.funds };
  const subs = spec.subLines ?? [
    [4.5, 4.5, 4.5],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const inds = spec.indicators ?? DEFAULT_INDICATORS;
  const rows: CellValue[][] = [
    ["项目支出绩效自评表", null, null, null, null, null, null, null, null],
    [spec.year ?? "（2023年度）", null, null, null, null, null, null, null, null],
    ["项目名称", spec.name === undefined ? "食堂经费" : spec.name, null, null, null, null, null, null, null],
    ["主管部门", spec.dept === undefined ? "054-怀远县医疗保障局" : spec.dept, null, null, null, "实施单位", spec.unit === undefined ? "054001-怀远县医疗保障局" : spec.unit, null, null],
    ["项目资金（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额：", null, f.initial, f.annual, f.executed, f.weight, f.rate, f.score],
    [null, "其中：本年财政拨款", null, subs[0][0], subs[0][1], subs[0][2], "—", null, "—"],
    [null, "上年结转资金", null, subs[1][0], subs[1][1], subs[1][2], "—", null, "—"],
    [null, "其他资金", null, subs[2][0], subs[2][1], subs[2][2], "—", null, "—"],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null],
    [null, spec.expected === undefined ? "为单位职工提供食堂伙食费补助。" : spec.expected, null, null, null, spec.actual === undefined ? "完成率100%，达到了预期目标。" : spec.actual, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  for (const i of inds) rows.push([null, i.l1 ?? null, i.l2 ?? null, i.name, i.target, i.actual, i.weight, i.score, i.why ?? null]);
  rows.push(["总分", null, null, null, null, null, spec.totalWeight === undefined ? 100 : spec.totalWeight, spec.totalScore === undefined ? 100 : spec.totalScore, null]);
  return rows;
}

/** Merges of the canonical layout for a table at A1 with `n` indicator rows. */
export function tableMerges(n: number): string[] {
  const last = 12 + n;
  return ["A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "B5:C5", "B6:C6", "B7:C7", "B8:C8", "B9:C9", "A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11", `A12:A${last}`, `A${last + 1}:F${last + 1}`];
}

export function tableGrid(spec: TableSpec = {}, sheet = "Sheet1"): Grid {
  const rows = tableRows(spec);
  return gridOf(rows, { sheet, merges: tableMerges((spec.indicators ?? DEFAULT_INDICATORS).length) });
}
