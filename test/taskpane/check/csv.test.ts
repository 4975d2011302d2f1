import type { StoredReport } from "../../../src/services/results-store";
import { csvField, csvFileName, findingsCsv, findingsTsv, tsvField, writeClipboard } from "../../../src/taskpane/check/csv";

const report: StoredReport = {
  profile: "national",
  sheets: [
    { name: "项目清单", tables: 0, hidden: false },
    { name: "1.食堂经费", tables: 1, hidden: false },
  ],
  findings: [{ code: "table-not-found", severity: "info", message: "工作表中没有找到自评表", sheet: "项目清单" }],
  projects: [
    {
      sheet: "1.食堂经费",
      range: "A1:I24",
      variant: "national",
      name: '食堂经费,"一期"',
      funds: { initial: null, annual: "10", executed: "9", rate: "0.9", rateScore: "9.00" },
      indicators: [],
      total: "90.00",
      grade: "优",
      findings: [{ code: "score-mismatch", severity: "error", message: "=得分与规则不符\n应为 9.66", sheet: "1.食堂经费", cell: "H13" }],
      counts: { error: 1, warning: 0, info: 0 },
    },
  ],
};

describe("findingsCsv", () => {
  it("starts with a UTF-8 BOM and the Chinese header, one row per finding in sheet order", () => {
    const csv = findingsCsv(report);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("工作表,单元格,项目,严重程度,代码,说明");
    expect(lines[1]).toBe("项目清单,,,提示,table-not-found,工作表中没有找到自评表");
    // A line break inside a quoted field stays as it was.
    expect(lines[2]).toBe('1.食堂经费,H13,"食堂经费,""一期""",错误,score-mismatch,"\'=得分与规则不符\n应为 9.66"');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
  });

  it("keeps formula-like workbook text from running when Excel opens the file", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("普通文字")).toBe("普通文字");
  });

  it("names the file by local date", () => {
    expect(csvFileName(new Date(2024, 11, 31, 23, 59))).toBe("绩效自评检查结果-20241231.csv");
  });
});

describe("findingsTsv", () => {
  it("has the same rows, tab-separated, one line each, no BOM", () => {
    const lines = findingsTsv(report).split("\r\n");
    expect(lines[0]).toBe("工作表\t单元格\t项目\t严重程度\t代码\t说明");
    expect(lines[1]).toBe("项目清单\t\t\t提示\ttable-not-found\t工作表中没有找到自评表");
    // A line break would split the row when pasted; formula-like text stays text.
    expect(lines[2]).toBe('1.食堂经费\tH13\t食堂经费,"一期"\t错误\tscore-mismatch\t\'=得分与规则不符 应为 9.66');
    expect(lines).toEqual([lines[0], lines[1], lines[2], ""]);
  });

  it("turns tabs and line breaks inside a field into spaces", () => {
    expect(tsvField("甲\t乙\r\n丙")).toBe("甲 乙 丙");
    expect(tsvField("-5")).toBe("'-5");
  });
});

describe("writeClipboard", () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, "navigator", original);
    else delete (globalThis as { navigator?: unknown }).navigator;
  });
  const withClipboard = (clipboard: unknown) => Object.defineProperty(globalThis, "navigator", { value: { clipboard }, configurable: true });

  it("says true when the clipboard took the text", async () => {
    const written: string[] = [];
    withClipboard({ writeText: (text: string) => (written.push(text), Promise.resolve()) });
    await expect(writeClipboard("甲\t乙")).resolves.toBe(true);
    expect(written).toEqual(["甲\t乙"]);
  });

  it("says false when the WebView refuses or has no clipboard", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    withClipboard({ writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) });
    await expect(writeClipboard("x")).resolves.toBe(false);
    withClipboard(undefined);
    await expect(writeClipboard("x")).resolves.toBe(false);
    warn.mockRestore();
  });
});
