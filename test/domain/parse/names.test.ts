import { isRateName, rateDirection } from "../../../src/domain/parse";

describe("isRateName / rateDirection", () => {
  const cases: [string, boolean, string | null][] = [
    ["服务对象满意度", true, "higher"],
    ["参保群众满意度", true, "higher"],
    ["一站式结算覆盖范围", true, "higher"],
    ["筹资工作覆盖面", true, "higher"],
    ["特殊人群参保率", true, "higher"],
    ["验收合格率", true, "higher"],
    ["数据准确率", true, "higher"],
    ["报送及时率", true, "higher"],
    ["重点救助对象政策范围内住院自付费用年度限额内救助比率", true, "higher"],
    ["救助比例", true, "higher"],
    ["建档立卡人员占比", true, "higher"],
    ["预算执行率", true, "either"],
    ["差错率", true, "lower"],
    ["投诉率", true, "lower"],
    ["安全事故发生率", true, "lower"],
    ["不合格率", true, "lower"],
    ["受益人数", false, null],
    ["人均服务成本", false, null],
    ["工作效率", false, null],
    ["巡查频率", false, null],
    ["", false, null],
  ];
  test.each(cases)("%j", (name, rate, direction) => {
    expect(isRateName(name)).toBe(rate);
    expect(rateDirection(name)).toBe(direction);
  });
});
