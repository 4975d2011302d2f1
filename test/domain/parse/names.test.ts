import { indicatorDirection, isRateName } from "../../../src/domain/parse";

describe("isRateName / indicatorDirection", () => {
  const cases: [string, boolean, string | null][] = [
    ["服务对象满意度", true, "higher"],
    ["参保群众满意度", true, "higher"],
    ["一站式结算覆盖范围", true, "higher"],
    ["筹资工作覆盖面", true, "higher"],
    ["特殊人群参保率", true, "higher"],
    ["验收合格率", true, "higher"],
    ["数据准确率", true, "higher"],
    ["报送及时率", true, "higher"],
    // Lower-better modifiers (自付, 费用) inside a name whose head is a higher-better rate.
    // Lower-better modifiers (自付费用) inside a name whose head is a higher-better rate.
    ["重点救助对象政策范围内住院自付费用年度限额内救助比率", true, "higher"],
    ["费用报销及时率", true, "higher"],
    ["投诉处理率", true, "higher"],
    ["成本节约率", true, "higher"],
    ["救助比例", true, "higher"],
    ["预算执行率", true, "either"],
    ["增长率", true, "either"],
    ["资金结余率", true, "either"],
    ["差错率", true, "lower"],
    ["投诉率", true, "lower"],
    ["安全事故发生率", true, "lower"],
    ["不合格率", true, "lower"],
    ["不满意率", true, "lower"],
    ["就医费用本人负担比率", true, "lower"],
    ["个人自付比例", true, "lower"],
    // Names that do not settle the direction: no opinion, so no direction-suspect.
    ["就医补偿率", true, null],
    ["建档立卡人员占比", true, null],
    ["减轻医疗救助人群医疗负担", false, null],
    ["工作效率", false, null],
    ["巡查频率", false, null],
    ["", false, null],
    // Counts: only those that name who is served or helped; a bare count says nothing.
    ["受益人数", false, "higher"],
    ["培训人次", false, "higher"],
    ["投诉次数", false, "lower"],
    ["办理人数", false, null],
    // Costs and durations: only with an amount or a time as the target (see the unit cases below).
    ["人均服务成本", false, null],
    ["办结时限", false, null],
    // Higher-better names that hold a lower-better word (the review's list): never "lower".
    ["住院费用政策范围内报销比例", true, null],
    ["医疗费用报销金额", false, null],
    ["空气质量优良天数比例", true, null],
    ["培训天数", false, null],
    ["全年开放天数", false, null],
    ["志愿服务时长", false, null],
    ["设备运行时长", false, null],
    ["安全生产天数", false, null],
    ["故障修复率", true, null],
    ["错误纠正率", true, null],
    ["违规问题整改率", true, null],
    ["群众就医费用负担减轻率", true, null],
    ["审批时限压缩率", true, null],
    ["受益人数下降", false, null],
    ["投诉量下降率", true, null],
    // Traditional characters read as simplified.
    ["服務對象滿意度", true, "higher"],
    ["覆蓋率", true, "higher"],
  ];
  test.each(cases)("%j", (name, rate, direction) => {
    expect(isRateName(name)).toBe(rate);
    expect(indicatorDirection(name)).toBe(direction);
  });

  // Costs are lower-better as amounts of money, durations as times; as percents they say nothing.
  const withUnit: [string, string, string | null][] = [
    ["人均服务成本", "元", "lower"],
    ["项目成本", "万元", "lower"],
    ["人均服务成本", "%", null],
    ["办结时限", "天", "lower"],
    ["办结时限", "个工作日", "lower"],
    ["资金拨付时限", "%", null],
    ["医疗费用报销金额", "万元", null],
    ["审批时限压缩率", "%", null],
    ["培训天数", "天", null],
  ];
  test.each(withUnit)("%j with a target in %j", (name, unit, direction) => {
    expect(indicatorDirection(name, unit)).toBe(direction);
  });
});
