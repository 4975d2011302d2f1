/**
 * src/commands holds the ribbon's commands and their notice page, and nothing else reaches into it:
 * what the commands share with the pane (the settings, the results, the check runner) lives in
 * src/services, which depends on neither of them.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/** The src/ folder each relative import (static, dynamic or type-only) of a file lands in: "commands", "services", … */
function foldersImportedBy(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*(?:\/\*[^*]*\*\/\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  return specs.map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep)[0]);
}

function roomOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

describe("src/commands", () => {
  it("holds the ribbon's function file and the notice page, each with its script", () => {
    expect(fs.readdirSync(path.join(SRC, "commands")).sort()).toEqual(["commands.html", "commands.ts", "notice.html", "notice.ts", "notify.ts"]);
  });

  it("is imported by no other folder", () => {
    const importers = sources(SRC).filter((file) => roomOf(file) !== "commands" && foldersImportedBy(file).includes("commands"));
    expect(importers.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it("uses the shared stores and the check runner from src/services, and the string tables", () => {
    const used = new Set(sources(path.join(SRC, "commands")).flatMap(foldersImportedBy));
    expect([...used].filter((folder) => !["commands", "services", "strings"].includes(folder))).toEqual([]);
    expect(used.has("services")).toBe(true);
  });
});

describe("src/services", () => {
  it("depends on neither the pane nor the commands", () => {
    const used = new Set(sources(path.join(SRC, "services")).flatMap(foldersImportedBy));
    expect(used.has("taskpane")).toBe(false);
    expect(used.has("commands")).toBe(false);
    // The search sees the imports: the services read the domain and the Excel adapter.
    expect(used.has("excel")).toBe(true);
  });
});
