/**
 * Where the pages load office.js from: the default CDN, the China-operated CDN (--env officejs=china),
 * or the add-in's own folder for intranets (--env officejs=local, which needs the optional
 * @microsoft/office-js package and says so clearly when it is missing). The pages' CSP follows.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CHINA_JS = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";
const CHINA_ORIGIN = "https://appsforoffice.cdn.partner.office365.cn";
const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");

interface HtmlPluginLike {
  userOptions?: { filename?: string; template?: string; templateParameters?: Record<string, string> };
}

/** html-webpack-plugin's `<%= name %>` interpolation, the only template syntax the pages use. */
function template(source: string): (params: Record<string, string>) => string {
  return (params) =>
    source.replace(/<%=\s*(\w+)\s*%>/g, (_m, name: string) => {
      if (!(name in params)) throw new Error(`template parameter ${name} is missing`);
      return params[name];
    });
}

/** The three pages as the config renders them for `env`, without running webpack. */
async function renderPages(env: Record<string, unknown>, mode = "production"): Promise<Record<string, string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require(join(ROOT, "webpack.config.js"))(env, { mode });
  const out: Record<string, string> = {};
  for (const plugin of config.plugins as HtmlPluginLike[]) {
    const o = plugin.userOptions;
    if (!o?.template || !o.filename || !o.templateParameters) continue;
    out[o.filename] = template(readFileSync(join(ROOT, o.template), "utf8"))(o.templateParameters);
  }
  return out;
}

function csp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!m) throw new Error("no CSP meta tag");
  return m[1];
}

function officeScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*src="([^"]*office\.js)"/g)].map((m) => m[1]);
}

describe("office.js source", () => {
  it("defaults to Microsoft's CDN", async () => {
    const pages = await renderPages({});
    expect(Object.keys(pages).sort()).toEqual(["commands.html", "notice.html", "taskpane.html"]);
    for (const html of Object.values(pages)) {
      expect(officeScripts(html)).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      expect(csp(html)).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    }
  });

  it("--env officejs=china loads office.js from the China-operated CDN and allows only that host", async () => {
    const pages = await renderPages({ officejs: "china" });
    for (const html of Object.values(pages)) {
      expect(officeScripts(html)).toEqual([CHINA_JS]);
      expect(csp(html)).toContain(`script-src 'self' ${CHINA_ORIGIN};`);
      expect(csp(html)).not.toContain("appsforoffice.microsoft.com");
      expect(csp(html)).not.toContain("unsafe-eval");
    }
  });

  it("a served development build also lets the dev server's socket connect, still without eval", async () => {
    // Plain HTTP: no attempt to create a certificate in a test.
    const previous = process.env.DEV_SERVER_HTTP;
    process.env.DEV_SERVER_HTTP = "1";
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    let pages: Record<string, string>;
    try {
      pages = await renderPages({ WEBPACK_SERVE: true }, "development");
    } finally {
      warn.mockRestore();
      if (previous === undefined) delete process.env.DEV_SERVER_HTTP;
      else process.env.DEV_SERVER_HTTP = previous;
    }
    expect(csp(pages["taskpane.html"])).toContain("ws://localhost:3000");
    expect(csp(pages["taskpane.html"])).not.toContain("unsafe-eval");
  });

  it("refuses an unknown source with a message in Chinese and English", async () => {
    await expect(renderPages({ officejs: "moon" })).rejects.toThrow(/未知的 office\.js 来源.*unknown office\.js source/s);
  });

  const localInstalled = (() => {
    try {
      require.resolve("@microsoft/office-js/package.json", { paths: [ROOT] });
      return true;
    } catch {
      return false;
    }
  })();

  (localInstalled ? it.skip : it)("--env officejs=local without @microsoft/office-js fails with a clear Chinese + English message", () => {
    const run = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "production", "--env", "officejs=local"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(run.status).not.toBe(0);
    const text = `${run.stdout}\n${run.stderr}`;
    expect(text).toContain("npm install --no-save @microsoft/office-js");
    expect(text).toMatch(/内网构建/);
    expect(text).toMatch(/intranet build/);
    expect(text).not.toMatch(/\n\s+at /); // no stack trace under a message meant for the user
  });

  (localInstalled ? it : it.skip)(
    "--env officejs=local copies office.js and its siblings into dist/office-js/ and points the pages there",
    () => {
      const outDir = mkdtempSync(join(tmpdir(), "selfeval-local-"));
      try {
        const run = spawnSync(process.execPath, [WEBPACK_CLI, "--mode", "development", "--env", "officejs=local"], {
          cwd: ROOT,
          env: { ...process.env, SELFEVAL_OUT_DIR: outDir },
          encoding: "utf8",
          timeout: 300_000,
        });
        expect(run.status).toBe(0);
        expect(existsSync(join(outDir, "office-js", "office.js"))).toBe(true);
        for (const page of ["taskpane.html", "commands.html", "notice.html"]) {
          const html = readFileSync(join(outDir, page), "utf8");
          expect(officeScripts(html)).toEqual(["office-js/office.js"]);
          expect(csp(html)).toContain("script-src 'self';");
        }
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
    320_000,
  );
});
