/** Headless cost: `selfeval check --json` in-process against a bare exceljs read of the same file. */
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { checkWorkbook } from "../src/domain/engine";
import { NATIONAL_PROFILE } from "../src/domain/profiles";
import { readWorkbookFile } from "../src/xlsx/read";
import { median, timeMs } from "./stats";

export interface HeadlessRow {
  sheets: number;
  runs: number;
  bareReadMs: number;
  checkMs: number;
  ratio: number;
  checkMsPerSheet: number;
  engineUsPerSheet: number;
}

/** Runs `fn` with process.stdout.write discarded (the CLI prints its JSON there). */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
  }
}

/** Interleaves bare reads and full checks so machine noise hits both alike; medians of `runs`. */
export async function measureHeadless(file: string, sheets: number, runs: number): Promise<HeadlessRow> {
  const bare: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(await timeMs(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    check.push(await timeMs(() => quietly(() => main(["check", "--json", file]))));
  }
  const grids = await readWorkbookFile(file);
  const engine: number[] = [];
  for (let i = 0; i < Math.max(runs, 5); i++) engine.push(await timeMs(() => checkWorkbook(grids, { profile: NATIONAL_PROFILE })));
  const bareReadMs = median(bare);
  const checkMs = median(check);
  return { sheets, runs, bareReadMs, checkMs, ratio: checkMs / bareReadMs, checkMsPerSheet: checkMs / sheets, engineUsPerSheet: (median(engine) * 1000) / sheets };
}
