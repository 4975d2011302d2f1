/**
 * The real command: compiles the CLI sources as `npm run build:cli` does (into a temp folder, so as
 * not to disturb lib/), then runs bin/selfeval.js in a child process.
 */
import { execFileSync, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { makeInputFolder, type InputFolder } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
let build: string;
let folder: InputFolder;

beforeAll(async () => {
  build = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-bin-"));
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", path.join(build, "lib")],
    { cwd: ROOT, stdio: "pipe" },
  );
  await fs.mkdir(path.join(build, "bin"));
  await fs.copyFile(path.join(ROOT, "bin", "selfeval.js"), path.join(build, "bin", "selfeval.js"));
  await fs.copyFile(path.join(ROOT, "package.json"), path.join(build, "package.json"));
  folder = await makeInputFolder();
}, 120_000);

afterAll(async () => {
  await folder?.cleanup();
  if (build) await fs.rm(build, { recursive: true, force: true });
});

function selfeval(args: string[]) {
  return spawnSync(process.execPath, [path.join(build, "bin", "selfeval.js"), ...args], {
    encoding: "utf8",
    // The compiled files live outside the project: let them find its node_modules.
    env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") },
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
