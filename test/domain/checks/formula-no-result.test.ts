import { describeCheck, editedTable, findingsOf } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "formula-no-result";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (no formulas)", grid: tableGrid() },
    { name: "a total formula with its cached result", grid: editedTable(() => undefined, {}, { formulas: { H19: "=SUM(I6,H13:H18)" } }) },
    { name: "an empty total without a formula (the plan fills it)", grid: tableGrid({ totalScore: null }) },
  ],
  invalid: [
    {
      name: "总分 is a formula without a cached result: names the computed total",
      grid: editedTable((rows) => (rows[18][7] = null), {}, { formulas: { H19: "=SUM(I6,H13:H18)" } }),
      findings: [{ messageId: "noResult", cell: "H19", severity: "warning", data: { formula: "=SUM(I6,H13:H18)", computed: "100.00" } }],
    },
    {
      name: "执行率 formula without a result",
      grid: editedTable((rows) => (rows[5][7] = null), {}, { formulas: { H6: "=F6/E6" } }),
      findings: [{ messageId: "noResult", cell: "H6", data: { formula: "=F6/E6", computed: "100.00%" } }],
    },
    {
      name: "全年执行数 formula without a result: an input, no computed value",
      grid: editedTable((rows) => (rows[5][5] = null), { funds: { rate: null, score: null }, totalScore: null }, { formulas: { F6: "=SUM(F7:F9)" } }),
      findings: [{ messageId: "noResult", cell: "F6", data: { formula: "=SUM(F7:F9)", computed: null } }],
    },
  ],
});

it("missing-field does not tell the user to fill in an amount that is a formula without a result", () => {
  const grid = editedTable((rows) => (rows[5][5] = null), { funds: { rate: null, score: null }, totalScore: null }, { formulas: { F6: "=SUM(F7:F9)" } });
  expect(findingsOf("missing-field", grid).filter((f) => f.cell === "F6")).toEqual([]);
});
