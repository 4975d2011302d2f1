/**
 * Nothing in src/ builds code or HTML from strings: no eval, no new Function (the pages' CSP has no
 * 'unsafe-eval'), no innerHTML or dangerouslySetInnerHTML (cell text such as
 * `<img src=x onerror=alert(1)>` must only ever reach the screen as text).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "..", "..", "src");
const FORBIDDEN = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*["'`]|innerHTML|outerHTML|insertAdjacentHTML|document\.write\s*\(|dangerouslySetInnerHTML/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|js|html)$/.test(name) ? [full] : [];
  });
}

describe("src/ holds no dynamic code or HTML injection", () => {
  const all = files(SRC);

  it("scans a real tree", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it("has no eval, new Function, innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML", () => {
    const hits = all.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${relative(SRC, file)}:${i + 1}` }))
        .filter(({ line }) => FORBIDDEN.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });
});
