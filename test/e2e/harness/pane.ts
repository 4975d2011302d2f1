/**
 * The pane's DOM contract, in one place: button names and data-testid attributes the tests rely on.
 * If the pane changes a name, this file (and the contract) changes with it.
 */
import type { Page } from "playwright-core";
import { DEFAULT_SETTINGS, type PaneSettings, profileFromText } from "./expected";

export const BUTTONS = {
  check: "检查并评分",
  undo: "撤销本次检查",
  clearMarks: "清除标记",
  export: "导出检查结果",
  copy: "复制检查结果",
} as const;

/** The button that opens the menu holding every action but 检查并评分. */
export const MORE = "更多";

/** The actions reached through 更多 (menu items, not buttons). */
export const MENU_ACTIONS = ["undo", "clearMarks", "export", "copy"] as const;

/** The results' two tabs, by the start of their names ("问题清单（20）"). */
export const TABS = {
  findings: "问题清单",
  projects: "项目汇总",
} as const;

export const TESTIDS = {
  progress: "progress",
  projectSummary: "project-summary",
  finding: "finding",
  runSummary: "run-summary",
  message: "message",
  profile: "profile",
  rateFormula: "rate-formula",
  addNotes: "add-notes",
  projectList: "project-list",
  severityFilter: "severity-filter",
  codeFilter: "code-filter",
  resultsStale: "results-stale",
  copyBox: "copy-box",
  verdict: "verdict",
  status: "status",
  jumpError: "jump-error",
  /** 填入说明草稿 beside a finding (data-sheet, data-cell, data-drafted), and 全部填入草稿 above the list. */
  fillDraft: "fill-draft",
  fillAllDrafts: "fill-all-drafts",
  copyDraft: "copy-draft",
} as const;

export interface ShownFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  text: string;
}

export interface ShownMessage {
  intent: string;
  text: string;
}

const READY_TIMEOUT_MS = 15_000;
const RUN_TIMEOUT_MS = 60_000;

export function button(page: Page, name: keyof typeof BUTTONS) {
  return page.getByRole("button", { name: BUTTONS[name], exact: true });
}

/** An item of the 更多 menu (open it first with openMore). */
export function menuItem(page: Page, name: keyof typeof BUTTONS) {
  return page.getByRole("menuitem", { name: BUTTONS[name], exact: true });
}

/** Opens the 更多 menu and waits for its items. */
export async function openMore(page: Page): Promise<void> {
  await page.getByRole("button", { name: MORE, exact: true }).click();
  await page.getByRole("menu").waitFor({ state: "visible", timeout: 5_000 });
}

/** Clicks an action as the user does: 检查并评分 directly, the others through 更多. */
export async function clickAction(page: Page, name: keyof typeof BUTTONS): Promise<void> {
  if (name === "check") {
    await button(page, "check").click();
    return;
  }
  await openMore(page);
  await menuItem(page, name).click();
}

/** Waits until 检查并评分 is there and enabled (Office.onReady answered, the app rendered). */
export async function waitForPane(page: Page): Promise<void> {
  const check = button(page, "check");
  try {
    await check.waitFor({ state: "visible", timeout: READY_TIMEOUT_MS });
    await page.waitForFunction((name) => {
      const b = [...document.querySelectorAll("button")].find((x) => x.textContent?.trim() === name);
      return b !== undefined && !b.disabled && b.getAttribute("aria-disabled") !== "true";
    }, BUTTONS.check, { timeout: READY_TIMEOUT_MS });
  } catch (err) {
    const text = (await page.locator("body").innerText().catch(() => "")).slice(0, 600);
    throw new Error(`the pane did not show an enabled “${BUTTONS.check}” button within ${READY_TIMEOUT_MS} ms. Page text:\n${text}\n(${(err as Error).message.split("\n")[0]})`);
  }
}

export async function messages(page: Page): Promise<ShownMessage[]> {
  return page.$$eval(`[data-testid="${TESTIDS.message}"]`, (els) => els.map((e) => ({ intent: (e as HTMLElement).dataset.intent ?? "", text: (e as HTMLElement).innerText.trim() })));
}

/** Waits for the end of an action: the progress indicator gone and `done` true, or an error message. */
async function waitForEnd(page: Page, done: string, what: string): Promise<void> {
  try {
    await page.waitForFunction(
      ({ done, progress, message }) =>
        (document.querySelector(done) !== null && document.querySelector(progress) === null) || document.querySelector(message) !== null,
      { done, progress: `[data-testid="${TESTIDS.progress}"]`, message: `[data-testid="${TESTIDS.message}"][data-intent="error"]` },
      { timeout: RUN_TIMEOUT_MS },
    );
  } catch (err) {
    const text = (await page.locator("body").innerText().catch(() => "")).slice(0, 800);
    throw new Error(`${what} did not finish within ${RUN_TIMEOUT_MS} ms. Page text:\n${text}\n(${(err as Error).message.split("\n")[0]})`);
  }
  const errors = (await messages(page)).filter((m) => m.intent === "error");
  if (errors.length > 0) throw new Error(`${what}: the pane shows an error: ${errors.map((m) => m.text).join(" | ")}`);
}

/**
 * Clicks 检查并评分 and waits for the run summary. With `expectProgress`, also requires the progress
 * indicator to appear while the run is under way (the stand-in's syncs must be slowed for that).
 */
export async function runCheck(page: Page, options: { expectProgress?: boolean } = {}): Promise<void> {
  await button(page, "check").click();
  if (options.expectProgress) {
    await page.getByTestId(TESTIDS.progress).first().waitFor({ state: "visible", timeout: 5_000 });
  }
  await waitForEnd(page, `[data-testid="${TESTIDS.runSummary}"]`, BUTTONS.check);
}

/** Clicks a button and waits until a message containing `expect` is shown. */
export async function clickAndWaitForMessage(page: Page, name: keyof typeof BUTTONS, expect: string): Promise<ShownMessage[]> {
  await clickAction(page, name);
  try {
    await page.waitForFunction(
      ({ sel, expect }) => [...document.querySelectorAll(sel)].some((e) => (e as HTMLElement).innerText.includes(expect)),
      { sel: `[data-testid="${TESTIDS.message}"]`, expect },
      { timeout: RUN_TIMEOUT_MS },
    );
  } catch (err) {
    throw new Error(`after “${BUTTONS[name]}” no message containing “${expect}” appeared; messages: ${JSON.stringify(await messages(page))} (${(err as Error).message.split("\n")[0]})`);
  }
  return messages(page);
}

export async function runSummaryText(page: Page): Promise<string> {
  return (await page.getByTestId(TESTIDS.runSummary).first().innerText()).trim();
}

/** The verdict above the results: its intent (error / warning / success) and text. */
export async function verdict(page: Page): Promise<{ intent: string; text: string }> {
  const bar = page.getByTestId(TESTIDS.verdict);
  return { intent: (await bar.getAttribute("data-intent")) ?? "", text: (await bar.innerText()).trim() };
}

/** Numbers of "已检查 10 个项目：错误 7 个，警告 12 个，提示 1 个". */
export function parseRunSummary(text: string): { projects: number; error: number; warning: number; info: number } | null {
  const m = /已检查\s*(\d+)\s*个项目[\s\S]*?错误\s*(\d+)\s*个[\s\S]*?警告\s*(\d+)\s*个[\s\S]*?提示\s*(\d+)\s*个/.exec(text);
  return m ? { projects: Number(m[1]), error: Number(m[2]), warning: Number(m[3]), info: Number(m[4]) } : null;
}

export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval(`[data-testid="${TESTIDS.finding}"]`, (els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { code: d.code ?? "", severity: d.severity ?? "", sheet: d.sheet ?? "", cell: d.cell ?? "", text: (e as HTMLElement).innerText };
    }),
  );
}

export async function shownSummaries(page: Page): Promise<{ sheet: string; text: string }[]> {
  return page.$$eval(`[data-testid="${TESTIDS.projectSummary}"]`, (els) => els.map((e) => ({ sheet: (e as HTMLElement).dataset.sheet ?? "", text: (e as HTMLElement).innerText })));
}

/** Opens the 设置 section (folded by default) so its controls are in the page; no-op when open. */
export async function expandSettings(page: Page): Promise<void> {
  if ((await page.getByTestId(TESTIDS.profile).count()) > 0) return;
  await page.getByRole("button", { name: /^设置/ }).click();
  await page.getByTestId(TESTIDS.profile).waitFor({ state: "visible", timeout: 5_000 });
}

/** Selects a results tab and waits for its content. */
export async function showTab(page: Page, tab: keyof typeof TABS): Promise<void> {
  await page.getByRole("tab", { name: new RegExp(`^${TABS[tab]}`) }).click();
  const content = tab === "projects" ? `[data-testid="${TESTIDS.projectSummary}"], [aria-labelledby="tab-projects"]` : `[data-testid="${TESTIDS.severityFilter}"]`;
  await page.locator(content).first().waitFor({ state: "attached", timeout: 5_000 });
}

/** The run settings as the pane's controls show them (a checkbox/switch, a select or a dropdown); opens 设置 to read them. */
export async function shownSettings(page: Page): Promise<PaneSettings> {
  await expandSettings(page);
  const read = (id: string) =>
    page.evaluate((id) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (!el) return null;
      // A radio group answers with its checked radio; a switch, checkbox or select with itself.
      const checkedRadio = el.querySelector('input[type="radio"]:checked') as HTMLInputElement | null;
      if (checkedRadio) return { checked: true, value: checkedRadio.value };
      const input = (el.matches("input, select") ? el : el.querySelector("input, select")) as HTMLInputElement | HTMLSelectElement | null;
      const checkedAttr = el.getAttribute("aria-checked") ?? input?.getAttribute("aria-checked");
      return {
        checked: input instanceof HTMLInputElement ? input.checked : checkedAttr === "true",
        value: input instanceof HTMLSelectElement ? input.options[input.selectedIndex]?.text + " " + input.value : ((input as HTMLInputElement | null)?.value ?? "") + " " + (el as HTMLElement).innerText,
      };
    }, id);
  const [profile, rate, notes, list] = await Promise.all([read(TESTIDS.profile), read(TESTIDS.rateFormula), read(TESTIDS.addNotes), read(TESTIDS.projectList)]);
  return {
    profile: profile ? profileFromText(profile.value) : DEFAULT_SETTINGS.profile,
    rateAsFormula: rate ? rate.checked : DEFAULT_SETTINGS.rateAsFormula,
    addNotes: notes ? notes.checked : DEFAULT_SETTINGS.addNotes,
    projectList: list ? list.checked : DEFAULT_SETTINGS.projectList,
  };
}

/** data-testids of the contract that are missing on the page. */
export async function missingTestIds(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((ids) => ids.filter((id) => document.querySelector(`[data-testid="${id}"]`) === null), ids);
}
