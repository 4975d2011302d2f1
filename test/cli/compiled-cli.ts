/**
 * The CLI compiled as `npm run build:cli` does, for the tests that run the real command
 * (bin.test.ts, jobs.test.ts): once per state of the sources, not once per test file. Built inside
 * the project (artifacts/build/cli-HASH/, so worker threads find node_modules the ordinary way, and
 * lib/ is left alone), named by a hash of the inputs' paths and modification times: a change to the
 * sources gives a new folder, and a folder is never rebuilt under a test file that is using it.
 * Two test files starting at once may both compile; the first to finish puts its folder in place
 * and the other uses it.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const BUILDS = path.join(ROOT, "artifacts", "build");
const INPUTS = ["src", "bin", "tsconfig.json", "tsconfig.cli.json", "package.json"];

async function inputStamp(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (p: string): Promise<void> => {
    const s = await fs.stat(p).catch(() => null);
    if (!s) return;
    if (s.isDirectory()) {
      for (const child of (await fs.readdir(p)).sort()) await visit(path.join(p, child));
    } else hash.update(`${path.relative(ROOT, p)}\0${s.mtimeMs}\0${s.size}\n`);
  };
  for (const p of INPUTS) await visit(path.join(ROOT, p));
  return hash.digest("hex").slice(0, 16);
}

/** The folder holding bin/selfeval.js and lib/ for the current sources; compiles when there is none. */
export async function compiledCli(): Promise<string> {
  const target = path.join(BUILDS, `cli-${await inputStamp()}`);
  if (await fs.stat(path.join(target, "bin", "selfeval.js")).catch(() => null)) return target;
  await fs.mkdir(BUILDS, { recursive: true });
  const temp = await fs.mkdtemp(path.join(BUILDS, "cli-tmp-"));
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", path.join(temp, "lib")], { cwd: ROOT, stdio: "pipe" });
  await fs.mkdir(path.join(temp, "bin"));
  await fs.copyFile(path.join(ROOT, "bin", "selfeval.js"), path.join(temp, "bin", "selfeval.js"));
  await fs.copyFile(path.join(ROOT, "package.json"), path.join(temp, "package.json"));
  try {
    await fs.rename(temp, target);
  } catch {
    // Another test file put the same build in place first.
    await fs.rm(temp, { recursive: true, force: true });
  }
  // Builds of earlier sources are of no further use.
  for (const name of await fs.readdir(BUILDS)) {
    if (name.startsWith("cli-") && !name.startsWith("cli-tmp-") && path.join(BUILDS, name) !== target) {
      await fs.rm(path.join(BUILDS, name), { recursive: true, force: true });
    }
  }
  return target;
}
