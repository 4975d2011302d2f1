/**
 * Debian's Chromium driven by playwright-core (never Playwright's own browser download), showing the
 * built pane from a local static server, with the office.js CDN address answered by the stand-in and
 * every other request blocked and recorded.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import type { FakeCell, FakeSheetSpec } from "../../office-standin/fake-excel";
import type { RunLog, StandinBook, StandinHandle } from "../../office-standin/protocol";
import { OFFICE_JS_URL } from "../../build/production-build";
import type { StaticServer } from "./server";

export const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];
/** About the size of an Excel task pane. */
export const VIEWPORT = { width: 420, height: 900 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (bash .ci/run does), or set E2E_CHROMIUM.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Every request the pane made, by what the harness did with it. */
export interface NetworkLog {
  /** Served from the pane's own origin. */
  local: string[];
  /** office.js, answered with the stand-in. */
  officeJs: string[];
  /** Anything else: aborted, and a test failure. */
  blocked: string[];
}

export function newNetworkLog(): NetworkLog {
  return { local: [], officeJs: [], blocked: [] };
}

export interface PanePage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error and console.warn lines. */
  consoleProblems: string[];
  runs(): Promise<RunLog[]>;
  dump(): Promise<unknown>;
  settingsKeys(): Promise<string[]>;
  activeSheet(): Promise<string | null>;
  selection(): Promise<{ sheet: string; address: string } | null>;
  /** Types into cells of a sheet as the user would (see StandinHandle.typeCells). */
  typeCells(sheet: string, cells: Record<string, string | number>): Promise<void>;
  /** The workbook as sheet specs, to rebuild it in Node (see StandinHandle.specs). */
  specs(): Promise<FakeSheetSpec[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  browser: Browser;
  server: StaticServer;
  standinJs: string;
  book: StandinBook;
  network: NetworkLog;
}

/** Opens taskpane.html in a fresh browser context with `book` in the stand-in. */
export async function openPane({ browser, server, standinJs, book, network }: OpenOptions): Promise<PanePage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL || url.startsWith(`${OFFICE_JS_URL}?`)) {
      network.officeJs.push(url);
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: standinJs });
    } else if (url === server.origin || url.startsWith(`${server.origin}/`)) {
      network.local.push(url.slice(server.origin.length));
      await route.continue();
    } else {
      network.blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  await context.routeWebSocket(/.*/, (ws) => {
    network.blocked.push(ws.url());
    void ws.close();
  });
  await context.addInitScript((b: StandinBook) => {
    window.__STANDIN_BOOK__ = b;
  }, book);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleProblems: string[] = [];
  page.on("pageerror", (err) => pageErrors.push(err.stack ?? err.message));
  page.on("console", (msg) => {
    if (msg.type() === "error" || msg.type() === "warning") consoleProblems.push(`${msg.type()}: ${msg.text()}`);
  });
  await page.goto(`${server.origin}/taskpane.html`);
  const ask = <K extends Exclude<keyof StandinHandle, "typeCells" | "setOfficeTheme">>(name: K) =>
    page.evaluate((n) => {
      const standin = window.__STANDIN__;
      if (!standin) throw new Error("the office.js stand-in is not installed on this page");
      return standin[n]();
    }, name) as Promise<ReturnType<StandinHandle[K]>>;
  return {
    page,
    context,
    pageErrors,
    consoleProblems,
    runs: () => ask("runs"),
    dump: () => ask("dump"),
    settingsKeys: () => ask("settingsKeys"),
    activeSheet: () => ask("activeSheet"),
    selection: () => ask("selection"),
    typeCells: (sheet, cells) =>
      page.evaluate(({ sheet, cells }) => {
        const standin = window.__STANDIN__;
        if (!standin) throw new Error("the office.js stand-in is not installed on this page");
        return standin.typeCells(sheet, cells);
      }, { sheet, cells }),
    specs: () => ask("specs"),
    close: () => context.close(),
  };
}

/** One sheet of PanePage.dump(): the stand-in's cells, notes and threaded comments by address. */
export interface DumpSheet {
  name: string;
  cells: [string, FakeCell][];
  notes: [string, string][];
  comments: [string, string][];
}

/** No uncaught exception in the page, and nothing fetched from outside. */
export function expectClean(p: PanePage, network: NetworkLog): void {
  expect(p.pageErrors).toEqual([]);
  expect(network.blocked).toEqual([]);
}

/**
 * The viewport as the user sees it (the first screen, scrolled where the step is) as NAME.png, and the
 * whole pane as NAME-full.png, with transitions finished (Fluent fades buttons and switches back from
 * disabled after a run).
 */
export async function screenshotPane(p: PanePage, dir: string, name: string): Promise<void> {
  await p.page.screenshot({ path: path.join(dir, name), animations: "disabled" });
  await p.page.screenshot({ path: path.join(dir, name.replace(/\.png$/, "-full.png")), fullPage: true, animations: "disabled" });
}
