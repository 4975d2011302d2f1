/** No import circle in src/: the flow goes one way (domain ← adapters ← pane, CLI). Type-only imports count too. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");
const EXTS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Relative imports and re-exports of a file (static, dynamic and type-only), resolved to files. */
export function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*(?:\/\*[^*]*\*\/\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return specs.flatMap((s) => {
    const base = path.resolve(path.dirname(file), s);
    const hit = EXTS.map((e) => base + e).find((c) => fs.existsSync(c));
    return hit ? [hit] : [];
  });
}

/** Every cycle's files, found by depth-first search (each cycle once, from its first file in order). */
export function cycles(files: string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") found.push(stack.slice(stack.indexOf(g)).map((x) => path.relative(SRC, x)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

describe("imports in src/", () => {
  it("form no circle", () => {
    expect(cycles(sources(SRC))).toEqual([]);
  });

  it("the search finds a circle when there is one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycles-"));
    fs.writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = b;\n');
    fs.writeFileSync(path.join(dir, "b.ts"), 'import type { C } from "./c";\nexport const b = 1 as unknown as C;\n');
    fs.writeFileSync(path.join(dir, "c.ts"), 'export type { a as C } from "./a";\n');
    expect(cycles(sources(dir))).toHaveLength(1);
    fs.rmSync(dir, { recursive: true });
  });
});
