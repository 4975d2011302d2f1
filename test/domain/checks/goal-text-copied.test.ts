import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { describeWorkbookCheck } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const CODE = "goal-text-copied";
const TEXT = "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。完成率100%，达到了预期目标。";
const GOAL = "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。";
const stock = "项目严格按照年初预算和实施方案执行，资金及时足额拨付到位，全面完成了年度目标任务，取得了良好的社会效益。";
const short = "完成率100%，达到了预期目标。";

describeWorkbookCheck(CODE, {
  valid: [
    { name: "two tables with the same goals may say the same (seed 000's two 食堂经费)", grids: [tableGrid({ actual: TEXT }, "1.食堂经费"), tableGrid({ actual: TEXT, unit: "另一单位" }, "4.食堂经费")] },
    { name: "a stock paragraph shared by projects with different goals is not a copy (the review's case)", grids: [tableGrid({ actual: stock }, "甲"), tableGrid({ name: "乙", expected: "完成全县农村公路日常养护。", actual: stock }, "乙")] },
    {
      name: "punctuation and width differences in the goals do not make a copy",
      grids: [tableGrid({ actual: TEXT, expected: GOAL }, "甲"), tableGrid({ name: "乙", expected: "保障医疗保险制度平稳运行,提高基金使用效率,确保医保基金安全.", actual: TEXT }, "乙")],
    },
    { name: "a stock phrase is not a copied paragraph", grids: [tableGrid({ actual: short }, "甲"), tableGrid({ name: "乙", expected: "别的目标。", actual: short }, "乙")] },
  ],
  invalid: [
    {
      name: "seed 000 table 9: another project's 实际完成情况 word for word, under other goals",
      grids: [tableGrid({ name: "执法工作经费", expected: GOAL, actual: TEXT }, "2.执法工作经费"), tableGrid({ name: "医疗保障监管支出", expected: "有力打击各种欺诈骗保行为。", actual: TEXT }, "9.医疗保障监管支出")],
      findings: [{ sheet: "9.医疗保障监管支出", messageId: "copied", cell: "F11", severity: "warning", data: { firstSheet: "2.执法工作经费", firstCell: "F11" } }],
    },
    {
      name: "white space does not hide a copy",
      grids: [tableGrid({ expected: GOAL, actual: TEXT }, "甲"), tableGrid({ name: "乙", expected: "别的目标。", actual: TEXT.replace("。", "。\n ") }, "乙")],
      findings: [{ sheet: "乙", messageId: "copied", cell: "F11", data: { firstSheet: "甲", firstCell: "F11" } }],
    },
  ],
});

describe(`${CODE}: with drafts of the execution rate appended (填入说明草稿)`, () => {
  const appended = `${TEXT}\n预算执行情况：全年预算数10万元，全年执行数7万元，未执行3万元，预算执行率70.00%，低于90.00%。\n原因分析：采购合同年底才签订。\n改进措施：提前启动采购。`;
  const grids = [tableGrid({ name: "执法工作经费", expected: GOAL, actual: TEXT }, "2.执法工作经费"), tableGrid({ name: "医疗保障监管支出", expected: "有力打击各种欺诈骗保行为。", actual: appended }, "9.医疗保障监管支出")];
  const copied = (wording?: typeof DRAFT_WORDING) =>
    checkWorkbook(grids, { profile: NATIONAL_PROFILE, drafts: wording }).findings.filter((f) => f.code === CODE).map((f) => `${f.sheet}!${f.cell}`);

  it("still sees the copied account of the year in front of the draft", () => {
    expect(copied(DRAFT_WORDING)).toEqual(["9.医疗保障监管支出!F11"]);
  });

  it("compares the whole text when the run has no draft wording", () => {
    expect(copied()).toEqual([]);
  });
});
