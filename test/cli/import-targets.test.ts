/** `selfeval import-targets` → a new workbook that `selfeval check` reads: the whole pipeline, and its errors. */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { TARGET_OUTPUTS } from "../../scripts/fixtures/make-targets";
import { seed004Tables } from "../../scripts/fixtures/seed004";
import { run, sha256 } from "./helpers";

describe("parseArgs import-targets", () => {
  test.each([
    [["import-targets", "t.xlsx"], { command: "import-targets", input: "t.xlsx", profile: "national" }],
    [["import-targets", "t.xlsx", "--out", "n.xlsx", "--profile=sichuan", "--year", "2024"], { command: "import-targets", input: "t.xlsx", out: "n.xlsx", profile: "sichuan", year: 2024 }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test.each([
    [["import-targets"], /绩效目标表文件/],
    [["import-targets", "a.xlsx", "b.xlsx"], /一次只读取一个/],
    [["import-targets", "a.xlsx", "--year", "24"], /四位数字/],
    [["import-targets", "a.xlsx", "--profile", "beijing"], /未知的评分规则/],
    [["import-targets", "a.xlsx", "--json"], /未知选项/],
    [["import-targets", "a.xlsx", "--out"], /需要一个值/],
  ])("usage error %j", (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.command).toBe("usage-error");
    if (parsed.command === "usage-error") expect(parsed.message).toMatch(message);
  });

  test("check --no-list", () => {
    expect(parseArgs(["check", "--write", "--no-list", "a.xlsx"])).toMatchObject({ command: "check", list: false });
    expect(parseArgs(["check", "a.xlsx"])).not.toHaveProperty("list");
  });
});

describe("selfeval import-targets", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-import-"));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  test.each([
    ["stacked", TARGET_OUTPUTS.stacked],
    ["per-sheet", TARGET_OUTPUTS.perSheet],
  ])("%s targets → new workbook → check finds all six tables", async (label, input) => {
    const before = await sha256(input);
    const out = path.join(tmp, `${label}.xlsx`);
    const imported = await run(["import-targets", input, "--out", out, "--year", "2024"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("读取了 6 张绩效目标表");
    expect(imported.stdout).toContain(`已保存：${out}`);
    expect(await sha256(input)).toBe(before);

    const checked = await run(["check", "--json", out]);
    // The year-end figures are blank on purpose: one to-do per table, no error (exit 0).
    expect(checked.code).toBe(0);
    const doc = JSON.parse(checked.stdout);
    const file = doc.files[0];
    expect(file.findings).toEqual([]);
    expect(file.projects.map((p: { name: string }) => p.name)).toEqual(seed004Tables.map((t) => t.name));
    for (const [i, p] of (file.projects as { year: number; funds: { initial: string }; indicators: unknown[]; findings: { code: string }[] }[]).entries()) {
      expect(p.year).toBe(2024);
      expect(Number(p.funds.initial)).toBe(seed004Tables[i].funds.total);
      expect(p.indicators).toHaveLength(seed004Tables[i].indicators.length);
      // Exactly one to-do, no missing-field per blank cell; the suggested weights add up (no weight-sum).
      expect(p.findings.map((f) => f.code)).toEqual(["year-end-pending"]);
    }
  });

  test("check --write adds the list sheet last; --no-list leaves it out", async () => {
    const out = path.join(tmp, "for-list.xlsx");
    expect((await run(["import-targets", TARGET_OUTPUTS.stacked, "--out", out])).code).toBe(0);
    const withList = path.join(tmp, "with-list");
    const noList = path.join(tmp, "no-list");
    await run(["check", "--write", "--out", withList, out]);
    await run(["check", "--write", "--no-list", "--out", noList, out]);
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(path.join(withList, "for-list.xlsx"));
    expect(a.worksheets.map((w) => w.name)).toEqual([...seed004Tables.map((t) => t.name), "项目清单（自动）"]);
    expect(a.getWorksheet("项目清单（自动）")!.getCell("B8").value).toBe("食堂经费");
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(path.join(noList, "for-list.xlsx"));
    expect(b.worksheets.map((w) => w.name)).toEqual(seed004Tables.map((t) => t.name));
  });

  test("default output beside the input; never onto the input", async () => {
    const input = path.join(tmp, "目标表.xlsx");
    await fs.copyFile(TARGET_OUTPUTS.perSheet, input);
    const r = await run(["import-targets", input]);
    expect(r.code).toBe(0);
    await expect(fs.stat(path.join(tmp, "目标表.自评表.xlsx"))).resolves.toBeTruthy();
    const same = await run(["import-targets", input, "--out", input]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/不能与绩效目标表是同一个文件/);
  });

  test("exit codes: missing file 2, unreadable 2, no targets table 1", async () => {
    const missing = await run(["import-targets", path.join(tmp, "nope.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到文件/);
    const bad = path.join(tmp, "bad.xlsx");
    await fs.writeFile(bad, "not a workbook");
    const unreadable = await run(["import-targets", bad, "--out", path.join(tmp, "x.xlsx")]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toMatch(/无法读取文件/);
    const none = await run(["import-targets", path.join(__dirname, "../fixtures/no-table.xlsx"), "--out", path.join(tmp, "y.xlsx")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/没有找到项目支出绩效目标表/);
    const usage = await run(["import-targets"]);
    expect(usage.code).toBe(2);
  });

  test("help mentions the command and --no-list", async () => {
    const r = await run(["--help"]);
    expect(r.stdout).toContain("selfeval import-targets");
    expect(r.stdout).toContain("--no-list");
  });
});
