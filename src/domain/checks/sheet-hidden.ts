import type { WorkbookCheck } from "./types";

const M = {
  hidden: "工作表“{sheet}”是隐藏的，其中的 {n} 张自评表也已检查：评审人员在 Excel 中看不到隐藏的工作表，请确认是否应当上报，需要上报的请取消隐藏。",
};

/** sheet-hidden: a hidden sheet holds a self-evaluation table (checked all the same). */
export const sheetHidden: WorkbookCheck = {
  code: "sheet-hidden",
  severity: "info",
  description: "自评表所在的工作表被隐藏（表格照常检查，但评审人员在 Excel 中看不到）",
  run({ sheets, report }) {
    for (const { grid, projects } of sheets) {
      if (grid.hidden !== true || projects.length === 0) continue;
      report({ sheet: grid.sheet, message: M.hidden.replace("{sheet}", grid.sheet).replace("{n}", String(projects.length)), data: { tables: projects.length } });
    }
  },
};
