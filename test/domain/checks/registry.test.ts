import { CHECKS, FINDING_CODES, INTERNAL_ERROR, WORKBOOK_CHECKS, runChecks, runWorkbookChecks, type Check, type WorkbookCheck } from "../../../src/domain/checks";
import { TABLE_NOT_FOUND } from "../../../src/domain/checks/table-not-found";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { evaluateGrid, runOn } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const SEVERITIES = ["error", "warning", "info"];
const CJK = /\p{Script=Han}/u;
const codes = CHECKS.map((c) => c.code);

describe("CHECKS", () => {
  it("is sorted by code", () => {
    expect(codes).toEqual([...codes].sort());
  });

  it("has unique, kebab-case codes", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("holds the 20 project checks", () => {
    expect(codes).toEqual([
      "budget-inconsistent",
      "deviation-unexplained",
      "direction-suspect",
      "execution-low",
      "formula-no-result",
      "indicator-duplicate",
      "judgement-needed",
      "merge-across",
      "missing-field",
      "not-a-number",
      "rate-mismatch",
      "score-mismatch",
      "score-out-of-range",
      "target-unparsed",
      "text-too-long",
      "total-line-assumed",
      "total-mismatch",
      "unit-suspect",
      "weight-sum",
      "year-end-pending",
    ]);
  });

  it("holds the 4 workbook checks, sorted, with a severity and a Chinese description", () => {
    const wb = WORKBOOK_CHECKS.map((c) => c.code);
    expect(wb).toEqual(["content-outside-table", "duplicate-project", "goal-text-copied", "sheet-hidden"]);
    for (const c of WORKBOOK_CHECKS) {
      expect(SEVERITIES).toContain(c.severity);
      expect(c.description).toMatch(CJK);
    }
  });

  it.each(CHECKS.map((c) => [c.code, c] as const))("%s has a severity and a Chinese description", (_code, check) => {
    expect(SEVERITIES).toContain(check.severity);
    expect(check.description).toMatch(CJK);
    expect(typeof check.run).toBe("function");
  });

  it("FINDING_CODES lists every check, every workbook check, table-not-found and internal-error, sorted, with descriptions", () => {
    const all = FINDING_CODES.map((c) => c.code);
    expect(all).toEqual([...codes, ...WORKBOOK_CHECKS.map((c) => c.code), TABLE_NOT_FOUND.code, INTERNAL_ERROR.code].sort());
    for (const c of FINDING_CODES) {
      expect(SEVERITIES).toContain(c.severity);
      expect(c.description).toMatch(CJK);
    }
  });
});

describe("runChecks", () => {
  const boom: Check = {
    code: "aaa-boom",
    severity: "warning",
    description: "测试用：总是抛出异常",
    run() {
      throw new Error("kaput");
    },
  };
  const reporter: Check = {
    code: "zzz-reporter",
    severity: "warning",
    description: "测试用：总是报告一条",
    run({ report }) {
      report({ cell: { row: 12, col: 7 }, message: "测试消息", data: { n: 1 } });
      report({ message: "无单元格", severity: "info" });
    },
  };

  it("turns a check that throws into one internal-error finding at the table's corner; the others still run", () => {
    const findings = runOn(tableGrid(), [boom, reporter]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "internal-error", severity: "error", sheet: "Sheet1", cell: "A1", data: { check: "aaa-boom" } }),
      expect.objectContaining({ code: "zzz-reporter", severity: "warning", cell: "H13", data: { n: 1 } }),
      expect.objectContaining({ code: "zzz-reporter", severity: "info", cell: undefined }),
    ]);
    expect(findings[0].message).toMatch(CJK);
    expect(findings[0].message).toContain("aaa-boom");
    expect(findings[0].message).toContain("kaput");
  });

  it("reports a thrown non-Error too", () => {
    const odd: Check = { ...boom, run: () => { throw "字符串"; } };
    const [f] = runOn(tableGrid(), [odd]);
    expect(f).toMatchObject({ code: "internal-error", data: { check: "aaa-boom" } });
    expect(f.message).toContain("字符串");
  });

  it("gives one internal-error per failing check, in list order, and runs the real checks after them", () => {
    const grid = tableGrid({ totalScore: 98 });
    const findings = runOn(grid, [boom, { ...boom, code: "bbb-boom" }, ...CHECKS]);
    expect(findings.filter((f) => f.code === "internal-error").map((f) => f.data)).toEqual([{ check: "aaa-boom" }, { check: "bbb-boom" }]);
    expect(findings.filter((f) => f.code === "total-mismatch")).toHaveLength(1);
  });

  it("a profile severity overrides both the default and a per-finding severity", () => {
    const profile = { ...NATIONAL_PROFILE, severities: { "zzz-reporter": "error" as const } };
    const [project] = evaluateGrid(tableGrid());
    const findings = runChecks(project, profile, tableGrid(), [reporter]);
    expect(findings.map((f) => f.severity)).toEqual(["error", "error"]);
  });

  it("runs the registry by default and finds nothing in the canonical table", () => {
    expect(runOn(tableGrid())).toEqual([]);
  });
});

describe("runWorkbookChecks", () => {
  it("turns a workbook check that throws into one internal-error finding; the others still run", () => {
    const boom: WorkbookCheck = { code: "aaa-boom", severity: "info", description: "测试用：总是抛出异常", run: () => { throw new Error("kaput"); } };
    const grid = tableGrid();
    const sheets = [{ grid, projects: evaluateGrid(grid) }, { grid: { ...tableGrid(), sheet: "Sheet2" }, projects: evaluateGrid(tableGrid()) }];
    const findings = runWorkbookChecks(sheets, NATIONAL_PROFILE, [boom, ...WORKBOOK_CHECKS]);
    expect(findings[0]).toMatchObject({ code: "internal-error", sheet: "Sheet1", data: { check: "aaa-boom" } });
    expect(findings.filter((f) => f.code === "duplicate-project")).toHaveLength(1);
  });
});
