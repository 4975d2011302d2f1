import { type CellPos, type Grid, displayText, valueAt } from "../grid";
import { normalizeText } from "../parse";
import type { DraftWording } from "../drafts/types";
import { at } from "./format";
import { defineWorkbookCheck } from "./types";

/** A goal this short may appear anywhere by chance ("保障单位正常运转"): not evidence of a copy. */
const MIN_GOAL_LENGTH = 12;

/**
 * ASCII and CJK punctuation and symbols (an explicit class: `\p{P}` would be rewritten into a large
 * one for the old webviews the pane also runs in).
 */
const PUNCTUATION = /[!-/:-@[-`{-~\u00a1-\u00bf\u2010-\u205e\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/g;

/** The text for comparison: white space, punctuation and widths folded. */
function squash(text: string): string {
  return normalizeText(text).replace(PUNCTUATION, "");
}

/**
 * The cell's text for comparison; for 实际完成情况 without the execution rate's draft appended to it
 * (填入说明草稿), which differs between projects and would hide a copied account of the year.
 */
function textAt(grid: Grid, p: CellPos | undefined, drafts?: DraftWording): string {
  if (!p) return "";
  const text = displayText(valueAt(grid, p.row, p.col));
  return squash(drafts ? drafts.withoutExecutionDraft(text) : text);
}

interface Seen {
  sheet: string;
  cell: CellPos;
  expected: string;
}

/**
 * goal-text-copied: a project's 实际完成情况 is, word for word, another project's, and it states that
 * other project's 预期目标, not its own (seed 000 table 9 carries table 2's text). Identical stock
 * paragraphs ("资金及时足额拨付到位，全面完成了年度目标任务") are common to every project of a
 * county bureau and say nothing of a copy, so sameness alone is never reported: only a text that
 * holds the other project's goal and not this one's.
 */
export const goalTextCopied = defineWorkbookCheck({
  code: "goal-text-copied",
  severity: "warning",
  description: "“实际完成情况”与另一个项目的一字不差，写的是那个项目的预期目标：像是从另一个项目复制的",
  messages: {
    copied: "“实际完成情况”与工作表“{{first}}”（{{cell}}）中的一字不差，写的是那个项目的预期目标，而不是本项目的：像是从另一个项目复制过来的，请按本项目的实际完成情况填写。",
  },
  run({ sheets, drafts, report }) {
    const seen = new Map<string, Seen[]>();
    for (const { grid, projects } of sheets) {
      for (const project of projects) {
        const t = project.table;
        if (!t.fields.actualGoal) continue;
        const actual = textAt(grid, t.fields.actualGoal, drafts);
        if (actual.length < MIN_GOAL_LENGTH) continue;
        const expected = textAt(grid, t.fields.expectedGoal);
        const before = seen.get(actual) ?? [];
        const source = before.find((s) => s.expected !== expected && s.expected.length >= MIN_GOAL_LENGTH && actual.includes(s.expected) && !(expected.length > 0 && actual.includes(expected)));
        if (source) {
          const cell = at(source.cell);
          report({ sheet: t.sheet, cell: t.fields.actualGoal, messageId: "copied", data: { first: source.sheet, cell }, details: { firstSheet: source.sheet, firstCell: cell } });
        }
        before.push({ sheet: t.sheet, cell: t.fields.actualGoal, expected });
        seen.set(actual, before);
      }
    }
  },
});
