/**
 * 项目资金 of a targets table: every line (年度资金总额, 财政拨款, 上年结转资金, 其他资金) read as the
 * table prints it and carried into 年初预算数 of the same line of the self-evaluation sheet, on the
 * national and the Sichuan form; a blank line stays blank. Amounts are compared as decimal text.
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { cellNumber } from "../../../src/domain/cell-number";
import { checkWorkbook } from "../../../src/domain/engine";
import type { CellValue } from "../../../src/domain/grid";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles/types";
import { importTargets, locateTargetTables, type TargetFundLine, type TargetTable } from "../../../src/domain/targets";
import { nationalPositions, sichuanPositions } from "../../../src/domain/template";
import type { SheetSpec } from "../../../src/domain/template/types";
import { cellAddress } from "../../../src/domain/grid";
import { gridsFromWorkbook } from "../../../src/xlsx/read";
import { writeSheetSpec } from "../../../src/xlsx/template";
import { targetsGrid, type TargetsSpec } from "./targets-sheet";

const LINES: TargetFundLine[] = ["total", "fiscal", "carryover", "other"];
type Amounts = Partial<Record<TargetFundLine, string | null>>;

const INDICATORS: TargetsSpec["indicators"] = [
  ["产出指标", "数量指标", "参保人数", "≥100万人"],
  [null, "质量指标", "参保率", "≥98%"],
  ["效益指标", "社会效益指标", "全县参保居民的获得感", "增加"],
  ["满意度指标", "满意度指标", "全县参保居民的满意度", "≥95%"],
];

const spec = (funds: TargetsSpec["funds"], name = "城乡医保筹资经费"): TargetsSpec => ({ name, funds, indicators: INDICATORS });

/** A number cell's value as the decimal the user sees; null stays null. */
const decimalText = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === "number" ? cellNumber(v).toString() : `not a number: ${String(v)}`);

function fundsText(t: TargetTable): Record<TargetFundLine, string | null> {
  return { total: decimalText(t.funds.total), fiscal: decimalText(t.funds.fiscal), carryover: decimalText(t.funds.carryover), other: decimalText(t.funds.other) };
}

const all = (a: Amounts): Record<TargetFundLine, string | null> => ({ total: null, fiscal: null, carryover: null, other: null, ...a });

describe("reading the 项目资金 lines of a targets table", () => {
  const cases: [string, TargetsSpec["funds"], Amounts, TargetFundLine[]][] = [
    [
      "seed 004 as printed: text amounts with spaces, no 上年结转资金 line",
      [[" 年度资金总额：", "      24.8 "], ["   其中：财政拨款", "24.8"], ["         其他资金", "      0.0 "]],
      { total: "24.8", fiscal: "24.8", other: "0" },
      ["total", "fiscal", "other"],
    ],
    [
      "20 万元 carried over, 其他资金 blank",
      [["年度资金总额：", 25.8], ["其中：财政拨款", 5.8], ["上年结转资金", 20], ["其他资金", null]],
      { total: "25.8", fiscal: "5.8", carryover: "20" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "amounts in 万元 text, 当年财政拨款, 其中：上年结转资金",
      [["年度资金总额：", "25.80万元"], ["其中：当年财政拨款", "5.80 万元"], ["其中：上年结转资金", "20.0万元"], ["其他资金", "0.00"]],
      { total: "25.8", fiscal: "5.8", carryover: "20", other: "0" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "本年财政拨款; labels with the unit; four decimals",
      [["年度资金总额（万元）", 1200.1234], ["其中：本年财政拨款（万元）", 1000.1234], ["上年结转资金（万元）", 200], ["其他资金（万元）", 0]],
      { total: "1200.1234", fiscal: "1000.1234", carryover: "200", other: "0" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "the amount inside the label cell",
      [["年度资金总额：25.8", null], ["其中：财政拨款：5.8", null], ["上年结转资金：20", null], ["其他资金：", null]],
      { total: "25.8", fiscal: "5.8", carryover: "20" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "full-width digits, thousands separators, a dash for nothing",
      [["年度资金总额：", "１,２２５.８"], ["其中：财政拨款", "1,205.8"], ["上年结转资金", "２０"], ["其他资金", "—"]],
      { total: "1225.8", fiscal: "1205.8", carryover: "20" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "a blank line stays blank, never 0",
      [["年度资金总额：", 20], ["其中：财政拨款", null], ["上年结转资金", 20], ["其他资金", "  "]],
      { total: "20", carryover: "20" },
      ["total", "fiscal", "carryover", "other"],
    ],
    [
      "度资金总额 (the 年 wrapped away), 财政资金",
      [["度资金总额：", 30], ["其中：财政资金", 30]],
      { total: "30", fiscal: "30" },
      ["total", "fiscal"],
    ],
  ];

  test.each(cases)("%s", (_name, funds, amounts, lines) => {
    const [table] = locateTargetTables(targetsGrid([spec(funds)]));
    expect(fundsText(table)).toEqual(all(amounts));
    expect(table.fundLines).toEqual(lines);
    expect(table.indicators).toHaveLength(INDICATORS.length);
  });

  test("lines printed side by side as column heads, amounts below", () => {
    const grid = targetsGrid([spec([])]);
    // Replace the (empty) fund block: heads on one row, amounts on the next.
    const goalRow = grid.values.findIndex((r) => r[0] === "年度\n目标");
    grid.values.splice(goalRow, 0, ["项目资金\n（万元）", "年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金"], [null, 25.8, 5.8, 20, null]);
    grid.merges = [];
    const [table] = locateTargetTables(grid);
    expect(fundsText(table)).toEqual(all({ total: "25.8", fiscal: "5.8", carryover: "20" }));
    expect(table.fundLines).toEqual(["total", "fiscal", "carryover", "other"]);
  });

  test("项目资金（元）: amounts converted to 万元", () => {
    const grid = targetsGrid([spec([["年度资金总额：", 258000], ["其中：财政拨款", "58000元"], ["上年结转资金", 200000]])]);
    const funds = grid.values.findIndex((r) => r[0] === "项目资金\n（万元）");
    grid.values[funds][0] = "项目资金\n（元）";
    const [table] = locateTargetTables(grid);
    expect(fundsText(table)).toEqual(all({ total: "25.8", fiscal: "5.8", carryover: "20" }));
  });

  test("stacked tables: each reads its own lines", () => {
    const grid = targetsGrid([
      spec([["年度资金总额：", 25.8], ["其中：财政拨款", 5.8], ["上年结转资金", 20], ["其他资金", null]], "甲项目"),
      spec([["年度资金总额：", "14.1"], ["其中：财政拨款", "14.1"], ["其他资金", "0.0"]], "乙项目"),
      spec([["年度资金总额：", 3], ["上年结转资金", 1], ["其他资金", 2]], "丙项目"),
    ]);
    const tables = locateTargetTables(grid);
    expect(tables.map((t) => [t.name, fundsText(t), t.fundLines])).toEqual([
      ["甲项目", all({ total: "25.8", fiscal: "5.8", carryover: "20" }), ["total", "fiscal", "carryover", "other"]],
      ["乙项目", all({ total: "14.1", fiscal: "14.1", other: "0" }), ["total", "fiscal", "other"]],
      ["丙项目", all({ total: "3", carryover: "1", other: "2" }), ["total", "carryover", "other"]],
    ]);
  });

  test("a project named like a fund line, and a goal that starts like one, are not fund lines", () => {
    const s = spec([["年度资金总额：", 220], ["其中：财政拨款", 200], ["上年结转资金", 20]], "上年结转资金");
    s.goal = "财政资金保障运转";
    const [table] = locateTargetTables(targetsGrid([s]));
    expect(table.name).toBe("上年结转资金");
    expect(table.goal).toBe("财政资金保障运转");
    expect(fundsText(table)).toEqual(all({ total: "220", fiscal: "200", carryover: "20" }));
  });
});

/** The self-evaluation sheets, written with exceljs and read back: what the accountant opens. */
async function roundTrip(specs: SheetSpec[]) {
  const wb = new ExcelJS.Workbook();
  for (const s of specs) writeSheetSpec(wb, s);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return out;
}

/** 年初预算数 of each line on the national form; the one figure of each line on the Sichuan form. */
function initialCells(profile: RuleProfile, table: TargetTable): Partial<Record<TargetFundLine, string>> {
  if (profile.id === "sichuan") {
    const p = sichuanPositions(table.indicators.length, { withOverview: false, withCarryover: table.funds.carryover !== null });
    const out: Partial<Record<TargetFundLine, string>> = {};
    for (const line of LINES) {
      const at = p.funds[line];
      if (at) out[line] = cellAddress(at.row, at.col);
    }
    return out;
  }
  const p = nationalPositions(table.indicators.length);
  return Object.fromEntries(LINES.map((line) => [line, cellAddress(p.fundRows[line], p.fundCols.initial)]));
}

describe.each([
  ["national", NATIONAL_PROFILE],
  ["sichuan", SICHUAN_PROFILE],
])("carried into the self-evaluation sheet (%s form)", (_form, profile) => {
  const grid = targetsGrid([
    spec([["年度资金总额：", "      25.8 "], ["   其中：财政拨款", "5.8"], ["上年结转资金", "20.0万元"], ["其他资金", null]], "甲项目"),
    spec([["年度资金总额：", 20], ["其中：财政拨款", null], ["上年结转资金", 20], ["其他资金", 0]], "乙项目"),
    spec([[" 年度资金总额：", "      14.1 "], ["   其中：财政拨款", "      14.1 "], ["         其他资金", "      0.0 "]], "丙项目"),
  ]);
  const expected: Record<string, Amounts> = {
    甲项目: { total: "25.8", fiscal: "5.8", carryover: "20" },
    乙项目: { total: "20", carryover: "20", other: "0" },
    丙项目: { total: "14.1", fiscal: "14.1", other: "0" },
  };
  const { tables, sheets } = importTargets([grid], profile, { defaultYear: 2024 });

  test("every line in 年初预算数 of its own line, blanks blank", async () => {
    expect(tables.map((t) => t.name)).toEqual(Object.keys(expected));
    const wb = await roundTrip(sheets);
    tables.forEach((t, i) => {
      const ws = wb.getWorksheet(sheets[i].name)!;
      const cells = initialCells(profile, t);
      const got: Record<string, string | null> = {};
      for (const line of LINES) got[line] = cells[line] === undefined ? "(no line)" : decimalText(ws.getCell(cells[line]!).value);
      const want: Record<string, string | null> = all(expected[t.name]);
      // The Sichuan form prints 上年结转资金 only for money carried over.
      if (profile.id === "sichuan" && want.carryover === null) want.carryover = "(no line)";
      expect([t.name, got]).toEqual([t.name, want]);
    });
  });

  test("the split adds up to 年度资金总额 wherever the targets table's does", () => {
    for (const t of tables) {
      const parts = [t.funds.fiscal, t.funds.carryover, t.funds.other].filter((v): v is number => v !== null);
      const sum = parts.reduce((acc, v) => acc.plus(cellNumber(v)), new Decimal(0));
      expect([t.name, sum.toString()]).toEqual([t.name, decimalText(t.funds.total)]);
    }
  });

  test("the checker reads the carried lines back and finds no budget inconsistency", async () => {
    const wb = await roundTrip(sheets);
    const report = checkWorkbook(gridsFromWorkbook(wb), { profile });
    expect(report.projects).toHaveLength(3);
    const codes = report.projects.flatMap((p) => p.findings.map((f) => `${p.name}:${f.code}`));
    expect(codes.filter((c) => /budget-inconsistent|not-a-number/.test(c))).toEqual([]);
    report.projects.forEach((p, i) => {
      const t = tables[i];
      // 年初预算数 (national) / the one figure (Sichuan) of 年度资金总额, as the targets print it.
      expect([p.name, p.funds.initial ?? p.funds.annual]).toEqual([t.name, decimalText(t.funds.total)]);
    });
  });
});

test("a date in an amount cell is no amount", () => {
  const d: CellValue = new Date(Date.UTC(2024, 0, 1));
  const [table] = locateTargetTables(targetsGrid([spec([["年度资金总额：", d], ["上年结转资金", 1]])]));
  expect(fundsText(table)).toEqual(all({ carryover: "1" }));
});
