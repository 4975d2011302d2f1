import * as path from "path";
import { cellAddress, type Grid } from "../../../src/domain/grid";
import { locateTables } from "../../../src/domain/locate";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { DEFAULT_INDICATORS, gridOf, tableGrid, tableRows } from "../../helpers/grids";

const fixture = (name: string) => path.join(__dirname, "../../fixtures", name);
const addr = (p?: { row: number; col: number }) => (p ? cellAddress(p.row, p.col) : undefined);

describe("locateTables on small grids", () => {
  it("maps every role of the canonical table", () => {
    const [t] = locateTables(tableGrid());
    expect(t.variant).toBe("national");
    expect(t.year).toBe(2023);
    expect(addr(t.fields.name)).toBe("B3");
    expect(addr(t.fields.dept)).toBe("B4");
    expect(addr(t.fields.unit)).toBe("G4");
    expect(addr(t.fields.expectedGoal)).toBe("B11");
    expect(addr(t.fields.actualGoal)).toBe("F11");
    const total = t.funds.find((f) => f.kind === "total")!;
    expect([total.initial, total.annual, total.executed, total.weight, total.rate, total.score].map(addr)).toEqual(["D6", "E6", "F6", "G6", "H6", "I6"]);
    expect(t.funds.map((f) => f.kind)).toEqual(["total", "fiscal", "carryover", "other"]);
    expect(t.indicators).toHaveLength(DEFAULT_INDICATORS.length);
    const first = t.indicators[0];
    expect([first.nameCell, first.target, first.actual, first.weight, first.score, first.explanation].map(addr)).toEqual(["D13", "E13", "F13", "G13", "H13", "I13"]);
    expect(t.indicators[1].level1).toBe("产出指标(50分)"); // carried down from the merged label
    expect(t.indicators[4].level1).toBe("效益指标(30分)");
    expect(addr(t.total?.score)).toBe("H19");
    expect([t.top, t.left, t.bottom, t.right]).toEqual([0, 0, 18, 8]);
  });

  it("finds a table that starts anywhere, without merges", () => {
    const g = gridOf(tableRows(), { at: "D8" });
    const [t] = locateTables(g);
    expect(addr(t.fields.name)).toBe("E10");
    expect(addr(t.total?.score)).toBe("K26");
    expect(t.indicators).toHaveLength(DEFAULT_INDICATORS.length);
  });

  it("separates stacked tables on one sheet", () => {
    const rows = [...tableRows({ name: "甲项目" }), [], [], ...tableRows({ name: "乙项目" }), [], ...tableRows({ name: "丙项目" })];
    const tables = locateTables(gridOf(rows, { at: "B2" }));
    expect(tables).toHaveLength(3);
    expect(tables.map((t) => t.indicators.length)).toEqual([6, 6, 6]);
    // No table swallows the next one's rows.
    for (let i = 1; i < tables.length; i++) expect(tables[i - 1].bottom).toBeLessThan(tables[i].top);
  });

  it("reads label variants: colons, line breaks, prefixes, a value inside the label cell", () => {
    const rows = tableRows();
    rows[2] = ["项目名称：食堂经费", null, null, null, null, null, null, null, null];
    rows[4][3] = "年初\n预算数";
    rows[5][1] = "资金总额:";
    rows[6][1] = "其中：当年财政拨款";
    rows[11][8] = "偏差原因分析\n及改进措施";
    rows[12][3] = "指标 1: 受益人数";
    const [t] = locateTables(gridOf(rows));
    expect(addr(t.fields.name)).toBe("A3");
    expect(addr(t.funds.find((f) => f.kind === "total")?.initial)).toBe("D6");
    expect(t.funds.find((f) => f.kind === "fiscal")).toBeDefined();
    expect(addr(t.indicators[0].explanation)).toBe("I13");
    expect(t.indicators[0].name).toBe("受益人数");
  });

  it("does not take a project list (序号 / 项目名称 / 备注) for a table", () => {
    const g = gridOf([["序号", "项目名称", "备注"], [1, "食堂经费", null], [2, "执法工作经费", null]]);
    expect(locateTables(g)).toEqual([]);
  });

  it("finds a nameless table by its indicator header", () => {
    const rows = tableRows();
    rows[2] = [null, null, null, null, null, null, null, null, null];
    const tables = locateTables(gridOf(rows));
    expect(tables).toHaveLength(1);
    expect(tables[0].fields.name).toBeUndefined();
  });

  it("stops at the 总分 row even with unrelated data right below", () => {
    const rows = [...tableRows(), ...Array.from({ length: 50 }, (_, i) => [`备注${i}`, i, i * 2])];
    const [t] = locateTables(gridOf(rows));
    expect(t.indicators).toHaveLength(DEFAULT_INDICATORS.length);
    expect(t.bottom).toBe(18);
  });
});

describe("locateTables: readers that survive real wording", () => {
  const total = (rows: ReturnType<typeof tableRows>) => locateTables(gridOf(rows))[0].funds.find((f) => f.kind === "total");

  // A label with a colon ("项目名称：") whose value sits in the next cell: the value cell, never the
  // label returning itself (a deliberate bug that returned the label cell passed every test).
  it("项目名称： with the name in the next cell gives the next cell", () => {
    const rows = tableRows();
    rows[2][0] = "项目名称：";
    rows[3][0] = "主管部门:";
    rows[3][5] = "实施单位：";
    const [t] = locateTables(gridOf(rows));
    expect([t.fields.name, t.fields.dept, t.fields.unit].map(addr)).toEqual(["B3", "B4", "G4"]);
  });

  // The answer to a label is never a label: a project named like a fund line is a name.
  it.each(["上年结转结余(医保局)", "上年结转资金项目", "其他资金管理", "年度资金总额专项", "本年财政拨款补助"])("a project named %s is not a fund line", (name) => {
    const rows = tableRows({ name });
    const [t] = locateTables(gridOf(rows));
    expect(addr(t.fields.name)).toBe("B3");
    expect(t.funds.map((f) => [f.kind, f.row + 1])).toEqual([["total", 6], ["fiscal", 7], ["carryover", 8], ["other", 9]]);
  });

  it.each([
    ["度资金总额", "total"],
    ["年度资金总\n额：", "total"],
    ["资金总额（万元）", "total"],
    ["年度资金总额(元)", "total"],
    ["年度資金總額", "total"],
    ["项目资金总额：", "total"],
  ])("reads %s as the 年度资金总额 line", (label, kind) => {
    const rows = tableRows();
    rows[5][1] = label.replace("\\n", "\n");
    expect(total(rows)).toMatchObject({ kind, row: 5 });
    expect(total(rows)?.assumed).toBeUndefined();
  });

  it("reads 本年财政拨款 without 其中 as the 财政拨款 line", () => {
    const rows = tableRows();
    rows[6][1] = "本年财政拨款";
    expect(locateTables(gridOf(rows))[0].funds.map((f) => f.kind)).toEqual(["total", "fiscal", "carryover", "other"]);
  });

  it("takes the first figure line under the funds header as the total when its label is not recognised", () => {
    const rows = tableRows();
    rows[5][1] = "项目总投入";
    const [t] = locateTables(gridOf(rows));
    const line = t.funds.find((f) => f.kind === "total");
    expect(line).toMatchObject({ row: 5, assumed: true });
    expect(addr(line?.annual)).toBe("E6");
    expect(addr(line?.labelCell)).toBe("B6");
  });

  it("finds no total line when the first figure line under the header is a recognised sub-line", () => {
    const rows = tableRows();
    rows[5] = rows[5].map(() => null);
    expect(locateTables(gridOf(rows))[0].funds.find((f) => f.kind === "total")).toBeUndefined();
  });

  it("reads traditional characters, 全年实际值, 未完成原因及拟采取的改进措施 and 年度总体目标完成情况", () => {
    const rows = tableRows();
    rows[2][0] = "項目名稱";
    rows[3][5] = "實施單位";
    rows[9][5] = "年度总体目标完成情况";
    rows[11][0] = "績效指標";
    rows[11][5] = "全年实际值";
    rows[11][8] = "未完成原因及拟采取的改进措施";
    rows[12][1] = "產出指標(50分)";
    const [t] = locateTables(gridOf(rows));
    expect([t.fields.name, t.fields.unit, t.fields.actualGoal].map(addr)).toEqual(["B3", "G4", "F11"]);
    expect([t.indicators[0].actual, t.indicators[0].explanation].map(addr)).toEqual(["F13", "I13"]);
    expect(addr(t.labels.goal)).toBe("A10");
    expect(addr(t.labels.indicators)).toBe("A12");
  });

  it("reads other provinces' headers: 预期指标值, 完成值, 指标分值, 自评得分, 全年预算数(A)", () => {
    const rows = tableRows();
    rows[4][4] = "全年预算数（A）";
    rows[4][5] = "全年执行数（B）";
    rows[4][7] = "执行率（B/A）";
    rows[11][4] = "预期指标值";
    rows[11][5] = "完成值";
    rows[11][6] = "指标分值";
    rows[11][7] = "自评得分";
    const [t] = locateTables(gridOf(rows));
    const line = t.funds.find((f) => f.kind === "total");
    expect([line?.annual, line?.executed, line?.rate].map(addr)).toEqual(["E6", "F6", "H6"]);
    expect([t.indicators[0].target, t.indicators[0].actual, t.indicators[0].weight, t.indicators[0].score].map(addr)).toEqual(["E13", "F13", "G13", "H13"]);
  });

  it("reads a form with 分值 before 年度指标值 and no 年初预算数 column", () => {
    const rows = tableRows().map((r) => [...r]);
    for (const r of rows.slice(11)) {
      const [w] = r.splice(6, 1);
      r.splice(4, 0, w);
    }
    const [t] = locateTables(gridOf(rows));
    expect([t.indicators[0].weight, t.indicators[0].target, t.indicators[0].actual].map(addr)).toEqual(["E13", "F13", "G13"]);
  });

  it("takes a 合计 printed under the source lines as the total, never the first source line", () => {
    const rows = tableRows();
    rows[5] = [null, "中央资金", null, 50, 50, 50, 10, null, null];
    rows[6] = [null, "省级资金", null, 30, 30, 30, null, null, null];
    rows[7] = [null, "县级资金", null, 20, 20, 5, null, null, null];
    rows[8] = [null, "合计", null, 100, 100, 85, null, null, null];
    const [t] = locateTables(gridOf(rows));
    expect(t.funds.find((f) => f.kind === "total")).toMatchObject({ row: 8 });
    const worded = rows.map((r) => [...r]);
    worded[8][1] = "资金来源合计数";
    const [u] = locateTables(gridOf(worded));
    // Worded past recognition: the first line (中央资金 50) is not the largest, so no guess at all.
    expect(u.funds.find((f) => f.kind === "total")).toBeUndefined();
  });

  it("reads 年度总体目标完成情况 printed as the goal block's group label over 预期目标 | 实际完成情况", () => {
    const rows = tableRows();
    rows[9][0] = "年度总体目标完成情况";
    const [t] = locateTables(gridOf(rows));
    expect([t.fields.expectedGoal, t.fields.actualGoal].map(addr)).toEqual(["B11", "F11"]);
  });

  it("reads the funds' unit: 万元 unless the block says 元", () => {
    expect(locateTables(tableGrid())[0].fundsUnit).toBe("万元");
    const rows = tableRows();
    rows[4][0] = "项目资金（元）";
    expect(locateTables(gridOf(rows))[0].fundsUnit).toBe("元");
    const byHeader = tableRows();
    byHeader[4][4] = "全年预算数(元)";
    expect(locateTables(gridOf(byHeader))[0].fundsUnit).toBe("元");
  });
});

describe("locateTables on the seed fixtures", () => {
  const count = (grids: Grid[]) => grids.map((g) => locateTables(g).length);

  it("finds all ten seed-000 tables, one per sheet, and skips the list sheet", async () => {
    const grids = await readWorkbookFile(fixture("seed000-national.xlsx"));
    expect(count(grids)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const names = grids.flatMap((g) => locateTables(g)).map((t) => t.indicators.length);
    expect(names.every((n) => n >= 9)).toBe(true);
  });

  it("finds the same ten tables offset and stacked", async () => {
    const grids = await readWorkbookFile(fixture("seed000-offset-stacked.xlsx"));
    const tables = grids.flatMap((g) => locateTables(g));
    expect(tables).toHaveLength(10);
    const national = (await readWorkbookFile(fixture("seed000-national.xlsx"))).flatMap((g) => locateTables(g));
    expect(tables.map((t) => t.indicators.length)).toEqual(national.map((t) => t.indicators.length));
  });

  it("reads every label variant, merged or not", async () => {
    const grids = await readWorkbookFile(fixture("seed000-label-variants.xlsx"));
    const tables = grids.flatMap((g) => locateTables(g));
    expect(tables).toHaveLength(10);
    for (const t of tables) {
      expect(t.funds.find((f) => f.kind === "total")?.executed).toBeDefined();
      expect(t.total?.score).toBeDefined();
      expect(t.indicators.every((i) => i.explanation !== undefined && i.score !== undefined)).toBe(true);
      expect(t.indicators.some((i) => /^指标/.test(i.name))).toBe(false);
    }
  });

  it("reads the Sichuan variant's columns", async () => {
    for (const file of ["seed003-sichuan.xlsx", "seed003-sichuan-full.xlsx"]) {
      const grids = await readWorkbookFile(fixture(file));
      const tables = grids.flatMap((g) => locateTables(g));
      expect(tables).toHaveLength(10);
      for (const t of tables) {
        expect(t.variant).toBe("sichuan");
        expect(t.indicators[0].nature).toBeDefined();
        expect(t.indicators[0].unit).toBeDefined();
        expect(t.indicators[0].score).toBeUndefined();
        expect(t.funds.find((f) => f.kind === "total")?.annual).toBeDefined();
      }
    }
  });

  it("finds nothing in a workbook without tables", async () => {
    expect(count(await readWorkbookFile(fixture("no-table.xlsx")))).toEqual([0, 0]);
  });
});
