import { messageIdOf } from "../../../src/domain/checks";
import { checkWorkbook } from "../../../src/domain/engine";
import type { Grid } from "../../../src/domain/grid";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { describeCheck, findingsOf, withFunds, withIndicator } from "../../helpers/check-harness";
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

describe(`${CODE}: the placeholders deleted and nothing written`, () => {
  const FIGURES = "该指标年度指标值为≥8人，实际完成值为7，比目标少1人（低于目标12.50%），未达到年度指标值，得分17.50分（分值20分，扣2.50分）。";
  const EXEC = "预算执行情况：全年预算数10万元，全年执行数8万元，未执行2万元，预算执行率80.00%，低于90.00%，执行率得分8.00分（分值10分，扣2.00分）。";
  const found = (grid: Grid) =>
    checkWorkbook([grid], { profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING })
      .projects.flatMap((p) => p.findings)
      .filter((f) => ["draft-unedited", "deviation-unexplained", "execution-low"].includes(f.code))
      .map((f) => `${f.cell} ${f.code} ${messageIdOf(f)}`);

  it("reports figures left alone in 偏差原因 as a draft not finished, not as an explanation", () => {
    expect(found(withIndicator(0, { actual: 7, score: 17.5, why: FIGURES }, { totalScore: 97.5 }))).toEqual(["I13 draft-unedited indicatorFiguresOnly"]);
  });

  it("…also with the labels left empty", () => {
    expect(found(withIndicator(0, { actual: 7, score: 17.5, why: `${FIGURES}\n原因分析：\n改进措施：` }, { totalScore: 97.5 }))).toEqual(["I13 draft-unedited indicatorFiguresOnly"]);
  });

  it("takes figures with a cause written after them as an explanation", () => {
    expect(found(withIndicator(0, { actual: 7, score: 17.5, why: `${FIGURES}\n原因分析：2名职工调离。\n改进措施：按实际人数调整目标。` }, { totalScore: 97.5 }))).toEqual([]);
    expect(found(withIndicator(0, { actual: 7, score: 17.5, why: `${FIGURES}主要原因是2名职工调离。` }, { totalScore: 97.5 }))).toEqual([]);
  });

  it("leaves a figures sentence alone where the target is now met (nothing to explain)", () => {
    expect(found(withIndicator(0, { why: FIGURES }))).toEqual([]);
  });

  it("reports the execution rate's figures left alone after 实际完成情况 while the rate is still low", () => {
    const grid = withFunds(10, 8, { rate: 0.8, score: 8 }, { totalScore: 98, actual: `完成率100%，达到了预期目标。\n${EXEC}` });
    expect(found(grid)).toEqual(["F11 draft-unedited goalFiguresOnly"]);
  });

  it("takes the execution figures with a cause after them as explained", () => {
    const grid = withFunds(10, 8, { rate: 0.8, score: 8 }, { totalScore: 98, actual: `完成率100%。\n${EXEC}\n原因分析：采购合同年底才签订。\n改进措施：提前启动采购。` });
    expect(found(grid)).toEqual([]);
  });

  it("without the draft wording only the placeholder counts", () => {
    const grid = withIndicator(0, { actual: 7, score: 17.5, why: FIGURES }, { totalScore: 97.5 });
    expect(findingsOf(CODE, grid)).toEqual([]);
  });
});
