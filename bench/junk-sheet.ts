/**
 * How much 20 000 rows of unrelated data below a table cost a check: the same one-table workbook
 * with and without the junk rows, read (exceljs) and checked (engine), median of 5 runs each.
 *
 *   npx tsx bench/junk-sheet.ts
 *
 * Not a test: prints milliseconds and the ratio.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../src/domain/engine";
import { NATIONAL_PROFILE } from "../src/domain/profiles";
import { readWorkbookFile } from "../src/xlsx/read";
import { CANONICAL_STYLE, setNationalWidths, writeNationalTable } from "../scripts/fixtures/layouts";
import { writeJunkRows } from "../scripts/fixtures/make-bad";
import { seed000Tables } from "../scripts/fixtures/seed000";
import { BENCH_DIR } from "./workbooks";
import { median, round, timeMs } from "./stats";

const RUNS = 5;
const JUNK_ROWS = 20_000;

async function workbook(junk: boolean): Promise<string> {
  const file = path.join(BENCH_DIR, junk ? "one-table-junk.xlsx" : "one-table.xlsx");
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("1.食堂经费");
  setNationalWidths(ws, 1);
  writeNationalTable(ws, seed000Tables[0], { row: 1, col: 1 }, CANONICAL_STYLE);
  if (junk) writeJunkRows(ws, 28, JUNK_ROWS);
  await wb.xlsx.writeFile(file);
  return file;
}

async function measure(file: string): Promise<{ total: number; engine: number }> {
  const totals: number[] = [];
  const engines: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let grids: Awaited<ReturnType<typeof readWorkbookFile>> = [];
    const read = await timeMs(async () => {
      grids = await readWorkbookFile(file);
    });
    const engine = await timeMs(() => checkWorkbook(grids, { profile: NATIONAL_PROFILE }));
    totals.push(read + engine);
    engines.push(engine);
  }
  return { total: median(totals), engine: median(engines) };
}

async function main(): Promise<void> {
  const plain = await measure(await workbook(false));
  const junk = await measure(await workbook(true));
  console.log(`one table:                      read+check ${round(plain.total)} ms (engine ${round(plain.engine)} ms)`);
  console.log(`one table + ${JUNK_ROWS} junk rows:  read+check ${round(junk.total)} ms (engine ${round(junk.engine)} ms)`);
  console.log(`ratio: read+check ×${round(junk.total / plain.total, 1)}, engine ×${round(junk.engine / plain.engine, 1)} (median of ${RUNS})`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
