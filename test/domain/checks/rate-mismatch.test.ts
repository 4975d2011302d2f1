import { describeCheck, editedTable, withFunds } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "rate-mismatch";
/** 23.82 / 25.14 = 94.7494…% → shown 94.75%, scored 9.47. */
const real = (rate: unknown, options: { formula?: string } = {}) => {
  const spec = { funds: { initial: 25.14, annual: 25.14, executed: 23.82, rate: rate as never, score: 9.47 }, subLines: [[25.14, 25.14, 23.82], [0, 0, 0], [0, 0, 0]] as never, totalScore: 99.47 };
  return options.formula ? editedTable(() => undefined, spec, { formulas: { H6: options.formula } }) : tableGrid(spec);
};

describeCheck(CODE, {
  valid: [
    { name: "100% of 4.5 typed as 1", grid: tableGrid() },
    { name: "23.82/25.14 typed as 0.9475", grid: real(0.9475) },
    { name: "23.82/25.14 typed with full precision (0.947494…)", grid: real(23.82 / 25.14) },
    { name: "23.82/25.14 typed as the text \"94.75%\"", grid: real("94.75%") },
    { name: "the rate cell left empty", grid: real(null) },
    { name: "a rate that is not a number (not-a-number's business)", grid: real({ error: "#DIV/0!" }) },
    { name: "no rate can be computed (budget 0)", grid: withFunds(0, 0, { rate: 0.95, score: null }, { totalScore: null }) },
    { name: "over-spent: 5/4.5 typed as 1.1111", grid: withFunds(4.5, 5, { rate: 1.1111, score: 10 }) },
  ],
  invalid: [
    {
      name: "DOMAIN: 23.82/25.14 printed as 95.00%",
      grid: real(0.95),
      findings: [{ messageId: "differs", cell: "H6", severity: "warning", data: { computed: "0.9475", entered: "0.95" } }],
    },
    {
      name: "the same from a formula (=ROUND(F6/E6,2)): same finding, not rewritten",
      grid: real(0.95, { formula: "=ROUND(F6/E6,2)" }),
      findings: [{ messageId: "differs", cell: "H6", severity: "warning", data: { computed: "0.9475", entered: "0.95" } }],
    },
    {
      name: "a rate rounded to 3 decimals of the fraction (0.947)",
      grid: real(0.947),
      findings: [{ messageId: "differs", cell: "H6", data: { computed: "0.9475", entered: "0.947" } }],
    },
    {
      name: "the text \"95%\"",
      grid: real("95%"),
      findings: [{ messageId: "differs", cell: "H6", data: { computed: "0.9475", entered: "0.95" } }],
    },
    {
      name: "94.75 typed as a number for 94.75%: info",
      grid: real(94.75),
      findings: [{ messageId: "asNumber", cell: "H6", severity: "info", data: { computed: "0.9475", entered: "94.75", asNumber: true } }],
    },
    {
      name: "100 typed for 100%: info",
      grid: tableGrid({ funds: { rate: 100 } }),
      findings: [{ messageId: "asNumber", cell: "H6", severity: "info", data: { computed: "1", entered: "100", asNumber: true } }],
    },
    {
      name: "95 typed as a number when the rate is 94.75%: a plain mismatch, not asNumber",
      grid: real(95),
      findings: [{ messageId: "differs", cell: "H6", severity: "warning", data: { computed: "0.9475", entered: "95" } }],
    },
    {
      name: "over-spent but capped at 100% in 执行率",
      grid: withFunds(4.5, 5, { rate: 1, score: 10 }),
      findings: [{ messageId: "differs", cell: "H6", data: { computed: "1.1111", entered: "1" } }],
    },
  ],
});
