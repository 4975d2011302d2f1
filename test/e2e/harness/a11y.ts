/**
 * The axe-core audit of a pane state, and artifacts/e2e/a11y.json: violations by impact per state
 * audited, by every e2e file of the run. Each file adds its states to the file (read, merged, written),
 * so the order Jest runs the files in does not matter; global-setup.ts removes the file when a run
 * starts, so it holds this run's states only.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { ROOT } from "./book";

export const A11Y_FILE = path.join(ROOT, "artifacts", "e2e", "a11y.json");

export type A11yCounts = { critical: number; serious: number; moderate: number; minor: number };

/**
 * Left out of the audit, with the reason: Tabster (Fluent's focus manager) puts invisible
 * `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels around focus groups and menus to
 * catch the focus at their edges; axe reports them as aria-hidden-focus, but they hand the focus on
 * at once and are never read out.
 */
export const AXE_EXCLUDE = ["[data-tabster-dummy]"];

/**
 * Runs axe on the page as it is, records the counts under `state` in `record`, and fails on a
 * critical or serious violation.
 */
export async function audit(page: Page, state: string, record: Record<string, A11yCounts>): Promise<void> {
  let builder = new AxeBuilder({ page });
  for (const selector of AXE_EXCLUDE) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  record[state] = { critical: count("critical"), serious: count("serious"), moderate: count("moderate"), minor: count("minor") };
  const blocking = violations
    .filter((v) => v.impact === "critical" || v.impact === "serious")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim() ?? ""})`).join("; ")}`);
  const other = violations.filter((v) => v.impact !== "critical" && v.impact !== "serious").map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`);
  if (other.length > 0) console.log(`[e2e] axe, ${state}: ${other.join("; ")}`);
  expect({ state, blocking }).toEqual({ state, blocking: [] });
}

/** Adds these states to a11y.json (a state audited again replaces its entry). */
export function saveA11y(record: Record<string, A11yCounts>): void {
  if (Object.keys(record).length === 0) return;
  let kept: Record<string, A11yCounts> = {};
  if (existsSync(A11Y_FILE)) {
    try {
      kept = JSON.parse(readFileSync(A11Y_FILE, "utf8")) as Record<string, A11yCounts>;
    } catch {
      kept = {};
    }
  }
  writeFileSync(A11Y_FILE, `${JSON.stringify({ ...kept, ...record }, null, 2)}\n`);
}

/** Forgets an earlier run's audits (global setup). */
export function clearA11y(): void {
  rmSync(A11Y_FILE, { force: true });
}
