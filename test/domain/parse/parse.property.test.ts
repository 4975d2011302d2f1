/**
 * Properties of the value parser: no input throws, whatever its shape. The arbitraries mix free
 * Unicode with the vocabulary of real cells (operators in every spelling, numbers, units, verdicts),
 * so that generated strings reach the parser's deep branches, not only its "unparsed" exit.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/domain/grid";
import { alignQuantities, parseActual, parseTarget } from "../../../src/domain/parse";

export const RUNS = { text: 3000, vocabulary: 3000, cells: 2000, align: 3000 };

const OPS = ["≥", "≤", ">", "<", "=", "＝", "＞", "＜", "≧", "≦", ">=", "<=", "\\geq", "\\leq", "大于等于", "不低于", "不超过", "以上", "以下", "约", ""];
const UNITS = ["人", "人次", "万人", "%", "％", "‰", "百分比", "比率", "元", "万元", "亿元", "千元", "元/月", "次", "个", "天", "小时", "年", "平方米", ""];
const WORDS = ["达成预期指标", "部分达成预期指标并具有一定效果", "未完成", "已完成", "完成", "基本完成", "见附件", "不适用", "无", "—", "/", "及时", "明显改善", "全覆盖", "(含)", "，", "。", " ", "\n", "12月底前", "2023年"];

const numberText = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map(String),
  fc.double({ noNaN: false, noDefaultInfinity: false }).map(String),
  fc.tuple(fc.nat(99999), fc.nat(9999)).map(([i, d]) => `${i}.${d}`),
  fc.constantFrom("1,000", "1,000,000.5", ".5", "5.", "1e3", "0x10", "１２３", "９５％", "-0", "+5", "00012"),
);

/** Strings built from cell vocabulary: [op] number [unit] [word], in any order and count. */
export const cellLikeText = fc
  .array(fc.oneof(fc.constantFrom(...OPS), numberText, fc.constantFrom(...UNITS), fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 200 }));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  cellLikeText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#REF!" }, { error: "#N/A" }, { error: "#VALUE!" }),
  fc.constant(null),
);

function parseAll(target: CellValue, actual: CellValue, hints?: { nature: CellValue; unit: CellValue }): void {
  const t = parseTarget(target, hints);
  const a = parseActual(actual);
  if (t.kind === "quantitative" && a.kind === "number") {
    alignQuantities(t, a);
    alignQuantities(t, a, { isRate: true });
  }
}

describe("value parser: no input throws", () => {
  it("free text, as target, actual, Sichuan hints, and aligned", () => {
    fc.assert(
      fc.property(anyText, anyText, (x, y) => {
        parseAll(x, y);
        parseAll(y, x, { nature: x, unit: y });
      }),
      { numRuns: RUNS.text },
    );
  });

  it("text made of the cells' own vocabulary", () => {
    fc.assert(
      fc.property(cellLikeText, cellLikeText, (x, y) => {
        parseAll(x, y);
        parseAll(x, x, { nature: y, unit: y });
      }),
      { numRuns: RUNS.vocabulary },
    );
  });

  it("any cell value (numbers, NaN, ±Infinity, booleans, invalid dates, error values, null)", () => {
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, (x, y, z) => {
        parseAll(x, y);
        parseAll(x, y, { nature: z, unit: z });
      }),
      { numRuns: RUNS.cells },
    );
  });

  it("every quantitative target and numeric actual align to finite numbers", () => {
    fc.assert(
      fc.property(cellLikeText, cellLikeText, (x, y) => {
        const t = parseTarget(x);
        const a = parseActual(y);
        if (t.kind !== "quantitative" || a.kind !== "number") return;
        for (const hints of [undefined, { isRate: true }]) {
          const al = alignQuantities(t, a, hints);
          expect(al.target.isFinite()).toBe(true);
          expect(al.actual.isFinite()).toBe(true);
        }
      }),
      { numRuns: RUNS.align },
    );
  });
});
