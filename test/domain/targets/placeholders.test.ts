/**
 * Placeholder rows of the printed targets form ("……", "指标2：", a repeated 三级指标 head, a level
 * label alone, 无 / — / 不适用) are not indicators: they get no row and no share of the weights.
 * A real indicator whose value is still empty stays.
 */
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { importTargets, locateTargetTables } from "../../../src/domain/targets";
import { isPlaceholderRow } from "../../../src/domain/targets/placeholders";
import { nationalPositions } from "../../../src/domain/template";
import { cellAddress, type CellValue } from "../../../src/domain/grid";
import { targetsGrid, type TargetsSpec } from "./targets-sheet";

describe("isPlaceholderRow", () => {
  const placeholders: [string, CellValue][] = [
    ["……", null],
    ["…", ""],
    ["...", null],
    ["。。。", "……"],
    ["", null],
    ["", "……"],
    ["三级指标", "指标值"],
    ["三级指标", null],
    ["数量指标", null],
    ["社会效益指标", "/"],
    ["产出指标（50分）", null],
    ["无", null],
    ["/", "/"],
    ["—", "—"],
    ["——", null],
    ["不适用", null],
    ["不适用", 0],
    ["不涉及", "无"],
  ];
  const indicators: [string, CellValue][] = [
    ["受益人数", null], // a real name whose value the accountant must fill
    ["受益人数", "≥8人"],
    ["……", "≥95%"], // a value without a name: kept, for the accountant to name
    ["", "≥8人"],
    ["无", "≥8人"],
    ["满意度指标", "≥95%"],
    ["无障碍设施覆盖率", null],
    ["不适用人群覆盖率", ""],
    ["三级指标达标率", null],
    ["群众满意度", 0],
  ];
  test.each(placeholders)("placeholder: %p with value %p", (name, target) => {
    expect(isPlaceholderRow(name, target)).toBe(true);
  });
  test.each(indicators)("indicator: %p with value %p", (name, target) => {
    expect(isPlaceholderRow(name, target)).toBe(false);
  });
});

/** A targets table whose form rows are partly placeholders, as units send them in. */
const withPlaceholders: TargetsSpec = {
  name: "医疗保障经办事务",
  funds: [["年度资金总额：", 24.8], ["其中：财政拨款", 24.8], ["其他资金", 0]],
  indicators: [
    ["产出指标", "数量指标", "医保转移接续人次", "≥500人次"],
    [null, null, "指标2：", null],
    [null, null, "……", null],
    [null, "质量指标", "医保基金核算准确度", "≥100%"],
    [null, null, "…", "……"],
    [null, "时效指标", "为参保群众提供医保经办服务及时性", null], // real name, value still to fill
    [null, "成本指标", "...", null],
    // A page break repeats the head; the rows below it stay under 产出指标 / 成本指标.
    [null, "二级指标", "三级指标", "指标值"],
    [null, null, "人均服务成本", "≤500元"],
    ["效益指标", "经济效益指标", "无", null],
    [null, "社会效益指标", "全县参保居民的获得感", "增加"],
    [null, "生态效益指标", "不适用", null],
    [null, "可持续影响指标", "—", "—"],
    [null, null, "可持续影响指标", null],
    [null, null, "指标1:", null],
    [null, null, "/", null],
    ["满意度指标", "满意度指标", "服务对象满意度", "≥98%"],
    [null, null, "三级指标", null],
  ],
};

const REAL = ["医保转移接续人次", "医保基金核算准确度", "为参保群众提供医保经办服务及时性", "人均服务成本", "全县参保居民的获得感", "服务对象满意度"];

describe("import without placeholder rows", () => {
  test("only the real indicators, with their levels and values", () => {
    const [table] = locateTargetTables(targetsGrid([withPlaceholders]));
    expect(table.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ["产出指标", "数量指标", "医保转移接续人次", "≥500人次"],
      ["产出指标", "质量指标", "医保基金核算准确度", "≥100%"],
      ["产出指标", "时效指标", "为参保群众提供医保经办服务及时性", null],
      ["产出指标", "成本指标", "人均服务成本", "≤500元"],
      ["效益指标", "社会效益指标", "全县参保居民的获得感", "增加"],
      ["满意度指标", "满意度指标", "服务对象满意度", "≥98%"],
    ]);
    expect(table.indicators.some((i) => i.level1Inferred)).toBe(false);
  });

  test("national form: weights spread over the real indicators only (产出 50 ÷ 4, 效益 30 ÷ 1, 满意度 10)", () => {
    const { sheets } = importTargets([targetsGrid([withPlaceholders])], NATIONAL_PROFILE, { defaultYear: 2024 });
    const [spec] = sheets;
    const p = nationalPositions(REAL.length);
    const at = (row: number, col: number) => spec.cells.find((c) => c.address === cellAddress(row, col))?.value ?? null;
    const rows = REAL.map((_, i) => p.firstIndicatorRow + i);
    expect(rows.map((r) => at(r, p.indicatorCols.name))).toEqual(REAL);
    expect(rows.map((r) => at(r, p.indicatorCols.weight))).toEqual([13, 13, 12, 12, 30, 10]);
    expect(at(p.totalRow, 0)).toBe("总分");
    // The real indicator without a value keeps its row, its weight and a blank 年度指标值.
    expect(at(rows[2], p.indicatorCols.target)).toBeNull();
  });

  test("Sichuan form: 成本指标 its own level; 产出 + 成本 60 over four, 效益 20, 满意度 10", () => {
    const { sheets } = importTargets([targetsGrid([withPlaceholders])], SICHUAN_PROFILE, { defaultYear: 2024 });
    const names = sheets[0].cells.filter((c) => /^D\d+$/.test(c.address) && Number(c.address.slice(1)) >= 9).map((c) => c.value);
    expect(names).toEqual(REAL);
    const weights = sheets[0].cells.filter((c) => /^H\d+$/.test(c.address) && Number(c.address.slice(1)) >= 9).map((c) => c.value);
    expect(weights).toEqual([15, 15, 15, 15, 20, 10]);
  });
});
