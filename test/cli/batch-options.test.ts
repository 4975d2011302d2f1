/** The batch options' small parts: argument parsing, the progress line, the size guard in-process. */
import * as path from "path";
import { parseArgs } from "../../src/cli/args";
import { progressOn } from "../../src/cli/progress";
import { runFile } from "../../src/cli/run-file";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";

const ROOT = path.resolve(__dirname, "..", "..");
const SEED = path.join(ROOT, "test", "fixtures", "seed000-national.xlsx");

describe("--report, --summary, --jobs", () => {
  it("parses them, and rejects wrong values in Chinese", () => {
    expect(parseArgs(["check", "--report", "汇总.html", "--summary", "汇总.xlsx", "--jobs", "3", "a.xlsx"])).toMatchObject({ report: "汇总.html", summary: "汇总.xlsx", jobs: 3 });
    expect(parseArgs(["check", "a.xlsx"])).not.toHaveProperty("jobs");
    for (const bad of ["0", "x", "1.5", "65"]) expect(parseArgs(["check", "--jobs", bad, "a.xlsx"])).toMatchObject({ command: "usage-error", message: expect.stringContaining("--jobs") });
    expect(parseArgs(["check", "--report", "a.xlsx", "b.xlsx"])).toMatchObject({ command: "usage-error", message: expect.stringContaining(".html") });
    expect(parseArgs(["check", "--summary", "汇总.html", "b.xlsx"])).toMatchObject({ command: "usage-error", message: expect.stringContaining(".xlsx") });
  });
});

describe("progress line", () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, s: { isTTY, write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream };
  };
  it("is rewritten in place on a terminal and cleared at the end", () => {
    const { out, s } = stream(true);
    const p = progressOn(s, { json: false, files: 300 });
    p.update(37, 300);
    p.end();
    expect(out).toEqual(["\r\x1b[2K已检查 37/300 个文件…", "\r\x1b[2K"]);
  });
  it("says nothing with --json or when stderr is not a terminal", () => {
    for (const [tty, json] of [[true, true], [false, false]]) {
      const { out, s } = stream(tty);
      const p = progressOn(s, { json, files: 300 });
      p.update(1, 300);
      p.end();
      expect(out).toEqual([]);
    }
  });
});

describe("size guard", () => {
  const options = { check: { profile: NATIONAL_PROFILE }, notes: true };
  it("names a sheet part over the limit and its size, instead of calling the file damaged", async () => {
    const r = await runFile(SEED, { ...options, limits: { maxFileBytes: 100 * 2 ** 20, maxPartBytes: 5 * 1024 } });
    expect(r.checked).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: "file-too-large", severity: "error" });
    expect(r.findings[0].message).toMatch(/（xl\/\S+\.xml）解压后有 \d+\.\d KB，超过上限 5\.0 KB/);
  });
  it("names a file over the limit", async () => {
    const r = await runFile(SEED, { ...options, limits: { maxFileBytes: 1024, maxPartBytes: 100 * 2 ** 20 } });
    expect(r.findings[0].code).toBe("file-too-large");
    expect(r.findings[0].message).toMatch(/有 \d+\.\d KB，超过单个文件的上限 1\.0 KB/);
  });
  it("lets an ordinary file through, each project with its 实施单位", async () => {
    const r = await runFile(SEED, options);
    expect(r.checked).toBe(true);
    expect(r.projects.length).toBeGreaterThan(0);
    expect(r.projects.every((p) => p.unit.length > 0)).toBe(true);
  });
  it("keeps results plain data, so they cross a thread boundary unchanged", async () => {
    const r = await runFile(path.join(ROOT, "test", "fixtures", "peer-mistakes.xlsx"), options);
    const plain = (v: unknown): boolean =>
      v === null || ["string", "number", "boolean", "undefined"].includes(typeof v) ||
      (Array.isArray(v) ? v.every(plain) : Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain));
    expect(plain(r)).toBe(true);
  });
});
