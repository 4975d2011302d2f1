import { type CellPos, displayText, valueAt } from "../grid";
import { DRAFT_PLACEHOLDER, hasDraftPlaceholder } from "../drafts/placeholder";
import { profileNumbers } from "../profiles/numbers";
import { deviationReason } from "./deviation-reason";
import { at } from "./format";
import { defineCheck } from "./types";

/**
 * draft-unedited: a draft of 偏差原因 (填入说明草稿) that nobody finished. The draft's figures are not
 * an explanation; the cause and the measures are. Two shapes: the placeholders are still there; or
 * they were deleted and nothing written instead (only the figures sentence is left, which the run's
 * draft wording recognises; without it, only the placeholder counts). Only the two places drafts go
 * are read (偏差原因分析及改进措施 and 实际完成情况), and any other text there is the accountant's own.
 */
export const draftUnedited = defineCheck({
  code: "draft-unedited",
  severity: "error",
  description: "“偏差原因分析及改进措施”或“实际完成情况”中的说明草稿还没有改完：仍有“【请填写】”，或删去后只剩草稿中的数字",
  messages: {
    indicator: "“{{name}}”的偏差说明（{{cell}}）还是草稿：请把“{{placeholder}}”换成实际的原因分析和改进措施，再提交。",
    goal: "“实际完成情况”（{{cell}}）中的执行率说明还是草稿：请把“{{placeholder}}”换成资金未执行完的原因和改进措施，再提交。",
    indicatorFiguresOnly: "“{{name}}”的偏差说明（{{cell}}）只有草稿中的数字，还没有写原因分析和改进措施：请补充后再提交。",
    goalFiguresOnly: "“实际完成情况”（{{cell}}）中的执行率说明只有草稿中的数字，还没有写资金未执行完的原因和改进措施：请补充后再提交。",
  },
  run({ project, profile, grid, drafts, report }) {
    const textAt = (pos: CellPos) => displayText(valueAt(grid, pos.row, pos.col));
    const seen = new Set<string>();
    for (const ind of project.indicators) {
      const pos = ind.explanationCell;
      if (!pos || seen.has(at(pos))) continue;
      const text = textAt(pos);
      const data = { name: ind.row.name, cell: at(pos), placeholder: DRAFT_PLACEHOLDER };
      if (hasDraftPlaceholder(text)) report({ cell: pos, messageId: "indicator", data });
      // Figures alone explain nothing, but only a deviation needs explaining: a stale sentence beside a
      // target now met is left alone.
      else if (drafts?.figuresOnly(text) && deviationReason(ind) !== null) report({ cell: pos, messageId: "indicatorFiguresOnly", data: { name: data.name, cell: data.cell } });
      else continue;
      seen.add(at(pos));
    }
    const goal = project.table.fields.actualGoal;
    if (!goal) return;
    const text = textAt(goal);
    if (hasDraftPlaceholder(text)) {
      report({ cell: goal, messageId: "goal", data: { cell: at(goal), placeholder: DRAFT_PLACEHOLDER } });
      return;
    }
    if (!drafts) return;
    const appended = text.slice(drafts.withoutExecutionDraft(text).length);
    const rate = project.funds.rate;
    if (appended !== "" && drafts.figuresOnly(appended) && rate !== null && rate.lessThan(profileNumbers(profile).executionExplainBelow)) {
      report({ cell: goal, messageId: "goalFiguresOnly", data: { cell: at(goal) } });
    }
  },
});
