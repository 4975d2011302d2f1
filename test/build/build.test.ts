/**
 * Runs the production webpack build into a temporary folder and checks what Office will load.
 * Slow (about 40 s: Terser over Fluent UI), so it builds once for all assertions.
 */
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = resolve(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["taskpane.html", "commands.html", "notice.html"];
/** Generous ceiling for the pane's entry bundle, gzipped (React + the Fluent UI parts it uses). */
const PANE_GZIP_CEILING = 400 * 1024;
const BUILD_TIMEOUT_MS = 180_000;

let outDir: string;
let buildLog = "";

function bundle(name: string): string {
  const match = readdirSync(outDir).find((file) => new RegExp(`^${name}(\\.[0-9a-f]+)?\\.js$`).test(file));
  if (!match) throw new Error(`no ${name} bundle in ${outDir}:\n${readdirSync(outDir).join("\n")}`);
  return match;
}

function read(file: string): string {
  return readFileSync(join(outDir, file), "utf8");
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), "selfeval-build-"));
  const env: NodeJS.ProcessEnv = { ...process.env, SELFEVAL_OUT_DIR: outDir };
  delete env.ADDIN_PUBLIC_URL;
  const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  buildLog = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`webpack build failed (status ${run.status}):\n${buildLog}`);
}, BUILD_TIMEOUT_MS + 10_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe("production build", () => {
  it("compiles without errors", () => {
    expect(buildLog).toMatch(/compiled successfully|compiled with \d+ warning/);
    expect(buildLog).not.toMatch(/Node-only module pulled into the browser bundle/);
  });

  it("emits the pages, each loading office.js from the CDN and its own bundle", () => {
    const pages: Array<[string, string]> = [
      ["taskpane.html", "taskpane"],
      ["commands.html", "commands"],
      ["notice.html", "notice"],
    ];
    for (const [page, entry] of pages) {
      const html = read(page);
      expect(html).toContain(OFFICE_JS);
      expect(html).toContain(bundle(entry));
      // office.js must come before the bundle so `Office` exists when the bundle runs.
      expect(html.indexOf(OFFICE_JS)).toBeLessThan(html.indexOf(bundle(entry)));
    }
    expect(read("commands.html")).not.toContain(bundle("taskpane"));
  });

  it("copies manifest.xml unchanged and the icons", () => {
    expect(read("manifest.xml")).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
    for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "logo-128.png"]) {
      expect(existsSync(join(outDir, "assets", icon))).toBe(true);
    }
  });

  it("keeps the ribbon function file small and free of React", () => {
    const commands = read(bundle("commands"));
    expect(commands).toContain("checkAndScore");
    // 新增项目 opens the pane (ShowTaskpane): the function file has no handler for it.
    expect(commands).not.toContain("addProject");
    expect(commands).not.toMatch(/react\.dev|__SECRET_INTERNALS|FluentProvider/);
    expect(Buffer.byteLength(commands)).toBeLessThan(20 * 1024);
  });

  it("keeps the pane bundle under the gzip ceiling", () => {
    const raw = readFileSync(join(outDir, bundle("taskpane")));
    const gzipped = gzipSync(raw, { level: 9 }).length;
    console.log(
      `taskpane bundle ${bundle("taskpane")}: ${(raw.length / 1024).toFixed(1)} KiB raw, ${(gzipped / 1024).toFixed(1)} KiB gzipped`,
    );
    expect(gzipped).toBeLessThan(PANE_GZIP_CEILING);
  });

  it("loads office-js-helpers lazily, outside the pane entry bundle", () => {
    expect(read(bundle("taskpane"))).not.toContain("Browser local or session storage is not supported");
    expect(readdirSync(outDir).some((file) => /^office-helpers\.[0-9a-f]+\.js$/.test(file))).toBe(true);
  });
});

/** The content of a page's Content-Security-Policy meta tag, as a map of directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  if (!m) throw new Error("no Content-Security-Policy meta tag");
  return new Map(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources] as [string, string[]]),
  );
}

describe("Content-Security-Policy of the production pages", () => {
  it.each(PAGES)("%s: a CSP meta tag before any script or style, only 'self' and the office.js host, no 'unsafe-eval'", (page) => {
    const html = read(page);
    const metaAt = html.search(/<meta http-equiv="?Content-Security-Policy/i);
    expect(metaAt).toBeGreaterThan(-1);
    expect(metaAt).toBeLessThan(html.search(/<script|<style/i));
    const csp = cspOf(html);
    expect(html).not.toContain("unsafe-eval");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    // Fluent UI v9 (Griffel) inserts <style> rules at run time: style-src needs 'unsafe-inline'.
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    // No inline script: every <script> has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/gi)).toBeNull();
  });

  it("ships the IE11 notice as an external ES5 file, without innerHTML", () => {
    const js = read("legacy-check.js");
    expect(js).toContain("Trident");
    expect(js).not.toMatch(/innerHTML|=>|\bconst\b|\blet\b/);
    expect(read("taskpane.html")).toContain("legacy-check.js");
  });
});

const CHROMIUM = "/usr/bin/chromium";

/**
 * A tiny stand-in for office.js: enough for the pages to start outside Excel (no host), so the pane
 * renders its "open me in Excel" view with Fluent UI, the ribbon functions associate and the notice
 * page renders.
 */
const OFFICE_STUB = `window.Office = {
  onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); },
  actions: { associate: function () {} },
  context: { ui: {}, requirements: { isSetSupported: function () { return false; } } },
  HostType: { Excel: "Excel" }
};`;

function serve(dir: string): Promise<Server> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const describeChromium = existsSync(CHROMIUM) ? describe : describe.skip;

describeChromium("production pages in headless Chromium", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = await serve(outDir);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => server?.close(ok));
  });

  it.each(PAGES)("%s loads under its CSP without a violation, and reaches no other host", async (page) => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const messages: string[] = [];
    const external: string[] = [];
    tab.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    tab.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
    await tab.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
      if (url.startsWith(base)) return route.continue();
      external.push(url);
      return route.abort();
    });
    await tab.goto(base + page, { waitUntil: "load" });
    if (page === "taskpane.html") {
      // React replaced the loading text (the pane rendered, with Fluent UI's run-time styles).
      await tab.waitForFunction(() => !document.getElementById("boot-message"), undefined, { timeout: 15_000 });
      expect(await tab.locator("#root").innerText()).toMatch(/Excel/);
      expect(await tab.evaluate(() => document.querySelectorAll("style").length)).toBeGreaterThan(1);
    }
    await tab.waitForTimeout(500);
    const violations = await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations).toEqual([]);
    expect(messages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    expect(messages.filter((m) => m.startsWith("pageerror"))).toEqual([]);
    expect(external).toEqual([]);
    // The policy is really enforced (a control for the assertions above): an injected inline script
    // is refused and reported as a violation.
    await tab.evaluate(() => {
      const el = document.createElement("script");
      el.textContent = "window.__inlineRan = true;";
      document.head.appendChild(el);
    });
    await tab.waitForTimeout(200);
    expect(await tab.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false)).toBe(false);
    expect(await tab.evaluate(() => (window as unknown as { __violations: string[] }).__violations.join("\n"))).toMatch(/script-src/);
    await context.close();
  }, 60_000);
});
