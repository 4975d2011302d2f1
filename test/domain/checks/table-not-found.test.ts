import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { Grid } from "../../../src/domain/grid";
import { expectedFinding, type ExpectedFinding } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableRows } from "../../helpers/grids";

const CODE = "table-not-found";
/** Sheet-level findings come in checkWorkbook's `findings`, not in a project's. */
const sheetFindings = (grids: Grid[], profile = NATIONAL_PROFILE) => checkWorkbook(grids, { profile }).findings.filter((f) => f.code === CODE);

const LIST = gridOf(
  [
    ["序号", "项目名称", "备注"],
    [1, "食堂经费", null],
    [2, "医保宣传经费", "已完成"],
  ],
  { sheet: "项目清单" },
);

const valid: [string, Grid[]][] = [
  ["one sheet with a table", [tableGrid()]],
  ["two sheets with tables", [tableGrid({}, "食堂经费"), tableGrid({ name: "宣传经费" }, "宣传经费")]],
  ["a table placed away from A1 (C5)", [gridOf(tableRows(), { at: "C5" })]],
];

const invalid: [string, Grid[], (ExpectedFinding & { sheet: string })[]][] = [
  ["an empty sheet", [gridOf([], { sheet: "Sheet2" })], [{ sheet: "Sheet2", severity: "info", data: { empty: true } }]],
  ["a sheet of blanks and white space", [gridOf([[null, "  "], [null, null]], { sheet: "空白" })], [{ sheet: "空白", data: { empty: true } }]],
  ["DOMAIN: the list sheet (序号 / 项目名称 / 备注), said to be a list", [LIST], [{ sheet: "项目清单", severity: "info", data: { empty: false, list: true } }]],
  ["only the sheets without a table, in sheet order", [gridOf([], { sheet: "说明" }), tableGrid({}, "食堂经费"), LIST], [{ sheet: "说明", data: { empty: true } }, { sheet: "项目清单", data: { empty: false } }]],
];

describe(CODE, () => {
  describe("valid", () => {
    it.each(valid)("%s", (_name, grids) => {
      expect(sheetFindings(grids)).toEqual([]);
    });
  });
  describe("invalid", () => {
    it.each(invalid)("%s", (_name, grids, expected) => {
      const actual = sheetFindings(grids);
      expect(actual).toEqual(expected.map(({ sheet, ...f }) => expect.objectContaining({ sheet, ...f, ...(f.data ? { data: expect.objectContaining(f.data) } : {}) })));
      for (const f of actual) expect(f).toEqual(expectedFinding(CODE, {}));
      // A sheet-level finding points at no cell.
      for (const f of actual) expect(f.cell).toBeUndefined();
    });
  });
  it("takes its severity from the profile", () => {
    const [f] = sheetFindings([LIST], { ...NATIONAL_PROFILE, severities: { [CODE]: "warning" } });
    expect(f.severity).toBe("warning");
  });
});
