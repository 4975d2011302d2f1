import { parseUnit } from "../../../src/domain/parse";

describe("parseUnit", () => {
  const cases: [string, string, string, string, string][] = [
    // input, text, kind, factor, base
    ["元", "元", "money", "1", "元"],
    ["万元", "万元", "money", "10000", "元"],
    ["亿元", "亿元", "money", "100000000", "元"],
    ["千元", "千元", "money", "1000", "元"],
    ["（万元）", "万元", "money", "10000", "元"],
    [" 万 元 ", "万元", "money", "10000", "元"],
    ["%", "%", "percent", "0.01", "%"],
    ["％", "%", "percent", "0.01", "%"],
    ["%%", "%", "percent", "0.01", "%"],
    ["(%)", "%", "percent", "0.01", "%"],
    ["百分比", "百分比", "percent", "0.01", "%"],
    ["比率", "比率", "percent", "0.01", "%"],
    ["比例", "比例", "percent", "0.01", "%"],
    ["‰", "‰", "percent", "0.001", "%"],
    ["百分点", "百分点", "other", "1", "百分点"],
    ["个百分点", "个百分点", "other", "1", "个百分点"],
    ["人", "人", "other", "1", "人"],
    ["次", "次", "other", "1", "次"],
    ["个", "个", "other", "1", "个"],
    ["户", "户", "other", "1", "户"],
    ["元/月", "元/月", "other", "1", "元/月"],
    ["元/人", "元/人", "other", "1", "元/人"],
    ["元／人", "元/人", "other", "1", "元/人"],
    ["平方米", "平方米", "other", "1", "平方米"],
    ["平方", "平方", "other", "1", "平方"],
    ["人次", "人次", "other", "1", "人次"],
    ["万人", "万人", "other", "10000", "人"],
    ["万人次", "万人次", "other", "10000", "人次"],
    ["万", "万", "other", "10000", ""],
    ["万元/月", "万元/月", "other", "10000", "元/月"],
    ["", "", "none", "1", ""],
    ["  ", "", "none", "1", ""],
  ];
  test.each(cases)("%j", (input, text, kind, factor, base) => {
    const u = parseUnit(input);
    expect({ text: u.text, kind: u.kind, factor: u.factor.toString(), base: u.base }).toEqual({ text, kind, factor, base });
  });
});
