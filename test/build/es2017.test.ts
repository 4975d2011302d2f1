/**
 * Controls for the ES2017 syntax check that build.test.ts runs over the production build (so that it
 * cannot pass by accepting everything), and the Babel options of webpack.config.js applied to the
 * syntax EdgeHTML 18 lacks, without the 40 s build.
 */
import { transformSync, type TransformOptions } from "@babel/core";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "acorn";
import { es2017SyntaxError } from "./es2017";

const ROOT = resolve(__dirname, "..", "..");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BABEL_ES2017 } = require("../../webpack.config.js") as { BABEL_ES2017: { options: TransformOptions & Record<string, unknown> } };

/** webpack.config.js's Babel options without babel-loader's own (caching), as @babel/core takes them. */
function babelOptions(): TransformOptions {
  const { cacheDirectory: _dir, cacheCompression: _compression, ...options } = BABEL_ES2017.options;
  return { ...options, filename: join(ROOT, "src", "snippet.js") };
}

function transpile(code: string): string {
  const result = transformSync(code, babelOptions());
  if (!result?.code) throw new Error("Babel returned no code");
  return result.code;
}

describe("the ES2017 syntax check", () => {
  it.each([
    ["optional chaining", "a?.b"],
    ["nullish coalescing", "a ?? b"],
    ["object spread", "({ ...a })"],
    ["object rest", "var { a, ...rest } = b"],
    ["optional catch binding", "try { f() } catch { g() }"],
    ["numeric separator", "4 * 60_000"],
    ["BigInt literal", "10n"],
    ["logical assignment", "a ||= b"],
    ["class field", "class A { x = 1 }"],
    ["private method", "class A { #m() {} }"],
    ["async generator", "async function* g() {}"],
    ["for await", "async function f() { for await (const x of y) {} }"],
    ["dynamic import", "import('./x.js')"],
    ["regex lookbehind", "/(?<=¥)\\d+/"],
    ["regex named group", "/(?<year>\\d{4})/"],
    ["regex s flag", "/a.b/s"],
    ["regex property escape", "/\\p{Script=Han}/u"],
    ["export in a classic script", "export const a = 1"],
  ])("rejects %s", (_name, code) => {
    const problem = es2017SyntaxError(code);
    expect(problem).not.toBeNull();
    expect(problem!.snippet).not.toBe("");
  });

  it.each([
    ["async/await", "async function f() { await g(); }"],
    ["exponent", "var x = 2 ** 10"],
    ["trailing commas in calls", "f(a, b,)"],
    ["a regex with the u flag and astral ranges", "/[\\u{20000}-\\u{2A6DF}]/u"],
    ["a regex with lookahead", "/万(?=元)/"],
  ])("accepts %s", (_name, code) => {
    expect(es2017SyntaxError(code)).toBeNull();
  });

  it("reports where the offending syntax is", () => {
    const problem = es2017SyntaxError(`var first = 1;\nvar value = input?.field;`);
    expect(problem?.message).toMatch(/\(2:\d+\)/);
    expect(problem?.snippet).toContain("input?.field");
  });
});

describe("webpack.config.js's Babel options (target EdgeHTML 18)", () => {
  it("lower ES2018-ES2022 syntax to something ES2017 parses", () => {
    const code = transpile(`
      export function pick(a, b) {
        try {
          return { ...a, value: a?.value ?? b, limit: 4 * 60_000 };
        } catch {
          return null;
        }
      }
      export class Counter { count = 0; static #made = 0; bump() { this.count ||= 1; } }
      export const { first, ...others } = pick({}, 1);
    `);
    expect(es2017SyntaxError(code, "module")).toBeNull();
  });

  it("rewrite \\p{…} property escapes into ranges that still match the same characters", () => {
    const code = transpile(`var HAN = /\\p{Script=Han}/u; var UNIT = /^[\\p{L}%‰/·²³°]*$/u; var MARKS = /[\\p{P}\\p{S}]/gu;`);
    expect(code).not.toContain("\\p{");
    expect(es2017SyntaxError(code)).toBeNull();
    // The transpiled literals, evaluated in Node (a test, not shipped code).
    const { HAN, UNIT, MARKS } = new Function(`${code}; return { HAN: HAN, UNIT: UNIT, MARKS: MARKS };`)() as Record<string, RegExp>;
    expect(["汉", "醫", "\u{20000}"].every((c) => HAN.test(c))).toBe(true);
    expect(["a", "1", "，"].some((c) => HAN.test(c))).toBe(false);
    expect(["万元", "%", "km²", "人次"].every((u) => UNIT.test(u))).toBe(true);
    expect(UNIT.test("5万元")).toBe(false);
    expect("“预期”，目标！+".replace(MARKS, "")).toBe("预期目标");
  });

  it("leave regex lookbehind alone (no transpiler can lower it), so only the build's ES2017 check catches it", () => {
    expect(es2017SyntaxError(transpile(`var PRICE = /(?<=¥)\\d+/;`))).not.toBeNull();
  });
});

describe("legacy-check.js", () => {
  it("is ES5, since it must run (and explain) in Internet Explorer 11", () => {
    const source = readFileSync(join(ROOT, "src", "taskpane", "legacy-check.js"), "utf8");
    expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });
});
