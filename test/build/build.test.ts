/**
 * Runs the production webpack build (into artifacts/build/pane/, which the e2e run then serves: one
 * production build per `npm test`) and checks what Office will load.
 * Slow (about 40 s: Terser over Fluent UI), so it builds once for all assertions.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { es2017SyntaxErrors } from "./es2017";
import { PRODUCTION_BUILD_DIR, ROOT, buildProduction } from "./production-build";

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
  outDir = PRODUCTION_BUILD_DIR;
  buildLog = buildProduction(outDir);
}, BUILD_TIMEOUT_MS + 10_000);

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

  it("ships only scripts that parse as ES2017, as EdgeHTML 18 (Office 2016/2019 retail without WebView2) requires", () => {
    const { checked, problems } = es2017SyntaxErrors(outDir);
    // Every entry, the lazy chunks and legacy-check.js were read (a check of nothing passes too).
    for (const entry of ["taskpane", "commands", "notice", "engine", "office-helpers"]) expect(checked).toContain(bundle(entry));
    expect(checked).toContain("legacy-check.js");
    expect(problems.map((p) => `${p.file}: ${p.message} near …${p.snippet}…`)).toEqual([]);
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

  it("ships the IE11 / EdgeHTML notice as an external ES5 file (test/build/es2017.test.ts), without innerHTML, before each bundle", () => {
    const js = read("legacy-check.js");
    expect(js).toContain("Trident");
    expect(js).not.toMatch(/innerHTML/);
    for (const [page, entry] of [["taskpane.html", "taskpane"], ["commands.html", "commands"]]) {
      const html = read(page);
      expect(html).toContain("legacy-check.js");
      // The bundle is deferred, so a plain script anywhere in the page runs before it.
      expect(html).toMatch(new RegExp(`<script defer(?:="defer")? src="?${bundle(entry).replace(/\./g, "\\.")}`));
      expect(html).toMatch(/<script(?: type="?text\/javascript"?)? src="?legacy-check\.js"?><\/script>/);
    }
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
  actions: { associate: function (name) { (window.__associated = window.__associated || []).push(name); } },
  context: { ui: {}, requirements: { isSetSupported: function () { return false; } } },
  HostType: { Excel: "Excel" }
};`;

/** The webview of Office 2016/2019 retail on Windows 10 without WebView2 (EdgeHTML 18). */
const EDGEHTML_18_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
/** The webview of Office 2016/2019 volume licences (Internet Explorer 11). */
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";

/**
 * Takes away, before any page script runs, the runtime APIs Chromium has and EdgeHTML 18 lacks (those
 * the production bundle calls, and a few more), and makes the selector methods reject :is() as
 * EdgeHTML does. Syntax cannot be taken away: the ES2017 parse above covers it.
 */
const SIMULATE_EDGEHTML_18 = `(function () {
  var gone = [[window, "WeakRef"], [window, "FinalizationRegistry"], [window, "ResizeObserver"], [window, "BigInt"],
    [window, "queueMicrotask"], [window, "structuredClone"], [window, "requestIdleCallback"], [window, "reportError"],
    [Object, "fromEntries"], [Object, "hasOwn"], [Promise, "allSettled"], [Promise, "any"], [Array.prototype, "flat"],
    [Array.prototype, "flatMap"], [Array.prototype, "at"], [Array.prototype, "findLast"], [Array.prototype, "findLastIndex"],
    [String.prototype, "matchAll"], [String.prototype, "replaceAll"], [String.prototype, "at"], [Event.prototype, "composedPath"],
    [Element.prototype, "scrollTo"], [Element.prototype, "scroll"]];
  for (var i = 0; i < gone.length; i++) delete gone[i][0][gone[i][1]];
  window.DOMRect = function DOMRect() { throw new TypeError("Illegal constructor"); };
  [Element.prototype, Document.prototype, DocumentFragment.prototype].forEach(function (proto) {
    ["matches", "closest", "querySelector", "querySelectorAll"].forEach(function (name) {
      if (!Object.prototype.hasOwnProperty.call(proto, name)) return;
      var native = proto[name];
      Object.defineProperty(proto, name, { configurable: true, writable: true, value: function (selector) {
        if (typeof selector === "string" && selector.indexOf(":is(") >= 0) throw new DOMException("'" + selector + "' is not a valid selector", "SyntaxError");
        return native.apply(this, arguments);
      } });
    });
  });
})();`;

const STAND_IN_PROBE_NAMES = [
  "querySelectorAll(:is())",
  "matches(:is())",
  "closest(:is())",
  "WeakRef",
  "Object.fromEntries",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "String.prototype.matchAll",
  "Event.prototype.composedPath",
  "DOMRect",
  "Element.prototype.scrollTo",
  "ResizeObserver",
];

/**
 * What the bundle's callers (tabster, keyborg, Griffel, Fluent UI, our engine) need of the APIs above,
 * evaluated in the page: one line per failure, so an empty list means every stand-in works.
 */
const STAND_IN_PROBES = `(async function () {
  var failures = [];
  function probe(name, check) {
    try { if (!check()) failures.push(name + ": wrong result"); } catch (e) { failures.push(name + ": " + e); }
  }
  var box = document.createElement("div");
  ["a", "button", "button", "input"].forEach(function (tag, i) {
    var el = document.createElement(tag);
    if (tag === "a") el.setAttribute("href", "#");
    if (i === 2) el.disabled = true;
    box.appendChild(el);
  });
  document.body.appendChild(box);
  var FOCUSABLE = ":is(a[href], button, input, select, textarea, *[tabindex], *[contenteditable], details > summary):not(:disabled)";
  probe("querySelectorAll(:is())", function () { return box.querySelectorAll(FOCUSABLE).length === 3; });
  probe("matches(:is())", function () { return box.children[1].matches(FOCUSABLE) && !box.children[2].matches(FOCUSABLE); });
  probe("closest(:is())", function () { return box.children[0].closest(":is(div, p)") === box; });
  probe("WeakRef", function () { var o = {}; return new WeakRef(o).deref() === o; });
  probe("Object.fromEntries", function () { return Object.fromEntries([["a", 1], ["b", 2]]).b === 2; });
  probe("Array.prototype.flat", function () { return [1, [2, [3, [4]]]].flat(Infinity).join() === "1,2,3,4" && [[1], [2, [3]]].flat().length === 3; });
  probe("Array.prototype.flatMap", function () { return [1, 2].flatMap(function (x) { return [x, [x]]; }).length === 4; });
  probe("String.prototype.matchAll", function () {
    return Array.from("万元1与元22".matchAll(/\\d+/g)).map(function (m) { return m[0] + "@" + m.index; }).join() === "1@2,22@5";
  });
  probe("Event.prototype.composedPath", function () {
    var path = null;
    box.addEventListener("focusin", function (e) { path = e.composedPath(); });
    box.children[1].focus();
    return path !== null && path[0] === box.children[1] && path[1] === box && path[path.length - 1] === window;
  });
  probe("DOMRect", function () { var r = new DOMRect(1, 2, 3, 4); return r.right === 4 && r.bottom === 6; });
  probe("Element.prototype.scrollTo", function () { box.scrollTo(0, 0); return true; });
  var observed = await new Promise(function (resolve) {
    try {
      var observer = new ResizeObserver(function (entries) { observer.disconnect(); resolve(entries); });
      observer.observe(box);
      setTimeout(function () { resolve(null); }, 2000);
    } catch (e) { resolve(String(e)); }
  });
  if (!Array.isArray(observed) || observed[0].target !== box || !(observed[0].contentRect.width > 0)) failures.push("ResizeObserver: " + observed);
  box.remove();
  return failures;
})()`;

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

  type PageSetup = {
    userAgent?: string;
    /** An init script run before the page's own. */
    init?: string;
    /** Replaces the page's bundle (taskpane.…js or commands.…js): a status and a body. */
    bundle?: { status: number; body: string };
    /** Replaces legacy-check.js. */
    legacyCheck?: string;
    /** Installs a fake clock (page timers run only when the test advances it). */
    clock?: boolean;
    /** Installs a fake clock and advances it this far after loading. */
    advanceMs?: number;
  };

  /** Opens a page as a webview would, with office.js answered by the stub and nothing else reached. */
  async function open(page: string, setup: PageSetup) {
    const context = await browser.newContext(setup.userAgent ? { userAgent: setup.userAgent } : {});
    const tab = await context.newPage();
    const pageErrors: string[] = [];
    tab.on("pageerror", (e) => pageErrors.push(e.message));
    if (setup.init) await tab.addInitScript({ content: setup.init });
    if (setup.clock || setup.advanceMs) await tab.clock.install();
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
      if (setup.bundle && /\/(taskpane|commands)\.[0-9a-f]+\.js$/.test(url)) {
        return route.fulfill({ status: setup.bundle.status, contentType: "text/javascript", body: setup.bundle.body });
      }
      if (setup.legacyCheck !== undefined && url.endsWith("/legacy-check.js")) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: setup.legacyCheck });
      }
      if (url.startsWith(base)) return route.continue();
      return route.abort();
    });
    await tab.goto(base + page, { waitUntil: "load" });
    if (setup.advanceMs) await tab.clock.runFor(setup.advanceMs);
    return { tab, pageErrors, close: () => context.close() };
  }

  const rendered = (tab: import("playwright-core").Page) =>
    tab.waitForFunction(() => !document.getElementById("boot-message") && document.getElementById("root")?.firstElementChild, undefined, { timeout: 15_000 });

  describe("in the webviews of Office 2016/2019 (EdgeHTML 18 simulated, Internet Explorer by its user agent)", () => {
    it("runs the pane where EdgeHTML 18's runtime gaps are simulated: legacy-check.js fills them in", async () => {
      const { tab, pageErrors, close } = await open("taskpane.html", { userAgent: EDGEHTML_18_UA, init: SIMULATE_EDGEHTML_18 });
      await rendered(tab);
      expect(await tab.locator("#root").innerText()).toMatch(/Excel/);
      // Keyboard focus goes through tabster and keyborg (WeakRef, composedPath, :is()).
      await tab.keyboard.press("Tab");
      await tab.keyboard.press("Tab");
      expect(await tab.evaluate(STAND_IN_PROBES)).toEqual([]);
      expect(pageErrors).toEqual([]);
      await close();
    }, 60_000);

    it("control: without legacy-check.js the same simulation breaks those APIs", async () => {
      const { tab, close } = await open("taskpane.html", { userAgent: EDGEHTML_18_UA, init: SIMULATE_EDGEHTML_18, legacyCheck: "" });
      await tab.waitForTimeout(1000);
      const failures = (await tab.evaluate(STAND_IN_PROBES)) as string[];
      // Every probe fails (so the empty list above is not empty by accident).
      expect(failures.map((f) => f.slice(0, f.indexOf(": ")))).toEqual(STAND_IN_PROBE_NAMES);
      expect(failures.join("\n")).toMatch(/WeakRef is not defined/);
      expect(failures.join("\n")).toMatch(/not a valid selector/);
      await close();
    }, 60_000);

    it("registers the ribbon function under the simulation, with the stand-ins in commands.html", async () => {
      const { tab, pageErrors, close } = await open("commands.html", { userAgent: EDGEHTML_18_UA, init: SIMULATE_EDGEHTML_18 });
      await tab.waitForFunction(() => (window as unknown as { __associated?: string[] }).__associated?.length, undefined, { timeout: 15_000 });
      expect(await tab.evaluate(() => (window as unknown as { __associated: string[] }).__associated)).toContain("checkAndScore");
      expect(await tab.evaluate(STAND_IN_PROBES)).toEqual([]);
      expect(pageErrors).toEqual([]);
      await close();
    }, 60_000);

    // In these webviews the bundle does not parse; a bundle that throws stands in for that.
    const unparsable = { status: 200, body: "throw new SyntaxError(\"Expected ';'\");" };

    it.each([
      ["Internet Explorer 11", IE11_UA, /Internet Explorer/],
      ["EdgeHTML 17 (older than the bundle's ES2017 target)", EDGEHTML_18_UA.replace("Edge/18", "Edge/17"), /EdgeHTML 17.*ES2017/],
    ])("%s: explains that the pane cannot run here, and keeps the bundle from rendering over it", async (_name, userAgent, message) => {
      const { tab, close } = await open("taskpane.html", { userAgent, bundle: unparsable });
      const box = tab.locator("#boot-message");
      await expect(box.getAttribute("data-boot-failed")).resolves.toBe("true");
      expect(await box.innerText()).toMatch(message);
      expect(await box.innerText()).toMatch(/selfeval/);
      expect(await tab.evaluate(() => document.getElementById("root"))).toBeNull();
      await close();
    }, 60_000);
  });

  describe("never stuck on 正在加载…", () => {
    it.each([
      ["the bundle fails to download", { bundle: { status: 404, body: "" } }, /未能启动（脚本 taskpane\.[0-9a-f]+\.js 下载失败）/],
      ["the bundle throws while being evaluated", { bundle: { status: 200, body: "throw new Error('boom');" } }, /未能启动（脚本出错：.*boom）/],
      ["the pane never mounts", { bundle: { status: 200, body: "" }, advanceMs: 21_000 }, /20 秒内没有加载完成/],
    ] as Array<[string, PageSetup, RegExp]>)("replaces the loading text when %s", async (_name, setup, message) => {
      const { tab, close } = await open("taskpane.html", setup);
      await tab.waitForFunction(() => document.getElementById("boot-message")?.getAttribute("data-boot-failed") === "true", undefined, { timeout: 10_000 });
      expect(await tab.locator("#boot-message").innerText()).toMatch(message);
      await close();
    }, 60_000);

    it("leaves the pane alone once it has rendered, whatever fails later", async () => {
      const { tab, close } = await open("taskpane.html", { clock: true });
      await rendered(tab);
      await tab.evaluate(() => setTimeout(() => { throw new Error("after mount"); }, 0));
      await tab.clock.runFor(21_000);
      expect(await tab.locator("[data-boot-failed]").count()).toBe(0);
      expect(await tab.locator("#root").innerText()).toMatch(/Excel/);
      await close();
    }, 60_000);
  });
});
