import { cellAddress, isBlank } from "../grid";
import { defineWorkbookCheck } from "./types";

/**
 * Rows of content outside every table below which nothing is said: a few lines of notes above or
 * below a table are common (seed layouts carry up to 3) and are not worth a finding.
 */
const NOTICE_FROM_ROWS = 10;

/** content-outside-table: a sheet with a table also holds many rows that belong to no table. */
export const contentOutsideTable = defineWorkbookCheck({
  code: "content-outside-table",
  severity: "info",
  description: "工作表在自评表之外还有大量内容（10 行以上），这些内容未作为自评表检查",
  messages: {
    outside: "工作表“{{sheet}}”中，自评表以外还有 {{n}} 行内容（从 {{cell}} 开始），这些内容没有作为自评表检查：如果其中有自评表，请检查它的“项目名称”“三级指标”等标签；如果是无关数据，建议移到其他工作表。",
  },
  run({ sheets, report }) {
    for (const { grid, projects } of sheets) {
      if (projects.length === 0) continue;
      const inTable = (row: number) => projects.some((p) => row >= p.table.top && row <= p.table.bottom);
      let rows = 0;
      let first: { row: number; col: number } | undefined;
      grid.values.forEach((values, i) => {
        const row = grid.top + i;
        if (inTable(row)) return;
        const j = values.findIndex((v) => !isBlank(v));
        if (j < 0) return;
        rows++;
        first ??= { row, col: grid.left + j };
      });
      if (rows < NOTICE_FROM_ROWS || !first) continue;
      const cell = first;
      report({
        sheet: grid.sheet,
        cell,
        messageId: "outside",
        data: { sheet: grid.sheet, n: String(rows), cell: cellAddress(cell.row, cell.col) },
        details: { rows },
      });
    }
  },
});

