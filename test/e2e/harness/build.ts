/**
 * Builds what the e2e tests serve: the production pane (or reuses a fresh production build: the unit
 * run's artifacts/build/pane/, or dist/) and the Office.js stand-in bundle.
 *
 * Environment:
 *   E2E_PANE_DIR      serve this already-built pane folder instead of building.
 *   E2E_REBUILD=1     always build into a temporary folder, even when dist/ is fresh.
 *   E2E_STANDIN_FILE  use this already-built stand-in script instead of building.
 * The e2e run's global setup (global-setup.ts) builds both once and sets E2E_PANE_DIR and
 * E2E_STANDIN_FILE, so that every test file reuses them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { ROOT } from "./book";
import { PRODUCTION_BUILD_DIR, buildStaleReason } from "../../build/production-build";

const BUILD_TIMEOUT_MS = 240_000;

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
  if (process.env.E2E_REBUILD !== "1" && buildStaleReason(PRODUCTION_BUILD_DIR) === null) {
    // `npm test` runs the unit tests first, whose build test has just built this folder.
    return { dir: PRODUCTION_BUILD_DIR, how: "reused the unit run's production build (artifacts/build/pane/)", temporary: false };
  }
  const stale = process.env.E2E_REBUILD === "1" ? "E2E_REBUILD=1" : buildStaleReason(path.join(ROOT, "dist"));
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
