/**
 * Where `selfeval check --json` spends its time, phase by phase, against a bare exceljs read of the
 * same file (interleaved runs, medians): `npx tsx bench/phases.ts [--src] [--runs N] [SHEETS…]`.
 * Measures the compiled command in lib/ (run `npm run build:cli` first) unless --src is given.
 */
import ExcelJS from "exceljs";
import { loadBuild, quietly } from "./headless";
import { median, round, timeMs } from "./stats";
import { benchWorkbook } from "./workbooks";

async function phases(sheets: number, runs: number, build: "lib" | "src"): Promise<Record<string, number>> {
  const { main, checkWorkbook, NATIONAL_PROFILE, read } = await loadBuild(build);
  const file = await benchWorkbook(sheets);
  const t: Record<string, number[]> = { bare: [], load: [], grids: [], engine: [], check: [] };
  for (let i = 0; i < runs; i++) {
    t.bare.push(await timeMs(() => new ExcelJS.Workbook().xlsx.readFile(file)));
    let wb!: ExcelJS.Workbook;
    t.load.push(await timeMs(async () => (wb = await read.loadWorkbookFile(file))));
    let grids!: ReturnType<typeof read.gridsFromWorkbook>;
    t.grids.push(await timeMs(() => (grids = read.gridsFromWorkbook(wb))));
    // As the command runs it: no plan, since nothing is written.
    t.engine.push(await timeMs(() => checkWorkbook(grids, { profile: NATIONAL_PROFILE, plan: false })));
    t.check.push(await timeMs(() => quietly(() => main(["check", "--json", file]))));
  }
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round(median(v), 1)]));
  return { sheets, runs, ...m, ratio: round(m.check / m.bare, 3), rest: round(m.check - m.load - m.grids - m.engine, 1) };
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 7;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && (at < 0 || i !== at + 1)).map(Number);
  const build = args.includes("--src") ? "src" : "lib";
  for (const n of sizes.length ? sizes : [100, 500]) process.stdout.write(JSON.stringify({ build, ...(await phases(n, runs, build)) }) + "\n");
}

run().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
