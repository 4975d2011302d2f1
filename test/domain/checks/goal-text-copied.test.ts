import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import type { Grid } from "../../../src/domain/grid";
import { tableGrid } from "../../helpers/grids";

const CODE = "goal-text-copied";
const TEXT = "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。完成率100%，达到了预期目标。";
const found = (grids: Grid[]) => checkWorkbook(grids, { profile: NATIONAL_PROFILE }).findings.filter((f) => f.code === CODE);

describe(CODE, () => {
  it("seed 000 table 9: another project's 实际完成情况 word for word, under other goals", () => {
    const grids = [tableGrid({ name: "执法工作经费", expected: "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。", actual: TEXT }, "2.执法工作经费"), tableGrid({ name: "医疗保障监管支出", expected: "有力打击各种欺诈骗保行为。", actual: TEXT }, "9.医疗保障监管支出")];
    expect(found(grids)).toEqual([expect.objectContaining({ sheet: "9.医疗保障监管支出", cell: "F11", severity: "warning", data: { firstSheet: "2.执法工作经费", firstCell: "F11" } })]);
  });

  it("two tables with the same goals may say the same (seed 000's two 食堂经费)", () => {
    expect(found([tableGrid({ actual: TEXT }, "1.食堂经费"), tableGrid({ actual: TEXT, unit: "另一单位" }, "4.食堂经费")])).toEqual([]);
  });

  it("a stock paragraph shared by projects with different goals is not a copy (the review's case)", () => {
    const stock = "项目严格按照年初预算和实施方案执行，资金及时足额拨付到位，全面完成了年度目标任务，取得了良好的社会效益。";
    expect(found([tableGrid({ actual: stock }, "甲"), tableGrid({ name: "乙", expected: "完成全县农村公路日常养护。", actual: stock }, "乙")])).toEqual([]);
  });

  it("punctuation and width differences in the goals do not make a copy", () => {
    const grids = [tableGrid({ actual: TEXT, expected: "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。" }, "甲"), tableGrid({ name: "乙", expected: "保障医疗保险制度平稳运行,提高基金使用效率,确保医保基金安全.", actual: TEXT }, "乙")];
    expect(found(grids)).toEqual([]);
  });

  it("a stock phrase is not a copied paragraph", () => {
    const short = "完成率100%，达到了预期目标。";
    expect(found([tableGrid({ actual: short }, "甲"), tableGrid({ name: "乙", expected: "别的目标。", actual: short }, "乙")])).toEqual([]);
  });

  it("white space does not hide a copy", () => {
    const grids = [tableGrid({ expected: "保障医疗保险制度平稳运行，提高基金使用效率，确保医保基金安全。", actual: TEXT }, "甲"), tableGrid({ name: "乙", expected: "别的目标。", actual: TEXT.replace("。", "。\n ") }, "乙")];
    expect(found(grids)).toHaveLength(1);
  });
});
