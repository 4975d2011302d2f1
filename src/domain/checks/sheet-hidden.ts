import { defineWorkbookCheck } from "./types";

/** sheet-hidden: a hidden sheet holds a self-evaluation table (checked all the same). */
export const sheetHidden = defineWorkbookCheck({
  code: "sheet-hidden",
  severity: "info",
  description: "自评表所在的工作表被隐藏（表格照常检查，但评审人员在 Excel 中看不到）",
  messages: {
    hidden: "工作表“{{sheet}}”是隐藏的，其中的 {{n}} 张自评表也已检查：评审人员在 Excel 中看不到隐藏的工作表，请确认是否应当上报，需要上报的请取消隐藏。",
  },
  run({ sheets, report }) {
    for (const { grid, projects } of sheets) {
      if (grid.hidden !== true || projects.length === 0) continue;
      report({ sheet: grid.sheet, messageId: "hidden", data: { sheet: grid.sheet, n: String(projects.length) }, details: { tables: projects.length } });
    }
  },
});
