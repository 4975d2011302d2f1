/**
 * Parity of the fast .xlsx reader (src/xlsx/fast/read.ts) with the exceljs reader (src/xlsx/read.ts):
 * for every workbook, readGridsFast gives grids deep-equal to readWorkbookBuffer's, or throws where
 * exceljs throws. FastReadUnsupported (the caller falls back to exceljs) is accepted only where a list
 * below says so, so that a fallback on a real file shows up here.
 *
 * 1. Corpus: every .xlsx of test/fixtures, samples (not samples/checked), assets and ../shared/seeds.
 * 2. Edge cases: hand-made workbooks (test/xlsx/fast-read-cases.ts) whose raw XML exercises one
 *    exceljs quirk each; exceljs's own result is pinned first, so a case cannot silently stop
 *    exercising its quirk.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Grid } from "../../src/domain/grid";
import { readWorkbookBuffer } from "../../src/xlsx/read";
import { FastReadUnsupported, readGridsFast } from "../../src/xlsx/fast/read";
import { EDGE_CASES, buildXlsx } from "./fast-read-cases";
import { writeLargeWorkbook } from "../helpers/large-workbook";

/** Two invalid Dates are the same value here (Jest's own Date equality finds them different: NaN !== NaN). */
function invalidDatesEqual(a: unknown, b: unknown): boolean | undefined {
  const invalid = (v: unknown) => v instanceof Date && Number.isNaN(v.getTime());
  return invalid(a) && invalid(b) ? true : undefined;
}
// Jest 30 has expect.addEqualityTesters; @types/jest 30.0.0 does not declare it yet.
(expect as unknown as { addEqualityTesters(testers: (typeof invalidDatesEqual)[]): void }).addEqualityTesters([invalidDatesEqual]);

type Outcome = { grids: Grid[] } | { error: unknown };

async function viaExceljs(bytes: Uint8Array): Promise<Outcome> {
  try {
    return { grids: await readWorkbookBuffer(bytes) };
  } catch (error) {
    return { error };
  }
}

function viaFast(bytes: Uint8Array): Outcome {
  try {
    return { grids: readGridsFast(bytes) };
  } catch (error) {
    return { error };
  }
}

const message = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const isUnsupported = (o: Outcome): boolean => "error" in o && o.error instanceof FastReadUnsupported;

/** The fast reader's outcome equals exceljs's: the same grids, or an error (any) where exceljs throws. */
function expectParity(fast: Outcome, reference: Outcome): void {
  if ("error" in reference) {
    if ("grids" in fast) throw new Error(`exceljs throws (${message(reference.error)}) but readGridsFast returned ${fast.grids.length} grid(s)`);
    return;
  }
  if ("error" in fast) throw new Error(`readGridsFast threw where exceljs reads the file: ${message(fast.error)}`);
  expect(fast.grids).toEqual(reference.grids);
}

// exceljs warns on the console about sheet names longer than 31 characters.
let warn: jest.SpyInstance;
beforeAll(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => warn.mockRestore());

it("the invalid-Date equality tester equates only two invalid Dates", () => {
  expect([new Date(NaN)]).toEqual([new Date(NaN)]);
  expect([new Date(NaN)]).not.toEqual([new Date(0)]);
  expect([new Date(0)]).not.toEqual([new Date(NaN)]);
  expect([new Date(NaN)]).not.toEqual([null]);
  expect([new Date(NaN)]).not.toEqual([NaN]);
});

// ---------------------------------------------------------------------------------------------
// 1. Corpus

const ROOT = path.resolve(__dirname, "../..");
const SEEDS = path.resolve(__dirname, "../../../shared/seeds");

/** Folders searched (recursively) for .xlsx files; a missing folder is skipped. */
const CORPUS: { dir: string; skip?: string[] }[] = [
  { dir: path.join(ROOT, "test/fixtures") },
  { dir: path.join(ROOT, "samples"), skip: [path.join(ROOT, "samples/checked")] },
  { dir: path.join(ROOT, "assets") },
  { dir: SEEDS },
];

/**
 * Corpus files (as named in the test titles) on which readGridsFast may throw FastReadUnsupported.
 * Keep it short and explain each entry: every one is a real file the fast path does not serve.
 */
const ALLOWED_FALLBACK: string[] = [];

function xlsxFiles(dir: string, skip: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.includes(full)) continue;
    if (entry.isDirectory()) found.push(...xlsxFiles(full, skip));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".xlsx")) found.push(full);
  }
  return found.sort();
}

/** The file's name in test titles: relative to the project, or shared/seeds/… */
function corpusName(file: string): string {
  return file.startsWith(SEEDS + path.sep) ? `shared/seeds/${path.relative(SEEDS, file)}` : path.relative(ROOT, file);
}

const corpus = CORPUS.flatMap(({ dir, skip }) => xlsxFiles(dir, skip ?? []));
const tally = { compared: 0, bothThrow: 0, fallback: 0 };

describe("corpus parity with exceljs", () => {
  it.each(corpus.map((file) => [corpusName(file), file]))("%s", async (name, file) => {
    const bytes = await fs.promises.readFile(file);
    const reference = await viaExceljs(bytes);
    const fast = viaFast(bytes);
    if (ALLOWED_FALLBACK.includes(name)) {
      if (!isUnsupported(fast)) throw new Error(`${name} is in ALLOWED_FALLBACK but readGridsFast no longer falls back: remove it from the list`);
      tally.fallback++;
      return;
    }
    expectParity(fast, reference);
    if ("error" in reference) tally.bothThrow++;
    else tally.compared++;
  });

  it("covered the corpus", () => {
    const perFolder = CORPUS.map(({ dir, skip }) => `${path.relative(ROOT, dir)}: ${fs.existsSync(dir) ? xlsxFiles(dir, skip ?? []).length : "absent"}`);
    const passed = tally.compared + tally.bothThrow + tally.fallback;
    console.log(
      `fast-read parity corpus: ${corpus.length} .xlsx files (${perFolder.join(", ")}); ` +
        `${tally.compared} equal grid for grid, ${tally.bothThrow} unreadable by both, ${tally.fallback} allowed fallbacks, ${corpus.length - passed} failed or skipped`,
    );
    // The fixtures alone are 38 workbooks; a corpus that shrinks (a moved folder) must not pass quietly.
    expect(corpus.length).toBeGreaterThanOrEqual(35);
    for (const name of ALLOWED_FALLBACK) expect(corpus.map(corpusName)).toContain(name);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Edge cases

describe("edge-case parity with exceljs", () => {
  it("has uniquely named cases", () => {
    const names = EDGE_CASES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(EDGE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const built = await buildXlsx(c.book);
    const bytes = c.patch ? await c.patch(built) : built;
    const reference = await viaExceljs(bytes);

    // exceljs's behaviour first: the case still exercises the quirk it was written for.
    if (c.reference instanceof RegExp) {
      if (!("error" in reference)) throw new Error(`exceljs was expected to throw ${c.reference} but read the workbook`);
      expect(message(reference.error)).toMatch(c.reference);
    } else {
      if ("error" in reference) throw new Error(`exceljs threw: ${message(reference.error)}`);
      c.reference(reference.grids);
    }

    const fast = viaFast(bytes);
    const mode = c.mode ?? "parity";
    if (mode === "fallback" || (mode === "parity-or-fallback" && isUnsupported(fast))) {
      if (!isUnsupported(fast)) throw new Error(`readGridsFast should throw FastReadUnsupported; got ${"error" in fast ? message(fast.error) : "grids"}`);
      return;
    }
    expectParity(fast, reference);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Generated workbooks past Excel's API limits: 200 project sheets, a sheet of 30 stacked tables,
// 20,000 pasted rows (test/helpers/large-workbook.ts), as exceljs writes them.

describe("a large generated workbook", () => {
  it("reads the same as exceljs, sheet by sheet", async () => {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), "selfeval-fast-large-"));
    try {
      const file = path.join(dir, "large.xlsx");
      const layout = await writeLargeWorkbook(file);
      const bytes = await fs.promises.readFile(file);
      const reference = await viaExceljs(bytes);
      const fast = viaFast(bytes);
      expectParity(fast, reference);
      expect("grids" in fast && fast.grids.length).toBeGreaterThanOrEqual(layout.sheets);
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
