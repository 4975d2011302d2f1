/** The workbook-level checks: duplicate-project, sheet-hidden, content-outside-table. */
import { findingsOf } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableRows } from "../../helpers/grids";

describe("duplicate-project", () => {
  it("reports the second table of the same project (name, unit, year) at its name, naming the first sheet", () => {
    const found = findingsOf("duplicate-project", [tableGrid({}, "1.食堂经费"), tableGrid(), tableGrid({}, "副本")]);
    expect(found).toEqual([
      expect.objectContaining({ sheet: "Sheet1", cell: "B3", severity: "warning", data: expect.objectContaining({ firstSheet: "1.食堂经费", firstRange: "A1:I19" }) }),
      expect.objectContaining({ sheet: "副本", cell: "B3" }),
    ]);
  });

  it("also on one sheet (a table stacked twice)", () => {
    const rows = [...tableRows(), [], ...tableRows()];
    expect(findingsOf("duplicate-project", gridOf(rows))).toEqual([expect.objectContaining({ cell: "B23" })]);
  });

  it.each([
    ["two units each with a 食堂经费 (seed 000 tables 1 and 4)", tableGrid({ unit: "054002-怀远县医疗保障基金管理中心" }, "4.食堂经费")],
    ["another year", tableGrid({ year: "（2022年度）" }, "2022")],
    ["another project", tableGrid({ name: "物业管理费" }, "3.物业管理费")],
  ])("not for %s", (_name, other) => {
    expect(findingsOf("duplicate-project", [tableGrid(), other])).toEqual([]);
  });
});

describe("sheet-hidden", () => {
  it("reports a hidden sheet holding a table (checked all the same), at sheet level", () => {
    const found = findingsOf("sheet-hidden", [{ ...tableGrid({}, "隐藏"), hidden: true }, tableGrid()]);
    expect(found).toEqual([expect.objectContaining({ sheet: "隐藏", severity: "info", cell: undefined, data: { tables: 1 } })]);
  });

  it("says nothing of a visible sheet, nor of a hidden sheet without a table (table-not-found says that)", () => {
    expect(findingsOf("sheet-hidden", [tableGrid(), { ...gridOf([["备注"]], { sheet: "说明" }), hidden: true }])).toEqual([]);
  });
});

describe("content-outside-table", () => {
  const notes = (n: number) => Array.from({ length: n }, (_, i) => [`备注 ${i + 1}`]);

  it("reports 10 or more rows outside every table, at the first of them", () => {
    const found = findingsOf("content-outside-table", gridOf([...tableRows(), [], ...notes(10)]));
    expect(found).toEqual([expect.objectContaining({ cell: "A21", severity: "info", data: { rows: 10 } })]);
  });

  it("counts rows above the table too", () => {
    const found = findingsOf("content-outside-table", gridOf([...notes(6), [], ...tableRows(), [], ...notes(6)]));
    expect(found).toEqual([expect.objectContaining({ cell: "A1", data: { rows: 12 } })]);
  });

  it("says nothing of a few lines of notes, nor of a sheet without a table", () => {
    expect(findingsOf("content-outside-table", gridOf([...notes(3), ...tableRows(), [], ...notes(6)]))).toEqual([]);
    expect(findingsOf("content-outside-table", gridOf(notes(50)))).toEqual([]);
  });
});

describe("table-not-found, title only", () => {
  it("is a warning when a sheet holds only a self-evaluation title and its year", () => {
    const found = findingsOf("table-not-found", gridOf([["项目支出绩效自评表"], ["（2023年度）"]], { sheet: "2.执法工作经费" }));
    expect(found).toEqual([expect.objectContaining({ severity: "warning", data: { empty: false, titleOnly: true } })]);
  });

  it("stays information for a list sheet whose title mentions 绩效自评表", () => {
    const found = findingsOf("table-not-found", gridOf([["2023年度项目支出绩效自评表"], ["序号", "项目名称", "备注"], [1, "食堂经费", null]]));
    expect(found).toEqual([expect.objectContaining({ severity: "info", data: { empty: false, list: true } })]);
  });
});
