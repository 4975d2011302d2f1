import { formatKindOf } from "../../src/domain/number-format";

describe("formatKindOf", () => {
  const cases: [string, "date" | "percent" | null][] = [
    // Neither: General, text, plain numbers, currency, units, scientific, fractions.
    ["General", null],
    ["@", null],
    ["0", null],
    ["0.00", null],
    ["#,##0.00", null],
    ["#,##0.00_);[Red](#,##0.00)", null],
    ["#,##0 ;[Red](#,##0)", null],
    ['"¥"#,##0.00', null],
    ['"¥"#,##0.00;"¥"\\-#,##0.00', null],
    ["[$¥-804]#,##0.00", null],
    ['0.00"万元"', null],
    ["0.00万元", null],
    ['#,##0.00"元/吨"', null],
    ["0.00E+00", null],
    ["##0.0E+0", null],
    ["# ?/?", null],
    ["[DBNum1]0", null],
    ["[DBNum2][$RMB]General", null],
    ["[Blue]0.00;[Red]-0.00", null],
    ['"%"0', null],
    ["0\\%", null],
    ["0.00;[Red]0.00%", null], // only the first (positive) section counts
    [";;;", null],
    ['"合计："@', null],
    ["0_m", null], // a pad character is literal
    ["General;[Red]-General", null],
    // Percent.
    ["0%", "percent"],
    ["0.00%", "percent"],
    ["#,##0.0%", "percent"],
    ["[Red][>=1]0.00%;0.0%", "percent"],
    ["0.00%;[Red]-0.00%", "percent"],
    ["[Color10]0%", "percent"],
    // Dates and times.
    ["mm-dd-yy", "date"],
    ["yyyy/m/d", "date"],
    ["yyyy-mm-dd;@", "date"],
    ['yyyy"年"m"月"d"日"', "date"],
    ['yyyy"年"m"月"d"日";@', "date"],
    ["[$-804]yyyy年m月d日", "date"],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', "date"],
    ['[DBNum1]m"月"d"日"', "date"],
    ["[$-F800]dddd, mmmm dd, yyyy", "date"],
    ["[$-404]e/m/d", "date"],
    ['[$-411]ggge"年"m"月"d"日"', "date"],
    ["d-mmm-yy", "date"],
    ["mm:ss", "date"],
    ["h:mm AM/PM", "date"],
    ['上午/下午 h"时"mm"分"', "date"],
    ["上午/下午", "date"], // no other date code: the marker alone makes it a time
    ["A/P", "date"],
    ['h"时"mm"分"ss"秒"', "date"],
    ["[h]:mm:ss", "date"],
    ["[mm]", "date"],
    ["[ss].0", "date"],
    ["[$-409]m/d/yy h:mm AM/PM;@", "date"],
  ];

  it.each(cases)("%s → %s", (code, kind) => {
    expect(formatKindOf(code)).toBe(kind);
  });

  it("gives the same answer from its memo", () => {
    for (const [code, kind] of cases) expect(formatKindOf(code)).toBe(kind);
  });

  it("reads nothing from a missing or empty format", () => {
    expect(formatKindOf(undefined)).toBeNull();
    expect(formatKindOf(null)).toBeNull();
    expect(formatKindOf("")).toBeNull();
  });

  it("knows Excel's built-in format ids", () => {
    expect([0, 2, 4, 11, 49].map((id) => formatKindOf(id))).toEqual([null, null, null, null, null]);
    expect([9, 10].map((id) => formatKindOf(id))).toEqual(["percent", "percent"]);
    // 14-22 dates and times; 31 yyyy"年"m"月"d"日" and 58 m"月"d"日" in Chinese Excel, which files name by id only.
    expect([14, 18, 22, 31, 35, 46, 58].map((id) => formatKindOf(id))).toEqual(["date", "date", "date", "date", "date", "date", "date"]);
    expect(formatKindOf(10.5)).toBeNull();
  });
});
