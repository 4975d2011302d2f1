import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { checkedPath, isCheckableName, outputPath } from "../../src/cli/files";
import { formatFinding, formatPercent, sheetRef } from "../../src/cli/format-text";
import type { FileResult } from "../../src/cli/run-file";
import { exitCodeOf, summarise } from "../../src/cli/summary";
import type { Finding } from "../../src/domain/finding";
import type { ProjectReport } from "../../src/domain/report/types";

describe("parseArgs", () => {
  it("reads check options in any order, with = or a separate value", () => {
    expect(parseArgs(["check", "a.xlsx", "--json", "--profile=sichuan", "--write", "--out", "d", "--rate-formula", "--no-notes", "--draft-explanations", "b"])).toEqual({
      command: "check",
      json: true,
      write: true,
      outDir: "d",
      profile: "sichuan",
      rateFormula: true,
      notes: false,
      draftExplanations: true,
      inputs: ["a.xlsx", "b"],
    });
  });

  it("defaults to the national profile, values and notes", () => {
    expect(parseArgs(["check", "x.xlsx"])).toMatchObject({ profile: "national", rateFormula: false, notes: true, write: false, draftExplanations: false });
  });

  it("takes everything after -- as a path", () => {
    expect(parseArgs(["check", "--", "--json"])).toMatchObject({ json: false, inputs: ["--json"] });
  });
});

describe("files", () => {
  it("picks .xlsx files, skipping lock files and earlier outputs", () => {
    expect(isCheckableName("自评表.xlsx")).toBe(true);
    expect(isCheckableName("自评表.XLSX")).toBe(true);
    expect(isCheckableName("~$自评表.xlsx")).toBe(false);
    expect(isCheckableName("自评表.checked.xlsx")).toBe(false);
    expect(isCheckableName("自评表.xls")).toBe(false);
  });

  it("names the checked copy", () => {
    expect(checkedPath(path.join("d", "自评表.xlsx"))).toBe(path.join("d", "自评表.checked.xlsx"));
    expect(checkedPath("x.XLSX")).toBe("x.checked.XLSX");
  });

  it("never returns the input's own path", () => {
    const used = new Set<string>();
    expect(outputPath({ path: path.join("d", "a.xlsx") }, "d", used)).toBe(path.join("d", "a.checked.xlsx"));
  });
});

describe("format-text", () => {
  it("shows a rate as a percent with 2 decimals, half-up", () => {
    expect(formatPercent("0.99832")).toBe("99.83%");
    expect(formatPercent("0.947494033412887828")).toBe("94.75%");
    expect(formatPercent("0.00005")).toBe("0.01%");
    expect(formatPercent("1")).toBe("100.00%");
    expect(formatPercent(null)).toBe("—");
  });

  it("quotes sheet names the way Excel does in references", () => {
    expect(sheetRef("项目1")).toBe("项目1");
    expect(sheetRef("Sheet 1")).toBe("'Sheet 1'");
    expect(sheetRef("A1")).toBe("'A1'");
    expect(sheetRef("张三's")).toBe("'张三''s'");
  });

  it("writes a finding with its severity in Chinese and its cell", () => {
    const f: Finding = { code: "x", severity: "warning", message: "请填写偏差原因", sheet: "项目1", cell: "I13" };
    expect(formatFinding(f)).toBe("    警告  项目1!I13  请填写偏差原因");
    expect(formatFinding({ ...f, severity: "info", cell: undefined })).toBe("    提示  项目1  请填写偏差原因");
    expect(formatFinding({ ...f, severity: "error", sheet: "" })).toBe("    错误  请填写偏差原因");
  });
});

describe("exit codes", () => {
  const finding = (severity: Finding["severity"], code = "x"): Finding => ({ code, severity, message: "m", sheet: "S" });
  const project = (findings: Finding[]): ProjectReport =>
    ({ sheet: "S", range: "A1:I16", findings, counts: { error: 0, warning: 0, info: 0 } }) as unknown as ProjectReport;
  const file = (findings: Finding[], projects: ProjectReport[] = []): FileResult => ({
    file: "f.xlsx",
    checked: true,
    findings,
    projects,
    sheets: [],
  });

  it("is 0 with warnings and notes only", () => {
    expect(exitCodeOf([file([finding("warning")], [project([finding("info")])])], 0)).toBe(0);
  });

  it("is 1 when a project or a file has an error finding", () => {
    expect(exitCodeOf([file([], [project([finding("error")])])], 0)).toBe(1);
    expect(exitCodeOf([file([finding("error", "table-not-found")])], 0)).toBe(1);
  });

  it("is 2 when a path is missing or a file could not be read, checked or saved", () => {
    expect(exitCodeOf([file([])], 1)).toBe(2);
    for (const code of ["file-unreadable", "internal-error", "write-failed"]) {
      expect(exitCodeOf([file([]), file([finding("error", code)])], 0)).toBe(2);
    }
  });

  it("counts findings of files and projects", () => {
    expect(summarise([file([finding("error")], [project([finding("warning"), finding("info")])]), file([])])).toEqual({
      files: 2,
      projects: 1,
      error: 1,
      warning: 1,
      info: 1,
    });
  });
});
