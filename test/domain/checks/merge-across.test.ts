import { describeCheck } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableMerges, tableRows } from "../../helpers/grids";

const CODE = "merge-across";

function merged(extra: string[], blank: [number, number][] = []) {
  const rows = tableRows();
  for (const [r, c] of blank) rows[r][c] = null;
  return gridOf(rows, { merges: [...tableMerges(6), ...extra] });
}

describeCheck(CODE, {
  valid: [
    { name: "the canonical layout (labels, 一级 / 二级 merged down)", grid: tableGrid() },
    { name: "one 偏差原因 merged down over two rows", grid: merged(["I13:I14"]) },
    { name: "a target merged across its unit column only (one value cell)", grid: merged(["E13:E13"]) },
    { name: "分值 of the funds merged down over the sub-lines (one value cell of the total line)", grid: merged(["G6:G9"], [[6, 6], [7, 6], [8, 6]]) },
  ],
  invalid: [
    {
      name: "E13:F14 across two rows' targets and actuals",
      grid: merged(["E13:F14"], [[12, 5], [13, 4], [13, 5]]),
      findings: [{ messageId: "covers", cell: "E13", severity: "error", data: { range: "E13:F14", cells: ["E13", "F13", "E14", "F14"] } }],
    },
    {
      name: "a score merged with the next row's score",
      grid: merged(["H13:H14"], [[13, 7]]),
      findings: [{ messageId: "covers", cell: "H13", data: { range: "H13:H14", cells: ["H13", "H14"] } }],
    },
    {
      name: "全年预算数 and 全年执行数 merged on the total line",
      grid: merged(["E6:F6"], [[5, 5]]),
      findings: [{ messageId: "covers", cell: "E6", data: { cells: ["E6", "F6"] } }],
    },
  ],
});
