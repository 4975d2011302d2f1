/**
 * The one production build of an `npm test` run: the unit run's build test makes it in
 * artifacts/build/pane/, and the e2e run serves that same folder when it is still newer than every
 * input (test/e2e/harness/build.ts), instead of building again (a production build takes a minute).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PRODUCTION_BUILD_DIR = path.join(ROOT, "artifacts", "build", "pane");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const BUILD_TIMEOUT_MS = 240_000;
/** What a build is made from: a change to any of them makes an earlier build stale. */
const INPUTS = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json", "manifest.xml"];

/** Newest modification time under the given paths (files or folders), in ms. */
function newest(paths: string[]): number {
  let max = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const child of readdirSync(p)) visit(path.join(p, child));
    else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach(visit);
  return max;
}

/** Why the folder cannot be served as the production pane, or null when it is a production build newer than every input. */
export function buildStaleReason(dir: string): string | null {
  const name = path.relative(ROOT, dir) || dir;
  const page = path.join(dir, "taskpane.html");
  if (!existsSync(page)) return `${name}/taskpane.html missing`;
  const html = readFileSync(page, "utf8");
  if (!html.includes(OFFICE_JS_URL)) return `${name}/taskpane.html does not load office.js from the CDN`;
  if (!readdirSync(dir).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))) return `${name} is not a production build`;
  if (newest(INPUTS.map((p) => path.join(ROOT, p))) > statSync(page).mtimeMs) return `sources changed since ${name} was built`;
  return null;
}

/** Builds the pane for production into `dir` (emptied first); returns webpack's output, throws when it fails. */
export function buildProduction(dir = PRODUCTION_BUILD_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, SELFEVAL_OUT_DIR: dir };
  delete env.ADDIN_PUBLIC_URL;
  const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, env, encoding: "utf8", timeout: BUILD_TIMEOUT_MS });
  const log = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`webpack build failed (status ${run.status}${run.error ? `, ${run.error.message}` : ""}):\n${log}`);
  return log;
}
