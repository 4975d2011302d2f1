import { describeCheck, editedTable, withFunds, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "total-mismatch";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table (100)", grid: tableGrid() },
    { name: "a total typed with more decimals that rounds to the sum (100.004)", grid: tableGrid({ totalScore: 100.004 }) },
    { name: "a total typed as text (\"100\")", grid: tableGrid({ totalScore: "100" }) },
    { name: "an empty total", grid: tableGrid({ totalScore: null }) },
    { name: "23.82/25.14: 9.47 + 90 = 99.47", grid: withFunds(25.14, 23.82, { rate: 0.9475, score: 9.47 }, { totalScore: 99.47 }) },
    { name: "entered indicator scores count, even when the rule disagrees (8.23 kept)", grid: withIndicator(5, { name: "培训人次", target: "≥17人次", actual: 14, score: 8.23, why: "x" }, { totalScore: 98.23 }) },
    { name: "empty quantitative scores count as computed (7 of ≥8人 → 17.5)", grid: withIndicator(0, { actual: 7, score: null, why: "x" }, { totalScore: 97.5 }) },
    { name: "no total can be computed (a 部分达成 score left to the accountant)", grid: withIndicator(1, { actual: "部分达成预期指标并具有一定效果", score: null, why: "x" }, { totalScore: 100 }) },
    { name: "no total can be computed (budget 0)", grid: withFunds(0, 0, { rate: null, score: null }, { totalScore: 42 }) },
    { name: "a total that is not a number (not-a-number's business)", grid: tableGrid({ totalScore: "一百" }) },
  ],
  invalid: [
    {
      name: "DOMAIN: the printed total differs from the sum (98 vs 100)",
      grid: tableGrid({ totalScore: 98 }),
      findings: [{ messageId: "differs", cell: "H19", severity: "error", data: { computed: "100", entered: "98" } }],
    },
    {
      name: "the same from a formula: reported, not rewritten",
      grid: editedTable(() => undefined, { totalScore: 98 }, { formulas: { H19: "=SUM(I6,H13:H18)" } }),
      findings: [{ messageId: "differs", cell: "H19", data: { computed: "100", entered: "98" } }],
    },
    {
      name: "the execution score counts as computed, not as typed (95% typed 10 → total 99.5)",
      grid: withFunds(20, 19, { rate: 0.95, score: 10 }, { totalScore: 100 }),
      findings: [{ messageId: "differs", cell: "H19", data: { computed: "99.5", entered: "100" } }],
    },
    {
      name: "a computed indicator score lowers the sum (7 of ≥8人, score empty, total 100)",
      grid: withIndicator(0, { actual: 7, score: null, why: "x" }, { totalScore: 100 }),
      findings: [{ messageId: "differs", cell: "H19", data: { computed: "97.5", entered: "100" } }],
    },
    {
      name: "a total off by one cent (99.99)",
      grid: tableGrid({ totalScore: 99.99 }),
      findings: [{ messageId: "differs", cell: "H19", data: { computed: "100", entered: "99.99" } }],
    },
  ],
});
