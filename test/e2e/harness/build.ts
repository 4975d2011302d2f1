/**
 * Builds what the e2e tests serve: the production pane (or reuses a fresh production dist/) and the
 * Office.js stand-in bundle.
 *
 * Environment:
 *   E2E_PANE_DIR      serve this already-built pane folder instead of building.
 *   E2E_REBUILD=1     always build into a temporary folder, even when dist/ is fresh.
 *   E2E_STANDIN_FILE  use this already-built stand-in script instead of building.
 * The e2e run's global setup (global-setup.ts) builds both once and sets E2E_PANE_DIR and
 * E2E_STANDIN_FILE, so that every test file reuses them.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ROOT } from "./book";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const BUILD_TIMEOUT_MS = 240_000;

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

/** Why dist/ cannot be reused, or null when it is a production build newer than every input. */
export function distStaleReason(dist = path.join(ROOT, "dist")): string | null {
  const page = path.join(dist, "taskpane.html");
  if (!existsSync(page)) return "dist/taskpane.html missing";
  const html = readFileSync(page, "utf8");
  if (!html.includes(OFFICE_JS_URL)) return "dist/taskpane.html does not load office.js from the CDN";
  if (!readdirSync(dist).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))) return "dist/ is not a production build";
  const inputs = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json", "manifest.xml"].map((p) => path.join(ROOT, p));
  if (newest(inputs) > statSync(page).mtimeMs) return "sources changed since dist/ was built";
  return null;
}

export interface PaneBuild {
  dir: string;
  /** How the folder came about, for the log. */
  how: string;
  /** True when the folder is a temporary one the caller should remove. */
  temporary: boolean;
}

function webpack(args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), ...args], { cwd: ROOT, env, encoding: "utf8", timeout: BUILD_TIMEOUT_MS });
  if (run.status !== 0) throw new Error(`webpack ${args.join(" ")} failed (status ${run.status}${run.error ? `, ${run.error.message}` : ""}):\n${run.stdout}\n${run.stderr}`);
}

/** The production pane to serve. */
export function preparePane(): PaneBuild {
  if (process.env.E2E_PANE_DIR) return { dir: path.resolve(process.env.E2E_PANE_DIR), how: `E2E_PANE_DIR=${process.env.E2E_PANE_DIR}`, temporary: false };
  const stale = process.env.E2E_REBUILD === "1" ? "E2E_REBUILD=1" : distStaleReason();
  if (stale === null) return { dir: path.join(ROOT, "dist"), how: "reused fresh production dist/", temporary: false };
  const dir = mkdtempSync(path.join(tmpdir(), "selfeval-e2e-pane-"));
  const env: NodeJS.ProcessEnv = { ...process.env, SELFEVAL_OUT_DIR: dir };
  delete env.ADDIN_PUBLIC_URL;
  webpack(["--mode", "production"], env);
  return { dir, how: `built (production) into ${dir} because ${stale}`, temporary: true };
}

/** Compiles the stand-in and returns its JavaScript (or reads the one E2E_STANDIN_FILE names). */
export function buildStandin(): string {
  if (process.env.E2E_STANDIN_FILE) return readFileSync(process.env.E2E_STANDIN_FILE, "utf8");
  const dir = mkdtempSync(path.join(tmpdir(), "selfeval-e2e-standin-"));
  try {
    webpack(["--config", path.join("test", "e2e", "webpack.standin.config.js")], { ...process.env, STANDIN_OUT_DIR: dir });
    return readFileSync(path.join(dir, "office-standin.js"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
