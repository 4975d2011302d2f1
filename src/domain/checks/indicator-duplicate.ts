import { displayText, valueAt } from "../grid";
import { doesNotApply } from "../evaluate/indicator";
import { defineCheck } from "./types";

/**
 * indicator-duplicate: the same indicator (same 三级 name and the same target) twice in one table,
 * so it is scored twice (seed 003 table 3: 群众对医保工作得认可率 ≥98% under 社会效益 and again under
 * 可持续发展). The same name with another target is a different indicator: not reported.
 */
export const indicatorDuplicate = defineCheck({
  code: "indicator-duplicate",
  severity: "warning",
  description: "同一张表里同一个三级指标（名称和指标值都相同）出现了两次，重复计分",
  messages: {
    duplicate: "“{{name}}”在第 {{first}} 行已经有一行，指标值也相同（“{{target}}”）：同一指标计了两次分，请删去一行或改为不同的指标。",
  },
  run({ project, grid, report }) {
    const seen = new Map<string, number>();
    for (const ind of project.indicators) {
      if (doesNotApply(ind)) continue;
      const name = ind.row.name.replace(/\s+/g, "");
      if (!name) continue;
      const target = ind.row.target ? displayText(valueAt(grid, ind.row.target.row, ind.row.target.col)) : "";
      const nature = ind.row.nature ? displayText(valueAt(grid, ind.row.nature.row, ind.row.nature.col)) : "";
      const unit = ind.row.unit ? displayText(valueAt(grid, ind.row.unit.row, ind.row.unit.col)) : "";
      const shown = `${nature}${target}${unit}`.replace(/\s+/g, "");
      const key = `${name}|${shown}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, ind.row.row);
        continue;
      }
      report({
        cell: ind.row.nameCell,
        messageId: "duplicate",
        data: { name: ind.row.name, first: String(first + 1), target: shown },
        details: { firstRow: first + 1 },
      });
    }
  },
});
