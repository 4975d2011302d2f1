import { describeCheck, editedTable, findingsOf } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";
import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";

const CODE = "total-line-assumed";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (年度资金总额：)", grid: tableGrid() },
    { name: "度资金总额 (the 年 lost to the line above) is still a label", grid: editedTable((rows) => (rows[5][1] = "度资金总额")) },
    { name: "no figures under the header at all", grid: editedTable((rows) => { for (const r of [5, 6, 7, 8]) rows[r] = rows[r].map(() => null); }) },
  ],
  invalid: [
    {
      name: "DOMAIN: a total line labelled past recognition (项目总投入)",
      grid: editedTable((rows) => (rows[5][1] = "项目总投入")),
      findings: [{ messageId: "named", cell: "B6", severity: "info", data: { row: 6, label: "项目总投入" } }],
    },
    {
      name: "a total line with no label at all",
      grid: editedTable((rows) => (rows[5][1] = null)),
      findings: [{ messageId: "unnamed", cell: "B6", severity: "info", data: { row: 6, label: "" } }],
    },
  ],
});

describe(`${CODE}: the rate is still computed`, () => {
  it("scores the execution from the line taken by its place", () => {
    const grid = editedTable((rows) => {
      rows[5][1] = "项目总投入";
      rows[5][4] = 25.14;
      rows[5][5] = 23.82;
      rows[5][3] = 25.14;
      rows[6][3] = 25.14;
      rows[6][4] = 25.14;
      rows[6][5] = 23.82;
    });
    const [p] = checkWorkbook([grid], { profile: NATIONAL_PROFILE }).projects;
    expect(p.funds?.rateScore).toBe("9.47");
    expect(findingsOf("missing-field", grid)).toEqual([]);
  });
});
