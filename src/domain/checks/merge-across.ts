import { type CellPos, type MergeArea, cellAddress, rangeAddress } from "../grid";
import { defineCheck } from "./types";

/** The cells that must each hold their own value, as the message names them. */
const CELL_NAME = {
  initial: "年初预算数",
  annual: "全年预算数",
  executed: "全年执行数",
  nature: "指标性质",
  target: "指标值",
  unit: "度量单位",
  actual: "实际完成值",
  weight: "分值",
  rate: "执行率",
  score: "得分",
  totalWeight: "总分分值",
  total: "总分",
} as const;

type ValueCell = keyof typeof CELL_NAME;

/**
 * merge-across: a merged area inside a table covers two or more cells that must each hold their own
 * value (amounts, targets, actuals, weights, scores). Merged labels and a 偏差原因 merged down over
 * several rows are common and harmless, so label and explanation cells do not count.
 */
export const mergeAcross = defineCheck({
  code: "merge-across",
  severity: "error",
  description: "合并单元格跨越了多个需要分别填写的单元格（如两行指标的指标值和完成值），合并后只剩左上角的内容",
  messages: {
    covers: "合并单元格 {{range}} 跨越了 {{n}} 个需要分别填写的单元格（{{cells}}）：合并后只有左上角 {{cell}} 的内容有效，其余按空白处理。请取消合并，逐格填写。",
  },
  run({ project, grid, report }) {
    const t = project.table;
    // The cells that must each hold their own value, and what each is (two parallel lists).
    const cells: CellPos[] = [];
    const whats: ValueCell[] = [];
    const add = (pos: CellPos | undefined, what: ValueCell) => {
      if (!pos) return;
      cells.push(pos);
      whats.push(what);
    };
    for (const line of t.funds) {
      add(line.initial, "initial");
      add(line.annual, "annual");
      add(line.executed, "executed");
      if (line.kind === "total") {
        add(line.weight, "weight");
        add(line.rate, "rate");
        add(line.score, "score");
      }
    }
    for (const row of t.indicators) {
      add(row.nature, "nature");
      add(row.target, "target");
      add(row.unit, "unit");
      add(row.actual, "actual");
      add(row.weight, "weight");
      add(row.score, "score");
    }
    add(t.total?.weight, "totalWeight");
    add(t.total?.score, "total");
    // Only merges reaching into the box around those cells can cover two of them: the title, goal
    // and label merges of a table mostly lie outside it.
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const pos of cells) {
      top = Math.min(top, pos.row);
      bottom = Math.max(bottom, pos.row);
      left = Math.min(left, pos.col);
      right = Math.max(right, pos.col);
    }
    const meets = (m: MergeArea, a: { top: number; left: number; bottom: number; right: number }) => !(m.bottom < a.top || m.top > a.bottom || m.right < a.left || m.left > a.right);
    const box = { top, left, bottom, right };
    const inside = grid.merges.filter((m) => meets(m, t) && meets(m, box));
    for (const m of inside) {
      // Most merges (labels, goal texts) cover at most one of the cells: count before listing.
      let n = 0;
      for (const pos of cells) if (pos.row >= m.top && pos.row <= m.bottom && pos.col >= m.left && pos.col <= m.right) n++;
      if (n < 2) continue;
      const covered = cells.flatMap((pos, i) => (pos.row >= m.top && pos.row <= m.bottom && pos.col >= m.left && pos.col <= m.right ? [{ pos, what: whats[i] }] : []));
      const range = rangeAddress(m.top, m.left, m.bottom, m.right);
      const list = covered.slice(0, 4).map((c) => `${cellAddress(c.pos.row, c.pos.col)} ${CELL_NAME[c.what]}`).join("、") + (covered.length > 4 ? " 等" : "");
      report({
        cell: { row: m.top, col: m.left },
        messageId: "covers",
        data: { range, n: String(covered.length), cells: list, cell: cellAddress(m.top, m.left) },
        details: { range, cells: covered.map((c) => cellAddress(c.pos.row, c.pos.col)) },
      });
    }
  },
});
