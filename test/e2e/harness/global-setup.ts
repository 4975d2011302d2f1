/**
 * Jest global setup of the e2e run: builds the production pane (or reuses a fresh dist/) and the
 * Office.js stand-in once, for every test file. The test files find them through E2E_PANE_DIR and
 * E2E_STANDIN_FILE (see build.ts); global-teardown.ts removes what was built into temporary folders.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildStandin, preparePane } from "./build";
import { clearA11y } from "./a11y";

/** Folders the teardown removes, handed over in the environment (the same process runs both). */
export const TEMPORARY_DIRS = "E2E_TEMPORARY_DIRS";

export default function globalSetup(): void {
  const temporary: string[] = [];
  // Each file adds its audited states to a11y.json: this run's only.
  clearA11y();
  if (!process.env.E2E_PANE_DIR) {
    const pane = preparePane();
    console.log(`\n[e2e] pane: ${pane.how}`);
    process.env.E2E_PANE_DIR = pane.dir;
    if (pane.temporary) temporary.push(pane.dir);
  }
  if (!process.env.E2E_STANDIN_FILE) {
    const dir = mkdtempSync(path.join(tmpdir(), "selfeval-e2e-standin-js-"));
    const file = path.join(dir, "office-standin.js");
    writeFileSync(file, buildStandin());
    process.env.E2E_STANDIN_FILE = file;
    temporary.push(dir);
  }
  process.env[TEMPORARY_DIRS] = JSON.stringify(temporary);
}
