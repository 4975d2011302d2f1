import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { Grid } from "../../../src/domain/grid";
import { describeWorkbookCheck } from "../../helpers/check-harness";
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

describeWorkbookCheck(CODE, {
  valid: [
    { name: "one sheet with a table", grids: [tableGrid()] },
    { name: "two sheets with tables", grids: [tableGrid({}, "食堂经费"), tableGrid({ name: "宣传经费" }, "宣传经费")] },
    { name: "a table placed away from A1 (C5)", grids: [gridOf(tableRows(), { at: "C5" })] },
  ],
  invalid: [
    { name: "an empty sheet", grids: [gridOf([], { sheet: "Sheet2" })], findings: [{ sheet: "Sheet2", messageId: "empty", severity: "info", data: { empty: true } }] },
    { name: "a sheet of blanks and white space", grids: [gridOf([[null, "  "], [null, null]], { sheet: "空白" })], findings: [{ sheet: "空白", messageId: "empty", data: { empty: true } }] },
    { name: "DOMAIN: the list sheet (序号 / 项目名称 / 备注), said to be a list", grids: [LIST], findings: [{ sheet: "项目清单", messageId: "list", severity: "info", data: { empty: false, list: true } }] },
    { name: "a sheet of notes: the labels to check are named", grids: [gridOf([["说明：本表为附表。"]], { sheet: "说明" })], findings: [{ sheet: "说明", messageId: "notFound", severity: "info", data: { empty: false } }] },
    {
      name: "only the sheets without a table, in sheet order",
      grids: [gridOf([], { sheet: "说明" }), tableGrid({}, "食堂经费"), LIST],
      findings: [
        { sheet: "说明", messageId: "empty", data: { empty: true } },
        { sheet: "项目清单", messageId: "list", data: { empty: false } },
      ],
    },
  ],
});

describe(`${CODE}: sheet-level`, () => {
  it("points at no cell", () => {
    const found = sheetFindings([gridOf([], { sheet: "说明" }), LIST]);
    expect(found).toHaveLength(2);
    for (const f of found) expect(f.cell).toBeUndefined();
  });

  it("takes its severity from the profile", () => {
    const [f] = sheetFindings([LIST], { ...NATIONAL_PROFILE, severities: { [CODE]: "warning" } });
    expect(f.severity).toBe("warning");
  });
});
