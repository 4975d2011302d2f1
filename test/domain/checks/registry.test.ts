import { CHECK_CODES, CHECKS, FINDING_CODES, INTERNAL_ERROR, WORKBOOK_CHECKS, messageIdOf, runChecks, runWorkbookChecks, type Check, type CheckCode, type WorkbookCheck } from "../../../src/domain/checks";
import { TABLE_NOT_FOUND } from "../../../src/domain/checks/table-not-found";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { evaluateGrid, runOn } from "../../helpers/check-harness";
import { tableGrid } from "../../helpers/grids";

const SEVERITIES = ["error", "warning", "info"];
const CJK = /\p{Script=Han}/u;
const codes = CHECKS.map((c) => c.code);
/** A code outside the registry, for the runner's own tests (a real check cannot have one). */
const testCode = (code: string) => code as CheckCode;

describe("CHECKS", () => {
  it("is sorted by code", () => {
    expect(codes).toEqual([...codes].sort());
  });

  it("has unique, kebab-case codes", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("holds the 21 project checks", () => {
    expect(codes).toEqual([
      "budget-inconsistent",
      "deviation-unexplained",
      "direction-suspect",
      "draft-unedited",
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

  it("CHECK_CODES lists every check, every workbook check and table-not-found, sorted", () => {
    expect([...CHECK_CODES]).toEqual([...codes, ...WORKBOOK_CHECKS.map((c) => c.code), TABLE_NOT_FOUND.code].sort());
  });

  it.each([...CHECKS, ...WORKBOOK_CHECKS, TABLE_NOT_FOUND, INTERNAL_ERROR].map((c) => [c.code, c] as const))("%s declares its messages: camelCase ids, Chinese templates, {{name}} placeholders only", (_code, check) => {
    const entries = Object.entries(check.messages);
    expect(entries.length).toBeGreaterThan(0);
    for (const [id, template] of entries) {
      expect(id).toMatch(/^[a-z][A-Za-z]*$/);
      expect(template).toMatch(CJK);
      // Single braces are the old placeholder syntax: nothing would fill them.
      expect(template.replace(/\{\{\w+\}\}/g, "")).not.toMatch(/[{}]/);
    }
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
    code: testCode("aaa-boom"),
    severity: "warning",
    description: "测试用：总是抛出异常",
    messages: {},
    run() {
      throw new Error("kaput");
    },
  };
  const reporter: Check = {
    code: testCode("zzz-reporter"),
    severity: "warning",
    description: "测试用：总是报告一条",
    messages: { atCell: "测试消息 {{n}}", bare: "无单元格" },
    run({ report }) {
      report({ cell: { row: 12, col: 7 }, messageId: "atCell", data: { n: "1" }, details: { n: 1 } });
      report({ messageId: "bare", severity: "info" });
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
    expect(findings[1].message).toBe("测试消息 1");
    expect(findings.map(messageIdOf)).toEqual(["project", "atCell", "bare"]);
    // The messageId stays beside the finding, never in it: the JSON report is a public format.
    for (const f of findings) expect(Object.keys(f)).not.toContain("messageId");
  });

  it("turns a report with a messageId the check does not declare into an internal-error", () => {
    const stray: Check = { ...reporter, run: ({ report }) => report({ messageId: "nowhere" }) };
    const [f] = runOn(tableGrid(), [stray]);
    expect(f).toMatchObject({ code: "internal-error", data: { check: "zzz-reporter" } });
    expect(f.message).toContain("nowhere");
  });

  it("turns a report missing a placeholder's data into an internal-error, not a message with {{n}} in it", () => {
    const short: Check = { ...reporter, run: ({ report }) => report({ messageId: "atCell", data: {} }) };
    const [f] = runOn(tableGrid(), [short]);
    expect(f).toMatchObject({ code: "internal-error", data: { check: "zzz-reporter" } });
    expect(f.message).toContain("{{n}}");
  });

  it("reports a thrown non-Error too", () => {
    const odd: Check = { ...boom, run: () => { throw "字符串"; } };
    const [f] = runOn(tableGrid(), [odd]);
    expect(f).toMatchObject({ code: "internal-error", data: { check: "aaa-boom" } });
    expect(f.message).toContain("字符串");
  });

  it("gives one internal-error per failing check, in list order, and runs the real checks after them", () => {
    const grid = tableGrid({ totalScore: 98 });
    const findings = runOn(grid, [boom, { ...boom, code: testCode("bbb-boom") }, ...CHECKS]);
    expect(findings.filter((f) => f.code === "internal-error").map((f) => f.data)).toEqual([{ check: "aaa-boom" }, { check: "bbb-boom" }]);
    expect(findings.filter((f) => f.code === "total-mismatch")).toHaveLength(1);
  });

  it("a profile severity overrides both the default and a per-finding severity", () => {
    const profile = { ...NATIONAL_PROFILE, severities: { [testCode("zzz-reporter")]: "error" as const } };
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
    const boom: WorkbookCheck = { code: testCode("aaa-boom"), severity: "info", description: "测试用：总是抛出异常", messages: {}, run: () => { throw new Error("kaput"); } };
    const grid = tableGrid();
    const sheets = [{ grid, projects: evaluateGrid(grid) }, { grid: { ...tableGrid(), sheet: "Sheet2" }, projects: evaluateGrid(tableGrid()) }];
    const findings = runWorkbookChecks(sheets, NATIONAL_PROFILE, [boom, ...WORKBOOK_CHECKS]);
    expect(findings[0]).toMatchObject({ code: "internal-error", sheet: "Sheet1", data: { check: "aaa-boom" } });
    expect(messageIdOf(findings[0])).toBe("workbook");
    expect(findings.filter((f) => f.code === "duplicate-project")).toHaveLength(1);
  });
});
