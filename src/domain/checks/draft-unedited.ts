import { type CellPos, displayText, valueAt } from "../grid";
import { explanationCell } from "../evaluate/indicator";
import { DRAFT_PLACEHOLDER, hasDraftPlaceholder } from "../drafts/placeholder";
import { at } from "./format";
import { defineCheck } from "./types";

/**
 * draft-unedited: a draft of 偏差原因 (填入说明草稿) whose placeholders are still there. The draft's
 * figures are not an explanation; the cause and the measures are. Only the two places drafts go are
 * read (偏差原因分析及改进措施 and 实际完成情况), and only the placeholder counts: any other text
 * there is the accountant's own.
 */
export const draftUnedited = defineCheck({
  code: "draft-unedited",
  severity: "error",
  description: "“偏差原因分析及改进措施”或“实际完成情况”中的说明草稿还没有改完（仍有“【请填写】”）",
  messages: {
    indicator: "“{{name}}”的偏差说明（{{cell}}）还是草稿：请把“{{placeholder}}”换成实际的原因分析和改进措施，再提交。",
    goal: "“实际完成情况”（{{cell}}）中的执行率说明还是草稿：请把“{{placeholder}}”换成资金未执行完的原因和改进措施，再提交。",
  },
  run({ project, grid, report }) {
    const textAt = (pos: CellPos) => displayText(valueAt(grid, pos.row, pos.col));
    const seen = new Set<string>();
    for (const ind of project.indicators) {
      const pos = explanationCell(grid, ind.row.explanation);
      if (!pos || seen.has(at(pos)) || !hasDraftPlaceholder(textAt(pos))) continue;
      seen.add(at(pos));
      report({ cell: pos, messageId: "indicator", data: { name: ind.row.name, cell: at(pos), placeholder: DRAFT_PLACEHOLDER } });
    }
    const goal = project.table.fields.actualGoal;
    if (goal && hasDraftPlaceholder(textAt(goal))) {
      report({ cell: goal, messageId: "goal", data: { cell: at(goal), placeholder: DRAFT_PLACEHOLDER } });
    }
  },
});
