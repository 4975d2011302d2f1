import type { CellValue } from "../../../src/domain/grid";
import { parseActual, verdictBand } from "../../../src/domain/parse";
import type { ParsedActual } from "../../../src/domain/parse";

function num(a: ParsedActual): unknown {
  if (a.kind !== "number") return { kind: a.kind };
  return { value: a.value.toString(), op: a.op, unit: a.unit.text, unitKind: a.unit.kind, factor: a.unit.factor.toString() };
}

describe("parseActual: numbers", () => {
  const cases: [CellValue, string, string | undefined, string, string, string][] = [
    [8, "8", undefined, "", "none", "1"],
    [0.1, "0.1", undefined, "", "none", "1"],
    [1, "1", undefined, "", "none", "1"],
    [5000, "5000", undefined, "", "none", "1"],
    ["8", "8", undefined, "", "none", "1"],
    ["98%", "98", undefined, "%", "percent", "0.01"],
    ["98 %", "98", undefined, "%", "percent", "0.01"],
    ["９８％", "98", undefined, "%", "percent", "0.01"],
    ["91.8万人", "91.8", undefined, "万人", "other", "10000"],
    ["5000元", "5000", undefined, "元", "money", "1"],
    ["2.5万元", "2.5", undefined, "万元", "money", "10000"],
    ["≥95%", "95", ">=", "%", "percent", "0.01"],
    ["≥≥98%%", "98", ">=", "%", "percent", "0.01"],
    ["＝470元/月", "470", "=", "元/月", "other", "1"],
    ["<1次", "1", "<", "次", "other", "1"],
    ["1,072,389人", "1072389", undefined, "人", "other", "1"],
    ["12 次", "12", undefined, "次", "other", "1"],
    ["47 个", "47", undefined, "个", "other", "1"],
    ["100%。", "100", undefined, "%", "percent", "0.01"],
    ["0.30", "0.3", undefined, "", "none", "1"],
    ["约100人", "100", undefined, "人", "other", "1"],
  ];
  test.each(cases)("%j", (input, value, op, unit, unitKind, factor) => {
    expect(num(parseActual(input))).toEqual({ value, op, unit, unitKind, factor });
  });

  it("reads decimals exactly", () => {
    const a = parseActual("0.1");
    expect(a.kind === "number" && a.value.equals("0.1")).toBe(true);
  });

  it("keeps the raw text", () => {
    expect(parseActual(" 98%\n").raw).toBe("98%");
    expect(parseActual(98).raw).toBe("98");
  });
});

describe("parseActual: verdict bands", () => {
  const cases: [string, string][] = [
    ["达成预期指标", "achieved"],
    ["达成", "achieved"],
    ["完成", "achieved"],
    ["已完成", "achieved"],
    ["全部完成", "achieved"],
    ["达到", "achieved"],
    ["达标", "achieved"],
    ["是", "achieved"],
    ["已完成。", "achieved"],
    ["完成，效果良好", "achieved"],
    [" 达成预期\n指标 ", "achieved"],
    ["部分达成预期指标并具有一定效果", "partial"],
    ["部分达成预期指标并具\n有一定效果", "partial"],
    ["部分达成", "partial"],
    ["基本完成", "partial"],
    ["部分完成", "partial"],
    ["未完成预期指标且效果较差", "failed"],
    ["未达成预期指标", "failed"],
    ["未完成", "failed"],
    ["未达成", "failed"],
    ["未达到", "failed"],
    ["否", "failed"],
    ["未完成，原因是资金未到位", "failed"],
  ];
  test.each(cases)("%j → %s", (input, band) => {
    const a = parseActual(input);
    expect(a.kind === "band" ? a.band : a.kind).toBe(band);
    expect(verdictBand(input)).toBe(band);
  });
});

describe("parseActual: text, empty, invalid", () => {
  const cases: [CellValue, string][] = [
    ["规定时间内", "text"],
    ["明显提升", "text"],
    ["全覆盖", "text"],
    ["二十五万", "text"],
    ["二十五万元", "text"],
    ["100%完成", "text"],
    ["是否", "text"],
    ["完成了吗", "text"],
    ["12月底", "text"],
    ["2023年12月", "text"],
    ["无", "text"],
    ["/", "text"],
    ["≥", "text"],
    ["见附件", "text"],
    ["1e400", "text"],
    [NaN, "text"],
    [Infinity, "text"],
    [null, "empty"],
    ["", "empty"],
    [" \n ", "empty"],
    [{ error: "#VALUE!" }, "invalid"],
    [true, "invalid"],
    [new Date(Date.UTC(2023, 0, 1)), "invalid"],
  ];
  test.each(cases)("%j → %s", (input, kind) => {
    expect(parseActual(input).kind).toBe(kind);
  });

  it("names the invalid reason", () => {
    const reasons = [{ error: "#VALUE!" }, false, new Date(0)].map((v) => {
      const a = parseActual(v);
      return a.kind === "invalid" ? a.reason : null;
    });
    expect(reasons).toEqual(["error-value", "boolean", "date"]);
  });
});

describe("parseActual: traditional characters", () => {
  it.each([
    ["達成預期指標", "achieved"],
    ["部分達成預期指標並具有一定效果", "partial"],
    ["未達成預期指標且效果較差", "failed"],
  ])("%s reads as its band", (text, band) => {
    expect(parseActual(text)).toMatchObject({ kind: "band", band });
  });
});

describe("parseActual: a bracketed remark after the figure", () => {
  it("100%（全覆盖） is 100 %, not words to judge", () => {
    expect(parseActual("100%（全覆盖）")).toMatchObject({ kind: "number", unit: { kind: "percent" } });
  });
});

describe("parseActual: a figure with a label of what it is", () => {
  it.each([
    ["完成率100%", "100", "%"],
    ["完成100%", "100", "%"],
    ["累计完成1200人次", "1200", "人次"],
    ["实际完成12次", "12", "次"],
  ])("%s is the figure", (text, value, unit) => {
    const p = parseActual(text);
    expect(p.kind === "number" && [p.value.toString(), p.unit.text]).toEqual([value, unit]);
  });

  it.each(["未完成80%", "比上年增长5%", "部分完成60%"])("%s stays words", (text) => {
    expect(parseActual(text).kind).not.toBe("number");
  });
});
