/**
 * Pane weight: gzipped size of the JavaScript taskpane.html loads at start, and its time to first
 * render in headless Chromium (Debian's /usr/bin/chromium; skipped when absent).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { median } from "./stats";

const ROOT = path.resolve(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";

export interface PaneFigures {
  /** Script in taskpane.html's own <script> tags. */
  entryJsGzipBytes: number;
  /** Every script of the pane's own origin the page fetched before its first render. */
  startJsBytes: number;
  startJsGzipBytes: number;
  startScripts: string[];
  /** Scripts built for the pane but not fetched at start. */
  lazyJsGzipBytes: number;
  firstRenderMs: number | null;
  note?: string;
}

export async function measurePane(): Promise<PaneFigures> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-pane-"));
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: ROOT, env: { ...process.env, SELFEVAL_OUT_DIR: out }, stdio: "ignore" });
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const entry = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length;
  const paneJs = fs.readdirSync(out).filter((f) => f.endsWith(".js") && !/^(commands|notice)\./.test(f));
  if (!fs.existsSync(CHROMIUM)) {
    const bytes = entry.reduce((a, f) => a + gz(f), 0);
    return { entryJsGzipBytes: bytes, startJsBytes: 0, startJsGzipBytes: 0, startScripts: [], lazyJsGzipBytes: 0, firstRenderMs: null, note: "chromium not installed: only the entry script measured" };
  }
  const { ms, scripts } = await firstRender(out);
  const start = paneJs.filter((f) => scripts.includes(f));
  const figures: PaneFigures = {
    entryJsGzipBytes: entry.reduce((a, f) => a + gz(f), 0),
    startJsBytes: start.reduce((a, f) => a + fs.statSync(path.join(out, f)).size, 0),
    startJsGzipBytes: start.reduce((a, f) => a + gz(f), 0),
    startScripts: start,
    lazyJsGzipBytes: paneJs.filter((f) => !start.includes(f)).reduce((a, f) => a + gz(f), 0),
    firstRenderMs: ms,
  };
  fs.rmSync(out, { recursive: true, force: true });
  return figures;
}

const OFFICE_STUB = `window.Office={HostType:{Excel:"Excel"},PlatformType:{PC:"PC"},context:{requirements:{isSetSupported:function(){return true}},document:{url:"bench.xlsx",settings:{get:function(){return null},set:function(){},saveAsync:function(o,c){c&&c({status:"succeeded"})}}},displayLanguage:"zh-CN"},onReady:function(cb){var r={host:"Excel",platform:"PC"};if(cb)cb(r);return Promise.resolve(r)},actions:{associate:function(){}}};window.Excel={run:function(){return Promise.reject(new Error("bench"))}};`;

async function firstRender(dir: string): Promise<{ ms: number; scripts: string[] }> {
  const { chromium } = await import("playwright-core");
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    const times: number[] = [];
    const scripts = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
      // One handler: office.js gets the stub, the pane's own origin passes, anything else is refused.
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("https://appsforoffice.microsoft.com/")) return route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB });
        if (url.startsWith(`http://127.0.0.1:${port}/`)) {
          if (url.endsWith(".js")) scripts.add(path.basename(new URL(url).pathname));
          return route.continue();
        }
        return route.abort();
      });
      await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
      await page.getByRole("button", { name: "检查并评分" }).first().waitFor({ timeout: 15000 });
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return { ms: median(times), scripts: [...scripts] };
  } finally {
    await browser.close();
    server.close();
  }
}
