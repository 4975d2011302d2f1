/**
 * Does a script parse in EdgeHTML 18, the webview of Office 2016/2019 retail on Windows 10 without
 * WebView2? Its engine knows ES2017, and acorn reading ES2017 rejects what it lacks: `?.`, `??`,
 * object rest/spread, optional catch binding, class fields, numeric separators, BigInt literals,
 * logical assignment, and in regular expression literals lookbehind, named groups, the `s` flag and
 * `\p{…}` (acorn validates regex literals against the same version).
 */
import { parse } from "acorn";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export type SyntaxProblem = {
  /** The file, relative to the folder searched (only with es2017SyntaxErrors). */
  file: string;
  /** acorn's message, with line and column. */
  message: string;
  /** The source around the offending position (minified bundles are one long line). */
  snippet: string;
};

/**
 * acorn's complaint about `source` read as ES2017, or null if it parses. The shipped files are classic
 * scripts; "module" is for checking a transpiler's output before webpack has bundled it.
 */
export function es2017SyntaxError(source: string, sourceType: "script" | "module" = "script"): Omit<SyntaxProblem, "file"> | null {
  try {
    parse(source, { ecmaVersion: 2017, sourceType });
    return null;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const pos = (error as SyntaxError & { pos?: number }).pos ?? 0;
    return { message: error.message, snippet: source.slice(Math.max(0, pos - 80), pos + 60) };
  }
}

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

/** Every `*.js` under `dir` (recursively), and those that do not parse as ES2017 scripts. */
export function es2017SyntaxErrors(dir: string): { checked: string[]; problems: SyntaxProblem[] } {
  const checked = scripts(dir).map((path) => relative(dir, path));
  const problems = checked.flatMap((file) => {
    const problem = es2017SyntaxError(readFileSync(join(dir, file), "utf8"));
    return problem ? [{ file, ...problem }] : [];
  });
  return { checked, problems };
}
