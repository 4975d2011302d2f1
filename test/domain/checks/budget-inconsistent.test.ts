import { describeCheck, editedTable, findingsOf, withFunds } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "budget-inconsistent";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (4.5 = 4.5 + 0 + 0)", grid: tableGrid() },
    { name: "sub-lines split the total exactly (25.14 = 20.14 + 5)", grid: withFunds(25.14, 23.82, { rate: 0.9475, score: 9.47 }, { subLines: [[20.14, 20.14, 18.82], [5, 5, 5], [0, 0, 0]], totalScore: 99.47 }) },
    { name: "sub-lines left blank", grid: tableGrid({ subLines: [[null, null, null], [null, null, null], [null, null, null]] }) },
    { name: "sub-lines with dashes read as empty", grid: tableGrid({ subLines: [["—", "—", "—"], [4.5, 4.5, 4.5], ["/", "/", "/"]] }) },
    { name: "a sub-line that is not a number (not-a-number's business, no sum)", grid: tableGrid({ subLines: [["四", "四", "四"], [0.5, 0.5, 0.5], [0, 0, 0]] }) },
    // Every sub-line counts in the sum: with one left out (a deliberate bug that only a snapshot
    // caught), each of these splits would be a false "does not add up".
    { name: "the 财政拨款 line carries part of the total (4.5 = 4 + 0.5 + 0)", grid: tableGrid({ subLines: [[4, 4, 4], [0.5, 0.5, 0.5], [0, 0, 0]] }) },
    { name: "the 上年结转 line carries part of the total (4.5 = 0 + 4.5 + 0)", grid: tableGrid({ subLines: [[0, 0, 0], [4.5, 4.5, 4.5], [0, 0, 0]] }) },
    { name: "the 其他资金 line carries part of the total (4.5 = 1 + 1.5 + 2)", grid: tableGrid({ subLines: [[1, 1, 1], [1.5, 1.5, 1.5], [2, 2, 2]] }) },
    // Lines may be missing from a form: 财政拨款 80 of a 100 total says nothing of the other 20.
    { name: "only 财政拨款 printed, part of the total (80 of 100)", grid: editedTable((rows) => { rows.splice(7, 2); rows[5][3] = rows[5][4] = rows[5][5] = 100; rows[6][3] = rows[6][4] = rows[6][5] = 80; }, {}, {}) },
    { name: "executed equal to the budget", grid: withFunds(10, 10) },
    { name: "budget 0 and nothing spent", grid: withFunds(0, 0, { rate: null, score: null }, { totalScore: null }) },
    { name: "empty total line (missing-field's business)", grid: tableGrid({ funds: { initial: null, annual: null, executed: null, rate: null, score: null }, subLines: [[null, null, null], [null, null, null], [null, null, null]], totalScore: null }) },
  ],
  invalid: [
    {
      name: "sub-lines do not add up in every column (4 + 0.4 ≠ 4.5)",
      grid: tableGrid({ subLines: [[4, 4, 4], [0.4, 0.4, 0.4], [0, 0, 0]] }),
      findings: [
        { messageId: "subLines", cell: "D6", severity: "error", data: { column: "initial", sum: "4.4", total: "4.5" } },
        { messageId: "subLines", cell: "E6", severity: "error", data: { column: "annual", sum: "4.4", total: "4.5" } },
        { messageId: "subLines", cell: "F6", severity: "error", data: { column: "executed", sum: "4.4", total: "4.5" } },
      ],
    },
    {
      name: "only the 全年预算数 column is off",
      grid: tableGrid({ subLines: [[4.5, 4, 4.5], [0, 0, 0], [0, 0, 0]] }),
      findings: [{ messageId: "subLines", cell: "E6", data: { column: "annual", sum: "4", total: "4.5" } }],
    },
    {
      name: "blank sub-cells count as 0 when another sub-cell is filled (3 + blank + blank ≠ 4.5)",
      grid: tableGrid({ subLines: [[4.5, 3, 4.5], [0, null, 0], [0, null, 0]] }),
      findings: [{ messageId: "subLines", cell: "E6", data: { column: "annual", sum: "3", total: "4.5" } }],
    },
    {
      name: "executed above the budget (5 > 4.5)",
      grid: withFunds(4.5, 5, { rate: 1.1111, score: 10 }),
      findings: [{ messageId: "overBudget", cell: "F6", severity: "error", data: { annual: "4.5", executed: "5" } }],
    },
    {
      name: "a negative executed amount, on the total line and the sub-line",
      grid: withFunds(4.5, -1, { rate: null, score: 0 }, { totalScore: 90 }),
      findings: [
        { messageId: "negative", cell: "F6", data: { column: "executed", value: "-1" } },
        { messageId: "negative", cell: "F7", data: { column: "executed", value: "-1" } },
      ],
    },
    {
      name: "a negative sub-line in every column (5 − 0.5 = 4.5 still adds up)",
      grid: tableGrid({ subLines: [[5, 5, 5], [-0.5, -0.5, -0.5], [0, 0, 0]] }),
      findings: [
        { messageId: "negative", cell: "D8", data: { column: "initial", value: "-0.5" } },
        { messageId: "negative", cell: "E8", data: { column: "annual", value: "-0.5" } },
        { messageId: "negative", cell: "F8", data: { column: "executed", value: "-0.5" } },
      ],
    },
    {
      name: "a negative 年初预算数 on the total line only",
      grid: tableGrid({ funds: { initial: -4.5 }, subLines: [[null, 4.5, 4.5], [null, 0, 0], [null, 0, 0]] }),
      findings: [{ messageId: "negative", cell: "D6", data: { column: "initial", value: "-4.5" } }],
    },
    {
      name: "budget 0 with money spent: reported on the budget cell, not as over-budget",
      grid: withFunds(0, 2, { rate: null, score: null }, { totalScore: null }),
      findings: [{ messageId: "zeroBudget", cell: "E6", severity: "error", data: { annual: "0", executed: "2" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // Excel stores a SUM of 1.1 and 2.2 as the double 3.3000000000000003 and the xlsx carries all 17
  // digits; an exact Decimal comparison then reports a difference no one can see in the sheet.
  it("tolerates binary float noise in a SUM-formula total (1.1 + 2.2 stored as 3.3000000000000003)", () => {
    const noisy = 1.1 + 2.2;
    const grid = withFunds(noisy, noisy, { rate: 1, score: 10 }, { subLines: [[1.1, 1.1, 1.1], [2.2, 2.2, 2.2], [0, 0, 0]] });
    expect(findingsOf(CODE, grid)).toEqual([]);
  });
});

describe(`${CODE}: the table's own money unit`, () => {
  it("says 元 where the funds header does (项目资金（元）), 万元 otherwise", () => {
    const yuan = editedTable((rows) => {
      rows[4][0] = "项目资金（元）";
      rows[6][4] = 4;
    });
    expect(findingsOf(CODE, yuan)[0].message).toMatch(/合计 4 元，与年度资金总额 4\.5 元不一致/);
    const wan = tableGrid({ subLines: [[4.5, 4, 4.5], [0, 0, 0], [0, 0, 0]] });
    expect(findingsOf(CODE, wan)[0].message).toContain("万元");
  });
});

describe(`${CODE}: a form with fewer source lines`, () => {
  it("still reports parts adding up to more than the whole", () => {
    const grid = editedTable((rows) => {
      rows.splice(7, 2);
      rows[6][3] = rows[6][4] = rows[6][5] = 5;
    });
    expect(findingsOf(CODE, grid).map((f) => f.cell)).toEqual(["D6", "E6", "F6"]);
  });
});
