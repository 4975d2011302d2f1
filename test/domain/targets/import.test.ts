/**
 * Import of seed 004's six 项目支出绩效目标表: located on the stacked sheet and on the one-per-sheet
 * workbook, equal to the transcription; turned into self-evaluation sheets checked cell by cell.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { importTargets, locateTargetTables, type TargetTable } from "../../../src/domain/targets";
import { nationalPositions, sichuanPositions, TEMPLATE_TEXT } from "../../../src/domain/template";
import { cellNumber } from "../../../src/domain/cell-number";
import { checkWorkbook } from "../../../src/domain/engine";
import { cellAddress } from "../../../src/domain/grid";
import { importTargetsFile } from "../../../src/xlsx/import-targets";
import { gridsFromWorkbook, readWorkbookFile } from "../../../src/xlsx/read";
import { ROLE_FILLS } from "../../../src/xlsx/template";
import { seed004Tables, type Seed004Table } from "../../../scripts/fixtures/seed004";
import { PER_SHEET_ORIGIN, STACKED_SHEET, TARGET_OUTPUTS, perSheetNames, stackedOrigins, targetTableCells } from "../../../scripts/fixtures/make-targets";
import { createHash } from "crypto";
import { printedAmount, seed004Spec, targetsGrid, workbookOf } from "./targets-sheet";

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The 一级 the import must give each row: as printed, or 效益指标 where tables 3–6 print none. */
function expectedLevel1(t: Seed004Table, i: number): string {
  const printed = t.indicators[i].level1;
  return printed === "" ? "效益指标" : printed;
}

function expectTranscription(found: TargetTable, t: Seed004Table) {
  expect(found).toMatchObject({ name: t.name, dept: t.dept, unit: t.unit, source: t.source, period: t.period, year: t.year, funds: t.funds, goal: t.goal });
  expect(found.indicators).toHaveLength(t.indicators.length);
  found.indicators.forEach((ind, i) => {
    const want = t.indicators[i];
    expect({ i, level1: ind.level1, level2: ind.level2, name: ind.name, target: ind.target, inferred: ind.level1Inferred === true }).toEqual({
      i,
      level1: expectedLevel1(t, i),
      level2: want.level2,
      name: want.name,
      target: want.target,
      inferred: want.level1 === "",
    });
  });
}

describe("locateTargetTables", () => {
  test("stacked sheet: the 公开清单 is skipped, the six tables read in order", async () => {
    const grids = await readWorkbookFile(TARGET_OUTPUTS.stacked);
    expect(grids.map((g) => g.sheet)).toEqual([STACKED_SHEET]);
    const tables = locateTargetTables(grids[0]);
    expect(tables).toHaveLength(6);
    const origins = stackedOrigins();
    tables.forEach((found, i) => {
      expectTranscription(found, seed004Tables[i]);
      const cells = targetTableCells(seed004Tables[i], origins[i]);
      expect(found.range).toBe(`A${origins[i].row}:E${cells.bottom}`);
      expect(found.indicators[0].cell).toBe(`D${cells.firstIndicator}`);
    });
  });

  test("one table per sheet, unmerged, at B2: the same six tables", async () => {
    const grids = await readWorkbookFile(TARGET_OUTPUTS.perSheet);
    expect(grids.map((g) => g.sheet)).toEqual(["公开清单", ...perSheetNames()]);
    expect(locateTargetTables(grids[0])).toEqual([]);
    const tables = grids.slice(1).map((g) => locateTargetTables(g));
    tables.forEach((onSheet, i) => {
      expect(onSheet).toHaveLength(1);
      expectTranscription(onSheet[0], seed004Tables[i]);
      expect(onSheet[0].range.startsWith(cellAddress(PER_SHEET_ORIGIN.row - 1, PER_SHEET_ORIGIN.col - 1))).toBe(true);
    });
  });

  test("the transcription keeps the seed's quirks", () => {
    expect(seed004Tables).toHaveLength(6);
    expect(seed004Tables[2].funds.total).toBe(33);
    expect(seed004Tables[5].indicators[3].target).toBe("470元/月");
    expect(seed004Tables.slice(2).every((t) => t.indicators.some((x) => x.level1 === ""))).toBe(true);
    expect(seed004Tables[0].indicators.every((x) => x.level1 !== "")).toBe(true);
  });
});

describe("import to self-evaluation sheets (national)", () => {
  let wb: ExcelJS.Workbook;
  let before: string;
  beforeAll(async () => {
    before = sha(TARGET_OUTPUTS.stacked);
    const result = await importTargetsFile(TARGET_OUTPUTS.stacked, NATIONAL_PROFILE, { defaultYear: 2000 });
    expect(result.year).toBe(2024);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await result.workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  });

  test("the input file is not modified", () => {
    expect(sha(TARGET_OUTPUTS.stacked)).toBe(before);
  });

  test("one sheet per project, named after it, and nothing else", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(seed004Tables.map((t) => t.name));
  });

  test.each(seed004Tables.map((t, i) => [t.name, i] as const))("%s: every value carried over, cell by cell", (_name, index) => {
    const t = seed004Tables[index];
    const ws = wb.getWorksheet(t.name)!;
    const v = (row: number, col: number) => {
      const c = ws.getCell(row + 1, col + 1);
      return c.isMerged ? c.master.value : c.value;
    };
    const p = nationalPositions(t.indicators.length);
    expect(v(1, 0)).toBe("（2024年度）");
    expect(v(p.name.row, p.name.col)).toBe(t.name);
    expect(v(p.dept.row, p.dept.col)).toBe(t.dept);
    expect(v(p.unit.row, p.unit.col)).toBe(t.unit);
    const f = p.fundCols;
    expect(v(p.fundRows.total, f.initial)).toBe(t.funds.total);
    expect(v(p.fundRows.total, f.annual)).toBeNull(); // 全年预算数: for the accountant
    expect(v(p.fundRows.total, f.executed)).toBeNull();
    expect(v(p.fundRows.total, f.weight)).toBe(10);
    expect(v(p.fundRows.fiscal, f.initial)).toBe(t.funds.fiscal);
    expect(v(p.fundRows.carryover, f.initial)).toBeNull();
    expect(v(p.fundRows.other, f.initial)).toBe(t.funds.other);
    expect(ws.getCell(p.fundRows.total + 1, f.annual + 1).note).toBe(TEMPLATE_TEXT.budgetNote);
    expect(v(p.expectedGoal.row, p.expectedGoal.col)).toBe(t.goal);
    expect(v(p.actualGoal.row, p.actualGoal.col)).toBeNull();

    const c = p.indicatorCols;
    const sums = new Map<string, Decimal>();
    t.indicators.forEach((ind, i) => {
      const row = p.firstIndicatorRow + i;
      expect([v(row, c.level1), v(row, c.level2), v(row, c.name), v(row, c.target)]).toEqual([expectedLevel1(t, i), ind.level2, ind.name, ind.target]);
      expect(v(row, c.actual)).toBeNull();
      expect(v(row, c.score)).toBeNull();
      const weight = v(row, c.weight);
      expect(typeof weight).toBe("number");
      expect(Number.isInteger(weight)).toBe(true);
      const fill = ws.getCell(row + 1, c.weight + 1).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe(ROLE_FILLS.suggested);
      const level = expectedLevel1(t, i);
      sums.set(level, (sums.get(level) ?? new Decimal(0)).plus(weight as number));
      const note = ws.getCell(row + 1, c.name + 1).note;
      if (ind.level1 === "") expect(note).toBe(TEMPLATE_TEXT.inferredLevel1Note(ind.level2, "效益指标"));
      else expect(note).toBeUndefined();
    });
    expect(Object.fromEntries([...sums].map(([k, d]) => [k, d.toNumber()]))).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(String(ws.getCell(p.indicatorHeaderRow + 1, c.weight + 1).note)).toMatch(/建议分值/);
    expect(v(p.totalWeight.row, p.totalWeight.col)).toBe(100);
    expect(v(p.totalScore.row, p.totalScore.col)).toBeNull();
  });

  test("table 1: 产出 50 over 6, 效益 30 over 5, 满意度 10", () => {
    const ws = wb.getWorksheet("2024_城乡医疗救助")!;
    const weights = Array.from({ length: 12 }, (_, i) => ws.getCell(13 + i, 7).value);
    expect(weights).toEqual([9, 9, 8, 8, 8, 8, 6, 6, 6, 6, 6, 10]);
  });
});

describe("import on the Sichuan form", () => {
  test("指标值 split into 指标性质 / 指标值 / 度量单位; 成本指标 a first level; 60 / 20 / 10", async () => {
    const grids = gridsFromWorkbook(await (async () => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(TARGET_OUTPUTS.perSheet);
      return w;
    })());
    const { sheets } = importTargets(grids, SICHUAN_PROFILE, { defaultYear: 2000 });
    expect(sheets).toHaveLength(6);
    const spec = sheets[0];
    const at = (a: string) => spec.cells.find((c) => c.address === a)?.value;
    expect(at("A1")).toBe("专项预算项目绩效目标完成情况自评表");
    expect(at("B2")).toBe("2024_城乡医疗救助");
    expect(at("B3")).toBe("怀远县医疗保障基金管理中心");
    expect(at("D4")).toBe(5052);
    expect(at("C7")).toBe(seed004Tables[0].goal);
    // Row 9: 受益人次 ≥111080人次.
    expect([at("B9"), at("C9"), at("D9"), at("E9"), at("F9"), at("G9")]).toEqual(["产出指标", "数量指标", "受益人次", "≥", 111080, "人次"]);
    // 一站式结算覆盖范围 全覆盖: qualitative.
    expect([at("D11"), at("E11"), at("F11"), at("G11")]).toEqual(["一站式结算覆盖范围", "定性", "全覆盖", null]);
    // 成本指标 rows become their own first level.
    expect([at("B13"), at("C13"), at("E13"), at("F13"), at("G13")]).toEqual(["成本指标", "成本指标", "≤", 100, "%"]);
    const weights = spec.cells.filter((c) => /^H(9|1\d|20)$/.test(c.address)).map((c) => c.value);
    // 产出 + 成本 share 60 over their six rows; 效益 20 over five; 满意度 10.
    expect(weights).toEqual([10, 10, 10, 10, 10, 10, 4, 4, 4, 4, 4, 10]);
  });
});

/** 年初预算数 (national) or the one figure (Sichuan) of each 项目资金 line, as decimal text; "(no line)" where the form prints none. */
async function carriedFunds(workbook: ExcelJS.Workbook, profile: typeof NATIONAL_PROFILE, tables: TargetTable[]): Promise<Record<string, string | null>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
  const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? null : typeof v === "number" ? cellNumber(v).toString() : `text: ${String(v)}`);
  return tables.map((t, i) => {
    const ws = wb.worksheets[i];
    const out: Record<string, string | null> = {};
    if (profile.id === "sichuan") {
      const p = sichuanPositions(t.indicators.length, { withOverview: false, withCarryover: t.funds.carryover !== null });
      for (const line of FUND_LINES) {
        const at = p.funds[line];
        out[line] = at ? text(ws.getCell(at.row + 1, at.col + 1).value) : "(no line)";
      }
    } else {
      const p = nationalPositions(t.indicators.length);
      for (const line of FUND_LINES) out[line] = text(ws.getCell(p.fundRows[line] + 1, p.fundCols.initial + 1).value);
    }
    return out;
  });
}

const FUND_LINES = ["total", "fiscal", "carryover", "other"] as const;
const amountText = (n: number | null | undefined) => (n === null || n === undefined ? null : new Decimal(String(n)).toString());

describe.each([
  ["stacked", TARGET_OUTPUTS.stacked],
  ["per sheet", TARGET_OUTPUTS.perSheet],
])("seed 004 %s: every 项目资金 line of every project carried", (_layout, file) => {
  test.each([
    ["national", NATIONAL_PROFILE],
    ["sichuan", SICHUAN_PROFILE],
  ])("%s form", async (_form, profile) => {
    const result = await importTargetsFile(file, profile, { defaultYear: 2000 });
    expect(result.tables.map((t) => t.name)).toEqual(seed004Tables.map((t) => t.name));
    const carried = await carriedFunds(result.workbook, profile, result.tables);
    seed004Tables.forEach((t, i) => {
      // The seed prints 年度资金总额, 其中：财政拨款 and 其他资金, no 上年结转资金.
      const want = { total: amountText(t.funds.total), fiscal: amountText(t.funds.fiscal), carryover: profile.id === "sichuan" ? "(no line)" : null, other: amountText(t.funds.other) };
      expect([t.name, carried[i]]).toEqual([t.name, want]);
      // The seed's split adds up; so does the carried one.
      const sum = new Decimal(carried[i].fiscal!).plus(carried[i].other!);
      expect([t.name, sum.toString()]).toEqual([t.name, carried[i].total]);
    });
  });
});

describe("seed 004 as its PDF prints it (text amounts), with 20 万元 carried over on 城乡医保筹资经费", () => {
  const CARRIED = 3; // 城乡医保筹资经费, 20.0 万元
  const specs = seed004Tables.map((t, i) =>
    i === CARRIED
      ? seed004Spec(t, [
          [" 年度资金总额：", printedAmount(20)],
          ["   其中：财政拨款", ""],
          ["   上年结转资金", printedAmount(20)],
          ["         其他资金", printedAmount(0)],
        ])
      : seed004Spec(t),
  );
  const want = seed004Tables.map((t, i) =>
    i === CARRIED ? { total: "20", fiscal: null, carryover: "20", other: "0" } : { total: amountText(t.funds.total), fiscal: amountText(t.funds.fiscal), carryover: null, other: amountText(t.funds.other) },
  );
  let dir: string;
  beforeAll(async () => {
    dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "targets-carry-"));
  });
  afterAll(async () => {
    await fs.promises.rm(dir, { recursive: true, force: true });
  });

  test.each([
    ["stacked", "national"],
    ["stacked", "sichuan"],
    ["per sheet", "national"],
    ["per sheet", "sichuan"],
  ])("%s, %s form: every line carried, the split adds up, no budget finding", async (layout, form) => {
    const profile = form === "sichuan" ? SICHUAN_PROFILE : NATIONAL_PROFILE;
    const grids = layout === "stacked" ? [targetsGrid(specs, "2024年项目支出绩效目标")] : specs.map((s, i) => targetsGrid([s], `${i + 1}.${s.name}`));
    const file = path.join(dir, `${layout}-${form}.xlsx`);
    await workbookOf(grids).xlsx.writeFile(file);
    const result = await importTargetsFile(file, profile, { defaultYear: 2000 });
    expect(result.tables.map((t) => t.indicators.length)).toEqual(seed004Tables.map((t) => t.indicators.length));
    const carried = await carriedFunds(result.workbook, profile, result.tables);
    carried.forEach((got, i) => {
      const expected: Record<string, string | null> = { ...want[i] };
      if (form === "sichuan" && expected.carryover === null) expected.carryover = "(no line)";
      expect([seed004Tables[i].name, got]).toEqual([seed004Tables[i].name, expected]);
      const parts = [got.fiscal, got.carryover, got.other].filter((v): v is string => v !== null && v !== "(no line)");
      expect([seed004Tables[i].name, parts.reduce((a, v) => a.plus(v), new Decimal(0)).toString()]).toEqual([seed004Tables[i].name, got.total]);
    });
    const buffer = await result.workbook.xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ExcelJS.Buffer);
    const report = checkWorkbook(gridsFromWorkbook(back), { profile });
    expect(report.projects).toHaveLength(6);
    expect(report.projects.flatMap((p) => p.findings).filter((f) => f.code === "budget-inconsistent")).toEqual([]);
  });
});
