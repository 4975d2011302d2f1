/**
 * Headless cost: `selfeval check --json` in-process against a bare exceljs read of the same file (the
 * floor before the fast reader) and against the fast reader alone (the floor of a read-only check now).
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { median, timeMs } from "./stats";

export interface HeadlessRow {
  sheets: number;
  runs: number;
  bareReadMs: number;
  /** The file read from disk and made into grids by the fast reader, as `check` without --write does. */
  fastReadMs: number;
  checkMs: number;
  ratio: number;
  /** checkMs / fastReadMs: what the engine and the report add over the read. */
  ratioToFastRead: number;
  checkMsPerSheet: number;
  engineUsPerSheet: number;
}

/**
 * Which build is measured. "lib": the compiled command in lib/ (run.ts builds it first), what
 * `selfeval` runs. "src": the TypeScript sources as tsx builds them on the fly; tsx keeps function
 * names (a defineProperty on every closure created) and calls across modules through getters,
 * which makes the engine some 50% slower than the shipped build.
 */
export type Build = "lib" | "src";

export interface Modules {
  main: typeof import("../src/cli/main").main;
  checkWorkbook: typeof import("../src/domain/engine").checkWorkbook;
  NATIONAL_PROFILE: typeof import("../src/domain/profiles").NATIONAL_PROFILE;
  read: typeof import("../src/xlsx/read");
  fast: typeof import("../src/xlsx/fast/read");
}

/** The command, the engine and the reader of one build. */
export async function loadBuild(build: Build): Promise<Modules> {
  const at = (p: string) => path.resolve(__dirname, build === "lib" ? `../lib/${p}.js` : `../src/${p}.ts`);
  const [{ main }, { checkWorkbook }, { NATIONAL_PROFILE }, read, fast] = await Promise.all([
    import(at("cli/main")) as Promise<typeof import("../src/cli/main")>,
    import(at("domain/engine")) as Promise<typeof import("../src/domain/engine")>,
    import(at("domain/profiles/index")) as Promise<typeof import("../src/domain/profiles")>,
    import(at("xlsx/read")) as Promise<typeof import("../src/xlsx/read")>,
    import(at("xlsx/fast/read")) as Promise<typeof import("../src/xlsx/fast/read")>,
  ]);
  return { main, checkWorkbook, NATIONAL_PROFILE, read, fast };
}

/** Runs `fn` with process.stdout.write discarded (the CLI prints its JSON there). */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/**
 * Interleaves bare reads and full checks so machine noise hits both alike; medians of `runs`, after
 * one untimed pair (the first run on a new size also pays for compiling code paths and growing the heap).
 */
export async function measureHeadless(file: string, sheets: number, runs: number, build: Build = "lib"): Promise<HeadlessRow> {
  const { main, checkWorkbook, NATIONAL_PROFILE, read, fast } = await loadBuild(build);
  const fastRead = async () => fast.readGridsFast(await fs.readFile(file));
  await new ExcelJS.Workbook().xlsx.readFile(file);
  await fastRead();
  await quietly(() => main(["check", "--json", file]));
  const bare: number[] = [];
  const fastReads: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await timeMs(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    fastReads.push(await timeMs(fastRead));
    check.push(await timeMs(() => quietly(() => main(["check", "--json", file]))));
  }
  const grids = await read.readWorkbookFile(file);
  const engine: number[] = [];
  for (let i = 0; i < Math.max(runs, 5); i++) engine.push(await timeMs(() => checkWorkbook(grids, { profile: NATIONAL_PROFILE })));
  const bareReadMs = median(bare);
  const fastReadMs = median(fastReads);
  const checkMs = median(check);
  return {
    sheets,
    runs,
    bareReadMs,
    fastReadMs,
    checkMs,
    ratio: checkMs / bareReadMs,
    ratioToFastRead: checkMs / fastReadMs,
    checkMsPerSheet: checkMs / sheets,
    engineUsPerSheet: (median(engine) * 1000) / sheets,
  };
}
