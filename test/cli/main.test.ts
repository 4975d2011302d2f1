import { promises as fs } from "fs";
import * as path from "path";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { makeInputFolder, run, sha256, type InputFolder } from "./helpers";

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string | null;
  cell: string | null;
  message: string;
}
interface JsonProject {
  sheet: string;
  range: string;
  name: string;
  funds: Record<string, string | null>;
  indicators: unknown[];
  findings: JsonFinding[];
}
interface JsonFile {
  file: string;
  checked: boolean;
  output: string | null;
  findings: JsonFinding[];
  projects: JsonProject[];
}
interface JsonReport {
  version: number;
  profile: string;
  exitCode: number;
  summary: { files: number; projects: number; error: number; warning: number; info: number };
  missingPaths: string[];
  files: JsonFile[];
}

/** The exit code the rules give for a report without missing paths or unreadable files. */
function expectedCode(report: JsonReport): number {
  const errors = report.files.some(
    (f) => f.findings.some((x) => x.severity === "error") || f.projects.some((p) => p.findings.some((x) => x.severity === "error")),
  );
  return errors ? 1 : 0;
}

function parseOne(stdout: string): JsonReport {
  // JSON.parse rejects trailing text, so this also proves stdout holds exactly one document.
  return JSON.parse(stdout) as JsonReport;
}

let folder: InputFolder;
beforeEach(async () => {
  folder = await makeInputFolder();
});
afterEach(async () => {
  await folder.cleanup();
});

describe("selfeval check --json", () => {
  it("reports every real file of a folder once, in one JSON document", async () => {
    const { code, stdout, stderr } = await run(["check", "--json", folder.dir]);
    const report = parseOne(stdout);
    expect(report.version).toBe(1);
    expect(report.profile).toBe("national");
    expect(report.files.map((f) => path.relative(folder.dir, f.file))).toEqual([
      "a.xlsx",
      "bad.xlsx",
      path.join("sub", "b.xlsx"),
    ]);

    const bad = report.files[1];
    expect(bad.checked).toBe(false);
    expect(bad.projects).toEqual([]);
    expect(bad.findings).toEqual([
      {
        code: "file-unreadable",
        severity: "error",
        sheet: null,
        cell: null,
        message: expect.stringContaining(folder.corrupt),
      },
    ]);
    expect(report.files[0].checked).toBe(true);
    expect(report.files[2].checked).toBe(true);
    for (const f of report.files) {
      expect(Array.isArray(f.projects)).toBe(true);
      for (const p of f.projects) {
        expect(p).toEqual(
          expect.objectContaining({ sheet: expect.any(String), range: expect.any(String), findings: expect.any(Array) }),
        );
      }
    }

    // An unreadable file means exit code 2, said on stderr too, in Chinese and without a stack trace.
    expect(code).toBe(2);
    expect(report.exitCode).toBe(2);
    expect(stderr).toContain("无法读取文件");
    expect(stderr).toContain(folder.corrupt);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(report.summary.files).toBe(3);
    expect(report.summary.error).toBeGreaterThanOrEqual(1);
  });

  it("exits 0 or 1 by the error findings when every file was read", async () => {
    const { code, stdout, stderr } = await run(["check", "--json", folder.valid, folder.nested]);
    const report = parseOne(stdout);
    expect(report.files).toHaveLength(2);
    expect(code).toBe(expectedCode(report));
    expect(report.exitCode).toBe(code);
    expect(stderr).toBe("");
  });

  it("reports a missing path on stderr, exits 2, and still checks the other files", async () => {
    const missing = path.join(folder.dir, "不存在.xlsx");
    const { code, stdout, stderr } = await run(["check", "--json", missing, folder.valid]);
    expect(code).toBe(2);
    expect(stderr).toContain(`找不到文件或文件夹：${missing}`);
    const report = parseOne(stdout);
    expect(report.missingPaths).toEqual([missing]);
    expect(report.files.map((f) => f.file)).toEqual([folder.valid]);
    expect(report.files[0].checked).toBe(true);
  });

  it("checks a lock file or an earlier output when it is named explicitly", async () => {
    const { stdout } = await run(["check", "--json", folder.lock, folder.oldOutput]);
    const report = parseOne(stdout);
    expect(report.files.map((f) => f.file)).toEqual([folder.lock, folder.oldOutput]);
    expect(report.files[0].findings.map((f) => f.code)).toEqual(["file-unreadable"]);
    expect(report.files[1].checked).toBe(true);
  });

  it("reports a file that is not .xlsx as unreadable, saying to save it as .xlsx", async () => {
    const xls = path.join(folder.dir, "old.xls");
    await fs.writeFile(xls, "not really a workbook");
    const { code, stdout } = await run(["check", "--json", xls]);
    expect(code).toBe(2);
    const [file] = parseOne(stdout).files;
    expect(file.findings[0]).toMatchObject({ code: "file-unreadable", severity: "error" });
    expect(file.findings[0].message).toContain(".xlsx");
  });

  it("uses the profile asked for", async () => {
    const { stdout } = await run(["check", "--json", "--profile", "sichuan", folder.valid]);
    expect(parseOne(stdout).profile).toBe("sichuan");
  });
});

describe("selfeval check (text)", () => {
  it("prints a header per file and a summary line", async () => {
    const { code, stdout } = await run(["check", folder.dir]);
    expect(code).toBe(2);
    expect(stdout).toContain(`文件：${folder.valid}`);
    expect(stdout).toContain(`文件：${folder.corrupt}`);
    expect(stdout).toContain(`文件：${path.join(folder.dir, "sub", "b.xlsx")}`);
    expect(stdout).not.toContain("~$x.xlsx");
    expect(stdout).not.toContain("old.checked.xlsx");
    expect(stdout).toMatch(/错误 {2}无法读取文件“.*bad\.xlsx”/);
    expect(stdout).toMatch(/^共检查 3 个文件、\d+ 个项目：错误 [1-9]\d* 个，警告 \d+ 个，提示 \d+ 个$/m);
  });
});

describe("selfeval check --write", () => {
  it("saves NAME.checked.xlsx beside the input and leaves the input's bytes unchanged", async () => {
    const before = await sha256(folder.valid);
    const { code, stdout } = await run(["check", "--write", "--json", folder.valid]);
    const report = parseOne(stdout);
    expect(code).toBe(expectedCode(report));
    const out = path.join(folder.dir, "a.checked.xlsx");
    expect(report.files[0].output).toBe(out);
    expect(await sha256(folder.valid)).toBe(before);
    const grids = await readWorkbookBuffer(await fs.readFile(out));
    // The add-in's own list sheet goes after the user's sheets (--no-list leaves it out).
    expect(grids.map((g) => g.sheet)).toEqual(["项目1", "项目清单（自动）"]);
  });

  it("saves into --out under the input's own name, creating the folder, mirroring sub-folders", async () => {
    const outDir = path.join(folder.dir, "输出", "2023");
    const hashes = [await sha256(folder.valid), await sha256(folder.nested)];
    const first = await run(["check", "--write", "--out", outDir, "--json", folder.dir]);
    const report = parseOne(first.stdout);
    expect(report.files.map((f) => f.output)).toEqual([
      path.join(outDir, "a.xlsx"),
      null, // unreadable: nothing written
      path.join(outDir, "sub", "b.xlsx"),
    ]);
    await expect(fs.stat(path.join(outDir, "a.xlsx"))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(outDir, "sub", "b.xlsx"))).resolves.toBeTruthy();
    expect([await sha256(folder.valid), await sha256(folder.nested)]).toEqual(hashes);

    // The output folder lies inside the folder checked: a second run must not pick its files up.
    const second = parseOne((await run(["check", "--write", "--out", outDir, "--json", folder.dir])).stdout);
    expect(second.files).toHaveLength(3);
  });

  it("never overwrites the input when --out is the input's own folder", async () => {
    const before = await sha256(folder.valid);
    const { stdout } = await run(["check", "--write", "--out", folder.dir, "--json", folder.valid]);
    expect(parseOne(stdout).files[0].output).toBe(path.join(folder.dir, "a.checked.xlsx"));
    expect(await sha256(folder.valid)).toBe(before);
  });

  it("gives two inputs of the same name different outputs", async () => {
    const other = path.join(folder.dir, "sub", "a.xlsx");
    await fs.copyFile(folder.valid, other);
    const outDir = path.join(folder.dir, "out");
    const { stdout } = await run(["check", "--write", "--out", outDir, "--json", folder.valid, other]);
    expect(parseOne(stdout).files.map((f) => f.output)).toEqual([path.join(outDir, "a.xlsx"), path.join(outDir, "a (2).xlsx")]);
  });

  it("prints where the copy was saved in text mode", async () => {
    const { stdout } = await run(["check", "--write", folder.valid]);
    expect(stdout).toContain(`已保存：${path.join(folder.dir, "a.checked.xlsx")}`);
  });
});

describe("usage", () => {
  it.each([["--help"], ["help"], ["check", "--help"], ["-h"]])("prints the Chinese help for %s", async (...args) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toContain("用法：");
    expect(stdout).toContain("selfeval check");
    expect(stdout).toContain("--rate-formula");
    expect(stderr).toBe("");
  });

  it("prints the version", async () => {
    const { code, stdout } = await run(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^selfeval \d+\.\d+\.\d+\n$/);
  });

  it.each([
    [[], "缺少命令"],
    [["frobnicate"], "未知命令：frobnicate"],
    [["check"], "请给出要检查的文件或文件夹"],
    [["check", "--bogus", "x.xlsx"], "未知选项：--bogus"],
    [["check", "--profile", "beijing", "x.xlsx"], "未知的评分规则：beijing"],
    [["check", "--profile"], "选项 --profile 需要一个值"],
    [["check", "--out", "d", "x.xlsx"], "--out 需要与 --write 一起使用"],
    [["check", "--json=yes", "x.xlsx"], "选项 --json 不接受值"],
  ])("exits 2 with a message on stderr for %j", async (args, message) => {
    const { code, stdout, stderr } = await run(args as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr).toContain("selfeval --help");
  });
});
