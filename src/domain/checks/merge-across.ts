import { type CellPos, type MergeArea, cellAddress, rangeAddress } from "../grid";
import type { Check } from "./types";

const M = {
  message: "合并单元格 {range} 跨越了 {n} 个需要分别填写的单元格（{cells}）：合并后只有左上角 {cell} 的内容有效，其余按空白处理。请取消合并，逐格填写。",
};

/**
 * merge-across: a merged area inside a table covers two or more cells that must each hold their own
 * value (amounts, targets, actuals, weights, scores). Merged labels and a 偏差原因 merged down over
 * several rows are common and harmless, so label and explanation cells do not count.
 */
export const mergeAcross: Check = {
  code: "merge-across",
  severity: "error",
  description: "合并单元格跨越了多个需要分别填写的单元格（如两行指标的指标值和完成值），合并后只剩左上角的内容",
  run({ project, grid, report }) {
    const t = project.table;
    // The cells that must each hold their own value, and what each is (two parallel lists).
    const cells: CellPos[] = [];
    const whats: string[] = [];
    const add = (pos: CellPos | undefined, what: string) => {
      if (!pos) return;
      cells.push(pos);
      whats.push(what);
    };
    for (const line of t.funds) {
      add(line.initial, "年初预算数");
      add(line.annual, "全年预算数");
      add(line.executed, "全年执行数");
      if (line.kind === "total") {
        add(line.weight, "分值");
        add(line.rate, "执行率");
        add(line.score, "得分");
      }
    }
    for (const row of t.indicators) {
      add(row.nature, "指标性质");
      add(row.target, "指标值");
      add(row.unit, "度量单位");
      add(row.actual, "实际完成值");
      add(row.weight, "分值");
      add(row.score, "得分");
    }
    add(t.total?.weight, "总分分值");
    add(t.total?.score, "总分");
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
      const list = covered.slice(0, 4).map((c) => `${cellAddress(c.pos.row, c.pos.col)} ${c.what}`).join("、") + (covered.length > 4 ? " 等" : "");
      report({
        cell: { row: m.top, col: m.left },
        message: M.message.replace("{range}", range).replace("{n}", String(covered.length)).replace("{cells}", list).replace("{cell}", cellAddress(m.top, m.left)),
        data: { range, cells: covered.map((c) => cellAddress(c.pos.row, c.pos.col)) },
      });
    }
  },
};
