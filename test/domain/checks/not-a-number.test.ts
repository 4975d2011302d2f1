import { allFindings, describeCheck, findingsOf, withIndicator } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, gridOf, tableGrid, tableRows } from "../../helpers/grids";
import type { FormatKind, Grid } from "../../../src/domain/grid";
import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";

const CODE = "not-a-number";
const DATE = new Date(Date.UTC(2023, 0, 10));

describeCheck(CODE, {
  valid: [
    { name: "the canonical table", grid: tableGrid() },
    { name: "numbers typed as text (\"4.50\", \"100%\" in 执行率, \"100\" in 总分)", grid: tableGrid({ funds: { annual: "4.50", rate: "100%" }, totalScore: "100" }) },
    { name: "thousands separators (\"1,200\")", grid: tableGrid({ funds: { initial: "1,200", annual: "1,200", executed: "1,200" }, subLines: [[1200, 1200, 1200], [0, 0, 0], [0, 0, 0]] }) },
    { name: "full-width digits (\"４.５\")", grid: tableGrid({ funds: { annual: "４.５" } }) },
    { name: "dashes in the sub-lines' 分值 and 得分 cells (canonical “—”)", grid: tableGrid() },
    { name: "a dash in an indicator score reads as empty", grid: withIndicator(0, { score: "—" }) },
    { name: "words in the actual column are not checked here", grid: withIndicator(1, { actual: "达成预期指标" }) },
  ],
  invalid: [
    {
      name: "DOMAIN: 二十五万 in 全年预算数",
      grid: tableGrid({ funds: { annual: "二十五万" } }),
      findings: [{ messageId: "notANumber", cell: "E6", severity: "error", data: { field: "total.annual", text: "二十五万" } }],
    },
    {
      name: "DOMAIN: 24.958万元 in 全年执行数 (a unit typed in)",
      grid: tableGrid({ funds: { executed: "24.958万元" } }),
      findings: [{ messageId: "notANumber", cell: "F6", data: { field: "total.executed", text: "24.958万元" } }],
    },
    {
      name: "DOMAIN: #DIV/0! in 执行率",
      grid: tableGrid({ funds: { rate: { error: "#DIV/0!" } } }),
      findings: [{ messageId: "notANumber", cell: "H6", data: { field: "rate", text: "#DIV/0!" } }],
    },
    {
      name: "DOMAIN: true in 执行得分",
      grid: tableGrid({ funds: { score: true } }),
      findings: [{ messageId: "notANumber", cell: "I6", data: { field: "rateScore", text: "TRUE" } }],
    },
    {
      name: "DOMAIN: a Date in 执行分值",
      grid: tableGrid({ funds: { weight: DATE } }),
      findings: [{ messageId: "notANumber", cell: "G6", data: { field: "executionWeight", text: "2023-01-10" } }],
    },
    {
      name: "a Date in 年初预算数",
      grid: tableGrid({ funds: { initial: DATE }, subLines: [[null, 4.5, 4.5], [null, 0, 0], [null, 0, 0]] }),
      findings: [{ messageId: "notANumber", cell: "D6", data: { field: "total.initial", text: "2023-01-10" } }],
    },
    {
      name: "a unit in a sub-line amount (4.5万)",
      grid: tableGrid({ subLines: [["4.5万", 4.5, 4.5], [0, 0, 0], [0, 0, 0]] }),
      findings: [{ messageId: "notANumber", cell: "D7", data: { field: "fiscal.initial", text: "4.5万" } }],
    },
    {
      name: "words in 上年结转资金 and 其他资金",
      grid: tableGrid({ subLines: [[4.5, 4.5, 4.5], ["零", 0, 0], [0, 0, "无"]] }),
      findings: [
        { messageId: "notANumber", cell: "D8", data: { field: "carryover.initial", text: "零" } },
        { messageId: "notANumber", cell: "F9", data: { field: "other.executed", text: "无" } },
      ],
    },
    {
      name: "an indicator weight with its unit (20分)",
      grid: withIndicator(0, { weight: "20分" }),
      findings: [{ messageId: "notANumber", cell: "G13", data: { field: "weight", text: "20分" } }],
    },
    {
      name: "an indicator score in words (满分)",
      grid: withIndicator(0, { score: "满分" }),
      findings: [{ messageId: "notANumber", cell: "H13", data: { field: "score", text: "满分" } }],
    },
    {
      name: "DOMAIN: a Date in an indicator score",
      grid: withIndicator(5, { score: DATE }),
      findings: [{ messageId: "notANumber", cell: "H18", data: { field: "score", text: "2023-01-10" } }],
    },
    {
      name: "an error value in an indicator score of a nameless row (row number instead)",
      grid: withIndicator(0, { name: null, score: { error: "#VALUE!" } }),
      findings: [{ messageId: "notANumber", cell: "H13", data: { field: "score", text: "#VALUE!" } }],
    },
    {
      name: "总分 in words",
      grid: tableGrid({ totalScore: "一百" }),
      findings: [{ messageId: "notANumber", cell: "H19", data: { field: "total", text: "一百" } }],
    },
    {
      name: "#REF! in the total row's 分值",
      grid: tableGrid({ totalWeight: { error: "#REF!" } }),
      findings: [{ messageId: "notANumber", cell: "G19", data: { field: "totalWeight", text: "#REF!" } }],
    },
  ],
});

describe(`${CODE}: fixed regressions`, () => {
  // parseActual marks an error value, a boolean or a date in 实际完成值 as "invalid", the indicator
  // scores "actual-invalid", and no check reports it: not-a-number skips the actual column,
  // judgement-needed reports only "actual-unrecognised", missing-field only "empty".
  it("an error value in 实际完成值 (F13) is reported by some check", () => {
    const findings = allFindings(withIndicator(0, { actual: { error: "#DIV/0!" } }));
    expect(findings.filter((f) => f.cell === "F13")).not.toEqual([]);
  });
  it("a boolean in 实际完成值 (F13) is reported by some check", () => {
    expect(allFindings(withIndicator(0, { actual: true })).filter((f) => f.cell === "F13")).not.toEqual([]);
  });
  it("a Date in 实际完成值 (F13) is reported by some check", () => {
    expect(allFindings(withIndicator(0, { actual: DATE })).filter((f) => f.cell === "F13")).not.toEqual([]);
  });
});

describe("not-a-number: a date is a date whatever the host hands over", () => {
  // Office.js returns a date as its serial (45291): the cell's number format says it is a date.
  const dated = (grid: Grid, row: number, col: number): Grid => {
    const formats: (FormatKind | null)[][] = Array.from({ length: row + 1 }, () => []);
    formats[row][col] = "date";
    return { ...grid, formats };
  };
  it.each([
    ["全年执行数", 5, 5, "F6"],
    ["a weight", 12, 6, "G13"],
    ["a score", 12, 7, "H13"],
  ])("a date serial in %s is reported at its cell as the date, never as 45291", (_what, row, col, cell) => {
    const rows = tableRows();
    rows[row][col] = 45291;
    const found = findingsOf("not-a-number", dated(gridOf(rows), row, col));
    expect(found).toEqual([expect.objectContaining({ cell, message: expect.stringContaining("2023-12-31") })]);
    expect(found[0].message).toContain("日期");
  });

  it("a date serial in 实际完成值 is reported there, and scores nothing", () => {
    const rows = tableRows();
    rows[12][5] = 45291;
    const grid = dated(gridOf(rows), 12, 5);
    expect(findingsOf("not-a-number", grid)).toEqual([expect.objectContaining({ cell: "F13", message: expect.stringContaining("2023-12-31") })]);
    expect(findingsOf("score-mismatch", grid)).toEqual([]);
  });

  it("no rate is computed from a date in 全年执行数 (nothing would be written into the filing)", () => {
    const rows = tableRows();
    rows[5][5] = 45291;
    const report = checkWorkbook([dated(gridOf(rows), 5, 5)], { profile: NATIONAL_PROFILE });
    expect(report.projects[0].funds.rate).toBeNull();
    expect(report.plan.writes.filter((w) => w.role === "rate" || w.role === "rateScore")).toEqual([]);
  });
});

describe("not-a-number: a row that does not apply", () => {
  it("无 in the 分值 and 得分 of 无此指标 | 无 | 无 | 无 | 无 is no number gone wrong", () => {
    const grid = tableGrid({ indicators: [...DEFAULT_INDICATORS, { l2: "生态效益指标", name: "无此指标", target: "无", actual: "无", weight: "无", score: "无" }] });
    expect(findingsOf("not-a-number", grid)).toEqual([]);
  });
});
