/** The workbook-level checks: duplicate-project, sheet-hidden, content-outside-table. */
import { messageIdOf } from "../../../src/domain/checks";
import { describeWorkbookCheck, findingsOf } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableRows } from "../../helpers/grids";

describeWorkbookCheck("duplicate-project", {
  valid: [
    { name: "two units each with a 食堂经费 (seed 000 tables 1 and 4)", grids: [tableGrid(), tableGrid({ unit: "054002-怀远县医疗保障基金管理中心" }, "4.食堂经费")] },
    { name: "another year", grids: [tableGrid(), tableGrid({ year: "（2022年度）" }, "2022")] },
    { name: "another project", grids: [tableGrid(), tableGrid({ name: "物业管理费" }, "3.物业管理费")] },
  ],
  invalid: [
    {
      name: "the second table of the same project (name, unit, year) at its name, naming the first sheet",
      grids: [tableGrid({}, "1.食堂经费"), tableGrid(), tableGrid({}, "副本")],
      findings: [
        { sheet: "Sheet1", messageId: "duplicate", cell: "B3", severity: "warning", data: { firstSheet: "1.食堂经费", firstRange: "A1:I19" } },
        { sheet: "副本", messageId: "duplicate", cell: "B3" },
      ],
    },
    {
      name: "also on one sheet (a table stacked twice)",
      grids: [gridOf([...tableRows(), [], ...tableRows()])],
      findings: [{ sheet: "Sheet1", messageId: "duplicate", cell: "B23", data: { firstSheet: "Sheet1", firstRange: "A1:I19" } }],
    },
  ],
});

describeWorkbookCheck("sheet-hidden", {
  valid: [
    { name: "a visible sheet", grids: [tableGrid()] },
    // A hidden sheet without a table: table-not-found says that.
    { name: "a hidden sheet without a table", grids: [tableGrid(), { ...gridOf([["备注"]], { sheet: "说明" }), hidden: true }], tables: [1, 0] },
  ],
  invalid: [
    {
      name: "a hidden sheet holding a table (checked all the same)",
      grids: [{ ...tableGrid({}, "隐藏"), hidden: true }, tableGrid()],
      findings: [{ sheet: "隐藏", messageId: "hidden", severity: "info", data: { tables: 1 } }],
    },
  ],
});

it("sheet-hidden is reported at sheet level, at no cell", () => {
  const found = findingsOf("sheet-hidden", [{ ...tableGrid({}, "隐藏"), hidden: true }]);
  expect(found).toEqual([expect.objectContaining({ sheet: "隐藏", cell: undefined, data: { tables: 1 } })]);
});

const notes = (n: number) => Array.from({ length: n }, (_, i) => [`备注 ${i + 1}`]);

describeWorkbookCheck("content-outside-table", {
  valid: [
    { name: "a few lines of notes above and below the table", grids: [gridOf([...notes(3), ...tableRows(), [], ...notes(6)])] },
    { name: "a sheet without a table (table-not-found says that)", grids: [gridOf(notes(50))], tables: [0] },
  ],
  invalid: [
    {
      name: "10 or more rows outside every table, at the first of them",
      grids: [gridOf([...tableRows(), [], ...notes(10)])],
      findings: [{ sheet: "Sheet1", messageId: "outside", cell: "A21", severity: "info", data: { rows: 10 } }],
    },
    {
      name: "rows above the table count too",
      grids: [gridOf([...notes(6), [], ...tableRows(), [], ...notes(6)])],
      findings: [{ sheet: "Sheet1", messageId: "outside", cell: "A1", data: { rows: 12 } }],
    },
  ],
});

describe("table-not-found, title only", () => {
  it("is a warning when a sheet holds only a self-evaluation title and its year", () => {
    const found = findingsOf("table-not-found", gridOf([["项目支出绩效自评表"], ["（2023年度）"]], { sheet: "2.执法工作经费" }));
    expect(found).toEqual([expect.objectContaining({ severity: "warning", data: { empty: false, titleOnly: true } })]);
    expect(found.map(messageIdOf)).toEqual(["titleOnly"]);
  });

  it("stays information for a list sheet whose title mentions 绩效自评表", () => {
    const found = findingsOf("table-not-found", gridOf([["2023年度项目支出绩效自评表"], ["序号", "项目名称", "备注"], [1, "食堂经费", null]]));
    expect(found).toEqual([expect.objectContaining({ severity: "info", data: { empty: false, list: true } })]);
    expect(found.map(messageIdOf)).toEqual(["list"]);
  });
});
