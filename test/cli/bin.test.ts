/**
 * The real command: the CLI sources compiled as `npm run build:cli` does (compiled-cli.ts, beside
 * lib/ rather than into it), run as bin/selfeval.js in a child process.
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { compiledCli } from "./compiled-cli";
import { makeInputFolder, type InputFolder } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
let build: string;
let folder: InputFolder;

beforeAll(async () => {
  build = await compiledCli();
  folder = await makeInputFolder();
}, 120_000);

afterAll(async () => {
  await folder?.cleanup();
});

function selfeval(args: string[]) {
  return spawnSync(process.execPath, [path.join(build, "bin", "selfeval.js"), ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("bin/selfeval.js", () => {
  it("prints the help and exits 0", () => {
    const r = selfeval(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("用法：");
    expect(r.stderr).toBe("");
  });

  it("prints the version from package.json", async () => {
    const pkg = JSON.parse(await fs.readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(selfeval(["--version"]).stdout).toBe(`selfeval ${pkg.version}\n`);
  });

  it("writes exactly one JSON document to stdout and exits 2 for an unreadable file", () => {
    const r = selfeval(["check", "--json", folder.dir]);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(3);
    expect(r.stderr).toContain("无法读取文件");
  });

  it("exits 2 on a usage error, without a stack trace", () => {
    const r = selfeval(["check", "--nope"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("未知选项：--nope");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
