import { type CellPos, type Grid, displayText, valueAt } from "../grid";
import { at } from "./format";
import type { WorkbookCheck } from "./types";

const M = {
  copied: "“实际完成情况”与工作表“{first}”（{cell}）中的一字不差，而两个项目的预期目标不同：像是从另一个项目复制过来的，请按本项目的实际完成情况填写。",
};

/**
 * Shorter texts ("已完成。", "完成率100%，达到了预期目标。") are stock phrases every project may
 * share; a copied paragraph is longer.
 */
const MIN_LENGTH = 30;

function textAt(grid: Grid, p: CellPos | undefined): string {
  return p ? displayText(valueAt(grid, p.row, p.col)).replace(/\s+/g, "") : "";
}

/**
 * goal-text-copied: two projects' 实际完成情况 are the same paragraph while their 预期目标 differ
 * (seed 000 table 9 carries table 2's text word for word). Two tables of one project type with the
 * same goals (seed 000's two 食堂经费) may well say the same thing: not reported.
 */
export const goalTextCopied: WorkbookCheck = {
  code: "goal-text-copied",
  severity: "warning",
  description: "两个项目的“实际完成情况”一字不差而预期目标不同，像是从另一个项目复制的",
  run({ sheets, report }) {
    const seen = new Map<string, { sheet: string; cell: CellPos; expected: string }>();
    for (const { grid, projects } of sheets) {
      for (const project of projects) {
        const t = project.table;
        const actual = textAt(grid, t.fields.actualGoal);
        if (actual.length < MIN_LENGTH || !t.fields.actualGoal) continue;
        const expected = textAt(grid, t.fields.expectedGoal);
        const first = seen.get(actual);
        if (!first) {
          seen.set(actual, { sheet: t.sheet, cell: t.fields.actualGoal, expected });
          continue;
        }
        if (first.expected === expected) continue;
        const cell = at(first.cell);
        report({ sheet: t.sheet, cell: t.fields.actualGoal, message: M.copied.replace("{first}", first.sheet).replace("{cell}", cell), data: { firstSheet: first.sheet, firstCell: cell } });
      }
    }
  },
};
