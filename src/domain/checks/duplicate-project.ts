import { displayText, rangeAddress, valueAt } from "../grid";
import type { EvaluatedProject } from "../evaluate/model";
import { formatMessage } from "./messages";
import { defineWorkbookCheck } from "./types";

/** The 实施单位 in the message, when the table names one. */
const UNIT = "（实施单位“{{unit}}”）";

function squash(text: string): string {
  return text.replace(/\s+/g, "").replace(/[（）]/g, (c) => (c === "（" ? "(" : ")"));
}

/**
 * duplicate-project: the same project (same name, same 实施单位, same year) has a table on two sheets
 * or twice on one. Two units may each have a 食堂经费 (seed 000 tables 1 and 4), so the unit counts.
 */
export const duplicateProject = defineWorkbookCheck({
  code: "duplicate-project",
  severity: "warning",
  description: "同一个项目（项目名称、实施单位和年度都相同）在工作簿中出现了不止一张自评表",
  messages: {
    duplicate: "项目“{{name}}”{{unit}}在工作表“{{first}}”（{{range}}）已经有一张自评表，这里又出现一次：请删除重复的表，或核对项目名称；重复的表会被重复计入汇总。",
  },
  run({ sheets, report }) {
    const seen = new Map<string, EvaluatedProject>();
    for (const { grid, projects } of sheets) {
      for (const project of projects) {
        const name = squash(project.name);
        if (!name) continue;
        const unitCell = project.table.fields.unit;
        const unit = unitCell ? displayText(valueAt(grid, unitCell.row, unitCell.col)) : "";
        const key = `${name}|${squash(unit)}|${project.year ?? ""}`;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, project);
          continue;
        }
        const t = project.table;
        const ft = first.table;
        const range = rangeAddress(ft.top, ft.left, ft.bottom, ft.right);
        report({
          sheet: t.sheet,
          cell: t.fields.name ?? t.labels.name ?? { row: t.top, col: t.left },
          messageId: "duplicate",
          data: { name: project.name, unit: unit ? formatMessage(UNIT, { unit }) : "", first: ft.sheet, range },
          details: { firstSheet: ft.sheet, firstRange: range, name: project.name },
        });
      }
    }
  },
});
