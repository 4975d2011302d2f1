import { describeCheck, withIndicator } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, tableGrid } from "../../helpers/grids";

const CODE = "indicator-duplicate";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "the same name with another target is another indicator", grid: withIndicator(3, { name: "补助发放及时率", target: "≥90%", actual: 100 }) },
    {
      name: "two 不适用 rows are the form's slots, not duplicates",
      grid: tableGrid({ indicators: [...DEFAULT_INDICATORS, { l2: "经济效益指标", name: "不适用", target: null, actual: null, weight: 0, score: null }, { l2: "生态效益指标", name: "不适用", target: null, actual: null, weight: 0, score: null }] }),
    },
  ],
  invalid: [
    {
      name: "seed 003 table 3: the same name and target twice (scored twice)",
      grid: withIndicator(3, { name: "补助发放及时率", target: "≥95%", actual: 100 }),
      findings: [{ messageId: "duplicate", cell: "D16", severity: "warning", data: { firstRow: 15 } }],
    },
    {
      name: "white space and full-width signs do not make it another indicator",
      grid: withIndicator(3, { name: "补助发放 及时率", target: " ≥95%", actual: 100 }),
      findings: [{ messageId: "duplicate", cell: "D16", data: { firstRow: 15 } }],
    },
  ],
});
