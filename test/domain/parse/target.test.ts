import type { CellValue } from "../../../src/domain/grid";
import { parseTarget } from "../../../src/domain/parse";
import type { ParsedTarget } from "../../../src/domain/parse";

/** A flat, comparable view of a quantitative target. */
function quant(t: ParsedTarget): unknown {
  if (t.kind !== "quantitative") return { kind: t.kind, reason: "reason" in t ? t.reason : undefined };
  return {
    op: t.op,
    implicitOp: t.implicitOp,
    value: t.value.toString(),
    unit: t.unit.text,
    unitKind: t.unit.kind,
    factor: t.unit.factor.toString(),
  };
}

type Q = [string, boolean, string, string, string, string];

const q = (op: string, implicitOp: boolean, value: string, unit: string, unitKind: string, factor: string) => ({
  op,
  implicitOp,
  value,
  unit,
  unitKind,
  factor,
});

describe("parseTarget: quantitative text", () => {
  const cases: [string, Q][] = [
    ["≥8人", [">=", false, "8", "人", "other", "1"]],
    ["≥8\n人", [">=", false, "8", "人", "other", "1"]],
    ["≥\n8\r\n人", [">=", false, "8", "人", "other", "1"]],
    ["≥8 人", [">=", false, "8", "人", "other", "1"]],
    ["≤5万元", ["<=", false, "5", "万元", "money", "10000"]],
    ["＝470元/月", ["=", false, "470", "元/月", "other", "1"]],
    ["=100百分比", ["=", false, "100", "百分比", "percent", "0.01"]],
    ["≥95 比率", [">=", false, "95", "比率", "percent", "0.01"]],
    ["<1次", ["<", false, "1", "次", "other", "1"]],
    ["12 次", ["=", true, "12", "次", "other", "1"]],
    ["≥1072389人", [">=", false, "1072389", "人", "other", "1"]],
    ["\\geq 100000", [">=", false, "100000", "", "none", "1"]],
    ["\\leq 5", ["<=", false, "5", "", "none", "1"]],
    ["\\ge 5", [">=", false, "5", "", "none", "1"]],
    ["\\le5万元", ["<=", false, "5", "万元", "money", "10000"]],
    ["\\gt 3", [">", false, "3", "", "none", "1"]],
    [">=95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["=>95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["<=5", ["<=", false, "5", "", "none", "1"]],
    ["==5", ["=", false, "5", "", "none", "1"]],
    ["≧95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["≦5", ["<=", false, "5", "", "none", "1"]],
    ["⩾90%", [">=", false, "90", "%", "percent", "0.01"]],
    ["&ge;90%", [">=", false, "90", "%", "percent", "0.01"]],
    ["大于等于95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["大于或等于95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["小于等于3天", ["<=", false, "3", "天", "other", "1"]],
    ["不低于95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["不少于100人", [">=", false, "100", "人", "other", "1"]],
    ["不高于5%", ["<=", false, "5", "%", "percent", "0.01"]],
    ["不超过5万元", ["<=", false, "5", "万元", "money", "10000"]],
    ["大于90%", [">", false, "90", "%", "percent", "0.01"]],
    ["低于3%", ["<", false, "3", "%", "percent", "0.01"]],
    ["达到100%", [">=", false, "100", "%", "percent", "0.01"]],
    ["等于12个", ["=", false, "12", "个", "other", "1"]],
    ["≥≥98%%", [">=", false, "98", "%", "percent", "0.01"]],
    ["≥≥\n\n98%%", [">=", false, "98", "%", "percent", "0.01"]],
    ["≤≤5", ["<=", false, "5", "", "none", "1"]],
    ["≥９５％", [">=", false, "95", "%", "percent", "0.01"]],
    ["＜１次", ["<", false, "1", "次", "other", "1"]],
    ["＞９０％", [">", false, "90", "%", "percent", "0.01"]],
    ["＝９８．５％", ["=", false, "98.5", "%", "percent", "0.01"]],
    ["≥1,072,389人", [">=", false, "1072389", "人", "other", "1"]],
    ["≥1，072，389人", [">=", false, "1072389", "人", "other", "1"]],
    ["1,000", ["=", true, "1000", "", "none", "1"]],
    ["100%", ["=", true, "100", "%", "percent", "0.01"]],
    ["0.1", ["=", true, "0.1", "", "none", "1"]],
    [".5", ["=", true, "0.5", "", "none", "1"]],
    ["≥0.95", [">=", false, "0.95", "", "none", "1"]],
    ["≥90%。", [">=", false, "90", "%", "percent", "0.01"]],
    ["≥15元/人/天。", [">=", false, "15", "元/人/天", "other", "1"]],
    ["≥111080人次", [">=", false, "111080", "人次", "other", "1"]],
    ["≥100万人", [">=", false, "100", "万人", "other", "10000"]],
    ["≤2000万元", ["<=", false, "2000", "万元", "money", "10000"]],
    ["≤500元", ["<=", false, "500", "元", "money", "1"]],
    ["≤1亿元", ["<=", false, "1", "亿元", "money", "100000000"]],
    ["≤800千元", ["<=", false, "800", "千元", "money", "1000"]],
    ["≥5‰", [">=", false, "5", "‰", "percent", "0.001"]],
    ["≥2个百分点", [">=", false, "2", "个百分点", "other", "1"]],
    ["≥120平方米", [">=", false, "120", "平方米", "other", "1"]],
    ["≤100%", ["<=", false, "100", "%", "percent", "0.01"]],
    ["95%以上", [">=", false, "95", "%", "percent", "0.01"]],
    ["95%及以上", [">=", false, "95", "%", "percent", "0.01"]],
    ["5万元以内", ["<=", false, "5", "万元", "money", "10000"]],
    ["3%以下", ["<=", false, "3", "%", "percent", "0.01"]],
    ["3个工作日内", ["<=", false, "3", "个工作日", "other", "1"]],
    ["≥95%以上", [">=", false, "95", "%", "percent", "0.01"]],
    ["约100人", ["=", true, "100", "人", "other", "1"]],
    ["100人左右", ["=", true, "100", "人", "other", "1"]],
    ["满意度≥95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["满意度不低于95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["≥-5%", [">=", false, "-5", "%", "percent", "0.01"]],
    ["≥0", [">=", false, "0", "", "none", "1"]],
    ["≤ 0.30", ["<=", false, "0.3", "", "none", "1"]],
    ["　≥　８　人　", [">=", false, "8", "人", "other", "1"]],
    // Comparison signs as real tables type them: none is target-unparsed.
    ["═470元/月", ["=", false, "470", "元/月", "other", "1"]],
    ["﹦470元/月", ["=", false, "470", "元/月", "other", "1"]],
    ["≧95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["≦5万元", ["<=", false, "5", "万元", "money", "10000"]],
    ["＜24小时", ["<", false, "24", "小时", "other", "1"]],
    ["＞1%", [">", false, "1", "%", "percent", "0.01"]],
    ["＞＝28%", [">=", false, "28", "%", "percent", "0.01"]],
    ["≥≥98%%", [">=", false, "98", "%", "percent", "0.01"]],
    ["大于等于95%", [">=", false, "95", "%", "percent", "0.01"]],
    ["不少于200次", [">=", false, "200", "次", "other", "1"]],
    ["不超过549元", ["<=", false, "549", "元", "money", "1"]],
    ["不高于100%", ["<=", false, "100", "%", "percent", "0.01"]],
    ["95%以上", [">=", false, "95", "%", "percent", "0.01"]],
    ["3天以内", ["<=", false, "3", "天", "other", "1"]],
    ["5200万元以内", ["<=", false, "5200", "万元", "money", "10000"]],
    ["≮90%", [">=", false, "90", "%", "percent", "0.01"]],
    ["≯3天", ["<=", false, "3", "天", "other", "1"]],
    // A bracketed remark after the value is a remark; a bracketed unit stays the unit.
    ["≥90%（抽样调查）", [">=", false, "90", "%", "percent", "0.01"]],
    ["100%（全覆盖）", ["=", true, "100", "%", "percent", "0.01"]],
    ["≥80分（百分制）", [">=", false, "80", "分", "other", "1"]],
    ["≥1000㎡", [">=", false, "1000", "㎡", "other", "1"]],
  ];
  test.each(cases)("%j", (input, [op, implicitOp, value, unit, unitKind, factor]) => {
    expect(quant(parseTarget(input))).toEqual(q(op, implicitOp, value, unit, unitKind, factor));
  });

  it("keeps the raw text", () => {
    expect(parseTarget(" ≥8\n人 ").raw).toBe("≥8\n人");
  });

  it("reads 0.1 exactly, never through a float", () => {
    const t = parseTarget("≥0.1");
    expect(t.kind === "quantitative" && t.value.equals("0.1")).toBe(true);
    const long = parseTarget("≥12345678901234567890.123456789");
    expect(long.kind === "quantitative" && long.value.toFixed()).toBe("12345678901234567890.123456789");
  });
});

describe("parseTarget: number cells", () => {
  const cases: [number, string][] = [
    [8, "8"],
    [0.1, "0.1"],
    [95.5, "95.5"],
    [1072389, "1072389"],
    [-0, "0"],
    [1e21, "1e+21"],
    [1e-7, "1e-7"],
  ];
  test.each(cases)("%p → implicit = %s, no unit", (input, value) => {
    const t = parseTarget(input);
    expect(quant(t)).toEqual(q("=", true, value, "", "none", "1"));
    if (t.kind === "quantitative") expect(t.value.equals(value)).toBe(true);
  });
  test.each([NaN, Infinity, -Infinity])("%p → unparsed", (input) => {
    expect(parseTarget(input).kind).toBe("unparsed");
  });
});

describe("parseTarget: qualitative, not applicable, empty, unparsed, invalid", () => {
  const kinds: [CellValue, string][] = [
    ["全覆盖", "qualitative"],
    ["及时", "qualitative"],
    ["明显改善", "qualitative"],
    ["按合同约定标准", "qualitative"],
    ["成效明显", "qualitative"],
    ["规定时间内", "qualitative"],
    ["一站式结算", "qualitative"],
    ["高于上年", "qualitative"],
    ["≥上年水平", "qualitative"],
    ["2023年12月底前", "qualitative"],
    ["12月31日前", "qualitative"],
    ["12月底", "qualitative"],
    ["全年开展培训12次以上，覆盖率100%", "qualitative"],
    ["不适用", "not-applicable"],
    ["无", "not-applicable"],
    ["/", "not-applicable"],
    ["—", "not-applicable"],
    ["——", "not-applicable"],
    ["-", "not-applicable"],
    ["--", "not-applicable"],
    ["－", "not-applicable"],
    ["不涉及", "not-applicable"],
    ["N/A", "not-applicable"],
    [" / ", "not-applicable"],
    [null, "empty"],
    ["", "empty"],
    ["  \n ", "empty"],
    ["≥ 比率", "unparsed"],
    ["≥", "unparsed"],
    ["≥≥", "unparsed"],
    ["≥人", "unparsed"],
    ["≥%", "unparsed"],
    ["%", "unparsed"],
    ["比率", "unparsed"],
    ["万元", "unparsed"],
    ["见附件", "unparsed"],
    ["详见说明", "unparsed"],
    ["见备注", "unparsed"],
    ["具体见附表3", "unparsed"],
    ["≥-", "unparsed"],
    ["不低于", "unparsed"],
    ["不超过万元", "unparsed"],
    ["--5", "unparsed"],
    ["1e400", "unparsed"],
    ["1,5", "unparsed"],
    ["≥95%，且无投诉", "unparsed"],
    ["≥8人≥10次", "unparsed"],
    ["≥5以下", "unparsed"],
    ["90%-100%", "unparsed"],
    ["。", "unparsed"],
    ["abc", "unparsed"],
    ["≥1234567890123456789012345678901234567890", "unparsed"],
    [{ error: "#DIV/0!" }, "invalid"],
    [true, "invalid"],
    [false, "invalid"],
    [new Date(Date.UTC(2023, 11, 31)), "invalid"],
  ];
  test.each(kinds)("%j → %s", (input, kind) => {
    expect(parseTarget(input).kind).toBe(kind);
  });

  it("gives a reason for an unparsed value", () => {
    const t = parseTarget("≥ 比率");
    expect(t.kind === "unparsed" && t.reason).toBe("an operator without a number");
    const r = parseTarget("见附件");
    expect(r.kind === "unparsed" && r.reason).toBe("refers to another document");
  });

  it("names the invalid reason", () => {
    const reasons = [{ error: "#REF!" }, true, new Date(0)].map((v) => {
      const t = parseTarget(v);
      return t.kind === "invalid" ? [t.reason, t.raw] : null;
    });
    expect(reasons).toEqual([
      ["error-value", "#REF!"],
      ["boolean", "TRUE"],
      ["date", "1970-01-01"],
    ]);
  });
});

describe("parseTarget: Sichuan hints (指标性质 / 指标值 / 度量单位)", () => {
  const cases: [CellValue, CellValue, CellValue, Q | string][] = [
    [8, "≥", "人", [">=", false, "8", "人", "other", "1"]],
    [100, "＝", "%", ["=", false, "100", "%", "percent", "0.01"]],
    [667.03, "＝", "万元", ["=", false, "667.03", "万元", "money", "10000"]],
    ["47", "＝", "个", ["=", false, "47", "个", "other", "1"]],
    ["5", "≤", "万元", ["<=", false, "5", "万元", "money", "10000"]],
    [95, "≥", "比率", [">=", false, "95", "比率", "percent", "0.01"]],
    ["≥95", "≥", "%", [">=", false, "95", "%", "percent", "0.01"]],
    // The value cell's own operator and unit win over the columns.
    ["≤95%", "≥", "人", ["<=", false, "95", "%", "percent", "0.01"]],
    [470, "＝", "元/月", ["=", false, "470", "元/月", "other", "1"]],
    [12, null, "次", ["=", true, "12", "次", "other", "1"]],
    [12, "", "", ["=", true, "12", "", "none", "1"]],
    [5, "反向", "天", ["<=", false, "5", "天", "other", "1"]],
    ["好", "定性", "", "qualitative"],
    [100, "定性", "%", "qualitative"],
    ["全覆盖", "≥", "%", "qualitative"],
    [null, "≥", "人", "empty"],
    [null, "定性", null, "empty"],
    ["/", "定性", null, "not-applicable"],
    [{ error: "#N/A" }, "≥", "人", "invalid"],
  ];
  test.each(cases)("%j %j %j", (value, nature, unit, expected) => {
    const t = parseTarget(value, { nature, unit });
    if (typeof expected === "string") expect(t.kind).toBe(expected);
    else expect(quant(t)).toEqual(q(...expected));
  });

  it("combines the three columns into raw", () => {
    expect(parseTarget(470, { nature: "＝", unit: "元/月" }).raw).toBe("＝470元/月");
  });
});

describe("parseTarget: brackets that are not a remark", () => {
  it("keeps (不含) unread rather than dropping it, and a bracketed unit as the unit", () => {
    expect(parseTarget("≥95%（不含）").kind).not.toBe("quantitative");
    const unit = parseTarget("≥5（万元）");
    expect(unit.kind === "quantitative" && unit.unit.kind).toBe("money");
  });
});
