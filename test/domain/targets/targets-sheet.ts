/**
 * Small 项目支出绩效目标表 sheets for the import tests, laid out as seed 004 prints them (five
 * columns: labels | 一级 | 二级 | 三级 | 指标值), with the 项目资金 lines and indicator rows given
 * cell by cell, so that a test can write a blank, "—", "20.0万元" or a placeholder row where it wants.
 */
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeArea } from "../../../src/domain/grid";
import { rangeAddress } from "../../../src/domain/grid";
import type { Seed004Table } from "../../../scripts/fixtures/seed004";

export interface TargetsSpec {
  name: string;
  dept?: string;
  unit?: string;
  year?: number;
  /** The 项目资金 lines: label cell and amount cell, as printed. */
  funds: [label: string, amount: CellValue][];
  goal?: string;
  /** 一级 | 二级 | 三级 | 指标值 of each row, as printed (null: a blank cell). */
  indicators: [CellValue, CellValue, CellValue, CellValue][];
}

/** Rows and merges (sheet coordinates) of one targets table whose title is on sheet row `top` (0-based). */
export function targetsTable(spec: TargetsSpec, top: number): { rows: CellValue[][]; merges: MergeArea[] } {
  const rows: CellValue[][] = [
    ["项目支出绩效目标表", null, null, null, null],
    [`（${spec.year ?? 2024}年度）`, null, null, null, null],
    ["项目名称", spec.name, null, null, null],
    ["主管部门及代码", spec.dept ?? "[054]怀远县医疗保障局", null, "实施单位", spec.unit ?? "怀远县医疗保障基金管理中心"],
    ["项目来源", "本级申报项目", null, "项目期", "1年"],
  ];
  const m = (r0: number, c0: number, r1: number, c1: number): MergeArea => ({ top: top + r0, left: c0, bottom: top + r1, right: c1 });
  const merges: MergeArea[] = [m(0, 0, 0, 4), m(1, 0, 1, 4), m(2, 1, 2, 4), m(3, 1, 3, 2), m(4, 1, 4, 2)];
  const fundTop = rows.length;
  spec.funds.forEach(([label, amount], i) => {
    rows.push([i === 0 ? "项目资金\n（万元）" : null, label, null, amount, null]);
    merges.push(m(fundTop + i, 1, fundTop + i, 2), m(fundTop + i, 3, fundTop + i, 4));
  });
  if (spec.funds.length > 1) merges.push(m(fundTop, 0, fundTop + spec.funds.length - 1, 0));
  const goalRow = rows.length;
  rows.push(["年度\n目标", spec.goal ?? "为参保群众提供医疗保障服务。", null, null, null]);
  merges.push(m(goalRow, 1, goalRow, 4));
  const header = rows.length;
  rows.push(["绩\n效\n指\n标", "一级\n指标", "二级指标", "三级指标", "指标值"]);
  const first = rows.length;
  for (const [l1, l2, name, target] of spec.indicators) rows.push([null, l1, l2, name, target]);
  merges.push(m(header, 0, rows.length - 1, 0));
  // 一级 / 二级 printed once per run of equal values, merged down, as on the printed form.
  for (const col of [1, 2]) {
    let start = first;
    for (let r = first + 1; r <= rows.length; r++) {
      const same = r < rows.length && rows[r][col] !== null && rows[r][col] === rows[start][col] && (col === 1 || rows[r][1] === null);
      if (same) continue;
      if (r - 1 > start) {
        for (let k = start + 1; k < r; k++) rows[k][col] = null;
        merges.push(m(start, col, r - 1, col));
      }
      start = r;
    }
  }
  return { rows, merges };
}

/** One sheet holding these tables stacked, two blank rows apart. */
export function targetsGrid(specs: TargetsSpec[], sheet = "目标表"): Grid {
  const values: CellValue[][] = [];
  const merges: MergeArea[] = [];
  specs.forEach((spec, i) => {
    if (i > 0) values.push([], []);
    const t = targetsTable(spec, values.length);
    values.push(...t.rows);
    merges.push(...t.merges);
  });
  return { sheet, top: 0, left: 0, values, merges };
}

/** A workbook with these grids as sheets (values and merges), for the exceljs path. */
export function workbookOf(grids: Grid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(g.top + r + 1, g.left + c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const mg of g.merges) ws.mergeCells(rangeAddress(mg.top, mg.left, mg.bottom, mg.right));
  }
  return wb;
}

/** "5052.0" as the seed prints an amount (PDF text pasted into Excel: a text cell with spaces). */
export function printedAmount(n: number): string {
  return `      ${Number.isInteger(n) ? n.toFixed(1) : String(n)} `;
}

/** A seed-004 table as its PDF prints it, with the given 项目资金 lines instead of the seed's three. */
export function seed004Spec(t: Seed004Table, funds?: TargetsSpec["funds"]): TargetsSpec {
  return {
    name: t.name,
    dept: t.dept,
    unit: t.unit,
    year: t.year,
    goal: t.goal,
    funds: funds ?? [
      [" 年度资金总额：", printedAmount(t.funds.total)],
      ["   其中：财政拨款", printedAmount(t.funds.fiscal)],
      ["         其他资金", printedAmount(t.funds.other)],
    ],
    indicators: t.indicators.map((ind) => [ind.level1 || null, ind.level2, ind.name, ind.target]),
  };
}
