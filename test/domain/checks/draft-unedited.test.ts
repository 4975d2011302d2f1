import { describeCheck, findingsOf, withIndicator } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableMerges, tableRows } from "../../helpers/grids";

const CODE = "draft-unedited";
const DRAFT = "该指标年度指标值为≥8人，实际完成值为7，比目标少1人。\n原因分析：【请填写】\n改进措施：【请填写】";
const FINISHED = "该指标年度指标值为≥8人，实际完成值为7，比目标少1人。\n原因分析：2名职工年中调离。\n改进措施：按实际人数调整目标。";

describeCheck(CODE, {
  valid: [
    { name: "no drafts at all", grid: tableGrid() },
    { name: "a draft finished by the accountant", grid: withIndicator(0, { actual: 7, score: 17.5, why: FINISHED }, { totalScore: 97.5 }) },
    { name: "an execution note finished in 实际完成情况", grid: tableGrid({ actual: "完成率100%。\n预算执行情况：……\n原因分析：采购延期。\n改进措施：加快进度。" }) },
    // Only the placeholder marks a draft: the user's own brackets are theirs.
    { name: "【】 brackets of the user's own", grid: withIndicator(0, { actual: 7, score: 17.5, why: "【说明】2名职工调离" }, { totalScore: 97.5 }) },
    { name: "the placeholder in 预期目标 is not a draft of ours", grid: tableGrid({ expected: "【请填写】" }) },
  ],
  invalid: [
    {
      name: "a draft left as it was in 偏差原因",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: DRAFT }, { totalScore: 97.5 }),
      findings: [{ messageId: "indicator", cell: "I13", severity: "error" }],
    },
    {
      name: "a draft with one placeholder filled and one left",
      grid: withIndicator(0, { actual: 7, score: 17.5, why: DRAFT.replace("【请填写】", "职工调离") }, { totalScore: 97.5 }),
      findings: [{ messageId: "indicator", cell: "I13" }],
    },
    {
      name: "a draft even where the deviation is gone (the actual corrected since)",
      grid: withIndicator(0, { why: DRAFT }),
      findings: [{ messageId: "indicator", cell: "I13" }],
    },
    {
      name: "an execution draft left in 实际完成情况",
      grid: tableGrid({ actual: "完成率100%。\n预算执行情况：执行率85.20%。\n原因分析：【请填写】\n改进措施：【请填写】" }),
      findings: [{ messageId: "goal", cell: "F11" }],
    },
  ],
});

describe(`${CODE}: a 偏差原因 merged down over several rows`, () => {
  it("is reported once, at its first cell", () => {
    const rows = tableRows();
    rows[12][8] = DRAFT;
    const grid = gridOf(rows, { merges: [...tableMerges(6), "I13:I14"] });
    expect(findingsOf(CODE, grid).map((f) => f.cell)).toEqual(["I13"]);
  });
});
