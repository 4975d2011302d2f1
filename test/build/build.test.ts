/**
 * Runs the production webpack build into a temporary folder and checks what Office will load.
 * Slow (about 40 s: Terser over Fluent UI), so it builds once for all assertions.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = resolve(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
    expect(commands).toContain("addProject");
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
