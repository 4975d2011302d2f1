import { describeCheck, withIndicator } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "text-too-long";

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "an explanation of exactly 2000 characters", grid: withIndicator(0, { why: "因".repeat(2000) }) },
  ],
  invalid: [
    { name: "a 30 000-character explanation", grid: withIndicator(0, { why: "因".repeat(30_000) }), findings: [{ messageId: "tooLong", cell: "I13", severity: "warning", data: { length: 30_000 } }] },
    { name: "a 5000-character 实际完成情况", grid: tableGrid({ actual: "完".repeat(5000) }), findings: [{ messageId: "tooLong", cell: "F11", data: { length: 5000 } }] },
  ],
});
