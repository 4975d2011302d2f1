/**
 * The standard template as data (buildTemplate) and written with exceljs (writeSheetSpec): cells,
 * roles, merges, formats and validations read back from a saved file, and the checker finds the
 * table in it.
 */
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/domain/engine";
import { locateTables } from "../../../src/domain/locate";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { buildTemplate, nationalPositions, sichuanPositions } from "../../../src/domain/template";
import type { SheetSpec } from "../../../src/domain/template/types";
import { gridsFromWorkbook } from "../../../src/xlsx/read";
import { ROLE_FILLS, writeSheetSpec } from "../../../src/xlsx/template";
import { nationalCells } from "../../../scripts/fixtures/layouts";
import { seed000Tables } from "../../../scripts/fixtures/seed000";

async function roundTrip(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) writeSheetSpec(wb, s);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return out;
}

const cellOf = (spec: SheetSpec, address: string) => spec.cells.find((c) => c.address === address);
const fillOf = (ws: ExcelJS.Worksheet, address: string) => (ws.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("national template", () => {
  const spec = buildTemplate({
    profile: NATIONAL_PROFILE,
    year: 2024,
    project: { name: "食堂经费", dept: "某县医疗保障局", unit: "某县医疗保障事务中心", initial: 14.1, annual: 14.1, fiscal: { initial: 14.1, annual: 14.1 }, goal: "保障职工伙食" },
  });

  test("the canonical layout: labels, inputs, results where the fixtures put them", () => {
    expect(spec.name).toBe("食堂经费");
    expect(cellOf(spec, "A1")).toMatchObject({ value: "项目支出绩效自评表", role: "title", heading: true });
    expect(cellOf(spec, "A2")).toMatchObject({ value: "（2024年度）" });
    expect(cellOf(spec, "A3")).toMatchObject({ value: "项目名称", role: "label" });
    expect(cellOf(spec, "B3")).toMatchObject({ value: "食堂经费", role: "input" });
    expect(cellOf(spec, "G4")).toMatchObject({ value: "某县医疗保障事务中心", role: "input" });
    expect(cellOf(spec, "D6")).toMatchObject({ value: 14.1, role: "input", numFmt: "#,##0.00##" });
    expect(cellOf(spec, "E6")).toMatchObject({ value: 14.1, role: "input" });
    expect(cellOf(spec, "F6")).toMatchObject({ value: null, role: "input" });
    expect(cellOf(spec, "G6")).toMatchObject({ value: 10, role: "label" });
    expect(cellOf(spec, "H6")).toMatchObject({ value: null, role: "result", numFmt: "0.00%" });
    expect(cellOf(spec, "I6")).toMatchObject({ value: null, role: "result", numFmt: "0.00" });
    expect(cellOf(spec, "G7")).toMatchObject({ value: "—", role: "label" });
    expect(cellOf(spec, "B11")).toMatchObject({ value: "保障职工伙食", role: "input", align: "left" });
    // Skeleton: 4 产出 + 4 效益 + 1 满意度 rows, with 一级 / 二级 written.
    expect(cellOf(spec, "B13")).toMatchObject({ value: "产出指标", role: "input" });
    expect(cellOf(spec, "C16")).toMatchObject({ value: "成本指标" });
    expect(cellOf(spec, "B17")).toMatchObject({ value: "效益指标" });
    expect(cellOf(spec, "B21")).toMatchObject({ value: "满意度指标" });
    expect(cellOf(spec, "C21")).toMatchObject({ value: "服务对象满意度指标" });
    expect(cellOf(spec, "H13")).toMatchObject({ role: "result", numFmt: "0.00" });
    expect(cellOf(spec, "A22")).toMatchObject({ value: "总分", role: "label" });
    expect(cellOf(spec, "G22")).toMatchObject({ value: 100 });
    expect(cellOf(spec, "H22")).toMatchObject({ role: "result" });
    expect(spec.merges).toEqual(expect.arrayContaining(["A1:I1", "A2:I2", "B3:I3", "A5:A9", "A10:A11", "A12:A21", "B13:B16", "B17:B20", "A22:F22"]));
    expect(spec.borders).toEqual(["A3:I22"]);
    expect(spec.widths).toEqual([10, 12, 12, 24, 14, 14, 8, 10, 24]);
  });

  test("the same positions as the fixture writers (one layout definition)", () => {
    const t = seed000Tables[0];
    const fixture = nationalCells(t, { row: 1, col: 1 });
    const p = nationalPositions(t.indicators.length);
    expect(fixture.fundRows.total).toBe(p.fundRows.total + 1);
    expect(fixture.fundCols.annual).toBe(p.fundCols.annual + 1);
    expect(fixture.totalScore).toEqual({ row: p.totalScore.row + 1, col: p.totalScore.col + 1 });
  });

  test("validation lists: 一级 on the column, 二级 by the row's 一级", () => {
    expect(spec.validations).toEqual([
      { range: "B13:B21", list: ["产出指标", "效益指标", "满意度指标"], prompt: expect.any(String) },
      { range: "C13:C16", list: ["数量指标", "质量指标", "时效指标", "成本指标"], prompt: expect.any(String) },
      { range: "C17:C20", list: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"], prompt: expect.any(String) },
      { range: "C21:C21", list: ["服务对象满意度指标", "满意度指标"], prompt: expect.any(String) },
    ]);
  });

  test("rows: blank indicator rows, every 二级 list offered", () => {
    const blank = buildTemplate({ profile: NATIONAL_PROFILE, year: 2024, rows: 3 });
    expect(blank.name).toBe("新项目");
    expect(cellOf(blank, "A16")).toMatchObject({ value: "总分" });
    expect(cellOf(blank, "B13")).toMatchObject({ value: null, role: "input" });
    expect(blank.validations[1]).toMatchObject({ range: "C13:C15" });
    expect(blank.validations[1].list).toContain("社会效益指标");
    expect(blank.validations[1].list).toContain("数量指标");
  });

  test("the sheet name is made legal and unique", () => {
    expect(buildTemplate({ profile: NATIONAL_PROFILE, year: 2024, project: { name: "食堂经费" }, existingSheetNames: ["食堂经费"] }).name).toBe("食堂经费(2)");
    expect(buildTemplate({ profile: NATIONAL_PROFILE, year: 2024, project: { name: "物业/保洁" } }).name).toBe("物业_保洁");
  });

  test("round trip through exceljs: values, merges, formats, fills, validations, and the checker finds it", async () => {
    const wb = await roundTrip([spec]);
    const ws = wb.getWorksheet("食堂经费")!;
    expect(ws.getCell("A1").value).toBe("项目支出绩效自评表");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell("I1").master.address).toBe("A1");
    expect(ws.getCell("A9").master.address).toBe("A5");
    expect(ws.getCell("D6").value).toBe(14.1);
    expect(ws.getCell("D6").numFmt).toBe("#,##0.00##");
    expect(ws.getCell("H6").numFmt).toBe("0.00%");
    expect(ws.getCell("I6").numFmt).toBe("0.00");
    expect(fillOf(ws, "A3")).toBe(ROLE_FILLS.label);
    expect(fillOf(ws, "B3")).toBe(ROLE_FILLS.input);
    expect(fillOf(ws, "I3")).toBe(ROLE_FILLS.input); // the whole merged area
    expect(fillOf(ws, "H6")).toBe(ROLE_FILLS.result);
    expect(ws.getCell("A3").font).toMatchObject({ bold: true });
    expect(ws.getCell("I22").border).toMatchObject({ top: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getColumn(4).width).toBe(24);
    expect(ws.getCell("B15").dataValidation).toMatchObject({ type: "list", formulae: ['"产出指标,效益指标,满意度指标"'], errorStyle: "warning" });
    expect(ws.getCell("C18").dataValidation).toMatchObject({ formulae: ['"经济效益指标,社会效益指标,生态效益指标,可持续影响指标"'] });

    const grids = gridsFromWorkbook(wb);
    const tables = locateTables(grids[0]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ variant: "national", top: 0, left: 0, bottom: 21, right: 8, year: 2024 });
    // Skeleton rows hold only 一级 / 二级 labels until the accountant names the indicators.
    expect(tables[0].indicators).toEqual([]);
    expect(tables[0].total?.row).toBe(21);
    const report = checkWorkbook(grids, { profile: NATIONAL_PROFILE });
    expect(report.projects).toHaveLength(1);
    expect(report.projects[0]).toMatchObject({ name: "食堂经费", funds: { initial: "14.1", annual: "14.1", executed: null } });
  });
});

describe("Sichuan template", () => {
  const spec = buildTemplate({
    profile: SICHUAN_PROFILE,
    year: 2024,
    project: { name: "医保宣传经费", unit: "某县医疗保障局", initial: 8, fiscal: { initial: 8 }, goal: "开展医保政策宣传" },
    indicators: [
      { level1: "产出指标", level2: "数量指标", name: "宣传次数", nature: "≥", target: 12, unit: "次", weight: 30 },
      { level1: "成本指标", level2: "经济成本指标", name: "宣传经费", nature: "≤", target: 8, unit: "万元", weight: 30 },
      { level1: "效益指标", level2: "社会效益指标", name: "政策知晓率", nature: "≥", target: 90, unit: "%", weight: 20 },
      { level1: "满意度指标", level2: "服务对象满意度指标", name: "群众满意度", nature: "≥", target: 95, unit: "%", weight: 10 },
    ],
  });

  test("the Sichuan layout and its lists", () => {
    expect(cellOf(spec, "A1")).toMatchObject({ value: "专项预算项目绩效目标完成情况自评表" });
    expect(cellOf(spec, "B3")).toMatchObject({ value: "某县医疗保障局" });
    expect(cellOf(spec, "D4")).toMatchObject({ value: 8, numFmt: "#,##0.00##" });
    expect(cellOf(spec, "H8")).toMatchObject({ value: "权重", role: "label" });
    expect(cellOf(spec, "E10")).toMatchObject({ value: "≤" });
    expect(spec.validations.map((v) => v.range)).toEqual(["B9:B12", "C9:C9", "C10:C10", "C11:C11", "C12:C12", "E9:E12"]);
    expect(spec.validations[0].list).toContain("成本指标");
    expect(spec.validations.at(-1)!.list).toContain("定性");
  });

  test("round trip: the checker reads it as a Sichuan table", async () => {
    const wb = await roundTrip([spec]);
    const grids = gridsFromWorkbook(wb);
    const tables = locateTables(grids[0]);
    expect(tables).toHaveLength(1);
    expect(tables[0].variant).toBe("sichuan");
    const report = checkWorkbook(grids, { profile: SICHUAN_PROFILE });
    expect(report.projects[0].indicators.map((i) => i.weight)).toEqual(["30", "30", "20", "10"]);
    expect(report.projects[0].findings.filter((f) => f.code === "weight-sum")).toEqual([]);
  });
});

describe("Sichuan template with money carried over", () => {
  const indicators = [
    { level1: "产出指标", level2: "数量指标", name: "参保人数", nature: "≥", target: 100, unit: "万人", weight: 60 },
    { level1: "效益指标", level2: "社会效益指标", name: "获得感", nature: "定性", target: "增加", weight: 20 },
    { level1: "满意度指标", level2: "服务对象满意度指标", name: "满意度", nature: "≥", target: 95, unit: "%", weight: 10 },
  ];
  const spec = buildTemplate({
    profile: SICHUAN_PROFILE,
    year: 2024,
    project: { name: "城乡医保筹资经费", unit: "某县医疗保障局", initial: 25.8, fiscal: { initial: 5.8 }, carryover: { initial: 20 }, other: { initial: null }, goal: "提高参保率" },
    indicators,
  });

  test("a 上年结转资金 line between 财政拨款 and 其他资金; everything below moves down one row", () => {
    expect(cellOf(spec, "A4")).toMatchObject({ value: "项目资金（万元）" });
    expect(spec.merges).toContain("A4:A7");
    expect([cellOf(spec, "B4")?.value, cellOf(spec, "D4")?.value]).toEqual(["年度资金总额：", 25.8]);
    expect([cellOf(spec, "B5")?.value, cellOf(spec, "D5")?.value]).toEqual(["其中：财政拨款", 5.8]);
    expect([cellOf(spec, "B6")?.value, cellOf(spec, "D6")?.value]).toEqual(["上年结转资金", 20]);
    expect(cellOf(spec, "D6")).toMatchObject({ role: "input", numFmt: "#,##0.00##" });
    expect([cellOf(spec, "B7")?.value, cellOf(spec, "D7")?.value]).toEqual(["其他资金", null]);
    expect(cellOf(spec, "C8")).toMatchObject({ value: "提高参保率" });
    expect(cellOf(spec, "H9")).toMatchObject({ value: "权重" });
    expect(cellOf(spec, "D10")).toMatchObject({ value: "参保人数" });
    const p = sichuanPositions(indicators.length, { withOverview: false, withCarryover: true });
    expect(p.funds.carryover).toEqual({ row: 5, col: 3 });
    expect(p.funds.other).toEqual({ row: 6, col: 3 });
    expect(p.firstIndicatorRow).toBe(9);
  });

  test("without a 上年结转资金 figure the form is seed 003's three lines", () => {
    const plain = buildTemplate({ profile: SICHUAN_PROFILE, year: 2024, project: { name: "甲", initial: 8, fiscal: { initial: 8 } }, indicators });
    expect(plain.cells.some((c) => c.value === "上年结转资金")).toBe(false);
    expect(cellOf(plain, "B6")).toMatchObject({ value: "其他资金" });
    expect(sichuanPositions(3, { withOverview: false }).funds.carryover).toBeUndefined();
  });

  test("round trip: the checker reads the four lines and finds the split consistent", async () => {
    const wb = await roundTrip([spec]);
    const grids = gridsFromWorkbook(wb);
    const tables = locateTables(grids[0]);
    expect(tables).toHaveLength(1);
    expect(tables[0].variant).toBe("sichuan");
    expect(tables[0].funds.map((f) => f.kind)).toEqual(["total", "fiscal", "carryover", "other"]);
    const report = checkWorkbook(grids, { profile: SICHUAN_PROFILE });
    expect(report.projects[0].findings.filter((f) => f.code === "budget-inconsistent")).toEqual([]);
    expect(report.projects[0].indicators.map((i) => i.weight)).toEqual(["60", "20", "10"]);
  });
});
