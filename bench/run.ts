/**
 * `npm run bench`: what accountants and reviewers wait for, against the floor nothing can beat.
 * Prints a table, or with --json one JSON document. A benchmark, not a test: figures vary with
 * the machine's load, so read ratios, and medians of interleaved runs.
 * The command line is measured as built (lib/, compiled first). `--headless` measures only it against
 * the bare read (no syncs, memory or pane); `--sizes 100,500` picks the workbook sizes; `--runs N`
 * overrides the runs per size; `--src` measures the sources as tsx runs them instead of lib/.
 * `--batch` measures only the batch figure (40 workbooks, --jobs 1 against --jobs 2); with it,
 * `--batch-files N` and `--batch-sheets N` change the folder (default 40 workbooks of 10 sheets).
 */
import { execFileSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { measureBatch, type BatchFigures } from "./batch";
import { measureHeadless, type HeadlessRow } from "./headless";
import { measureMemory } from "./memory";
import { measurePane, type PaneFigures } from "./pane";
import { measureSyncs } from "./round-trips";
import { round } from "./stats";
import { benchWorkbook } from "./workbooks";

const SIZES = [1, 10, 100, 500];
const GOALS = { ratioAt100Plus: 1.5, syncs: 3, paneGzipKb: 200, batchJobs2To1: 0.7 };
const BATCH_RUNS = 5;

/** The value after `--name`, if given. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/**
 * Runs per size: single runs vary by ±30% on a shared machine, and a median of 15 still moves by
 * ±0.1 in the ratio from one invocation to the next; so more runs where they are cheap.
 */
function defaultRuns(sheets: number): number {
  if (sheets >= 500) return 9;
  if (sheets >= 100) return 25;
  return 9;
}

async function run(): Promise<void> {
  const json = process.argv.includes("--json");
  const headlessOnly = process.argv.includes("--headless");
  const sizes = option("--sizes")?.split(",").map(Number).filter((n) => n > 0) ?? SIZES;
  const runsOption = Number(option("--runs"));
  const build = process.argv.includes("--src") ? "src" : "lib";
  const log = (s: string) => (json ? process.stderr.write(s + "\n") : process.stdout.write(s + "\n"));
  const started = Date.now();
  // The command line and the memory figure run the compiled CLI (lib/); build it first, its output
  // kept off stdout.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: path.resolve(__dirname, ".."), stdio: ["ignore", 2, 2] });
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, totalMemGb: round(os.totalmem() / 2 ** 30, 1), loadAverage: os.loadavg().map((l) => round(l, 2)) };
  if (process.argv.includes("--batch")) {
    const count = Number(option("--batch-files")) || 40;
    const sheets = Number(option("--batch-sheets")) || 10;
    log(`measuring the batch (${count} workbooks of ${sheets} sheets, --jobs 1 vs 2)…`);
    const batch = await measureBatch(runsOption > 0 ? runsOption : BATCH_RUNS, count, sheets);
    if (json) process.stdout.write(JSON.stringify({ machine, goals: GOALS, batch, seconds: round((Date.now() - started) / 1000, 1) }, null, 2) + "\n");
    else printBatch(log, batch);
    return;
  }
  const files: Record<number, string> = {};
  for (const n of sizes) files[n] = await benchWorkbook(n);

  const headless: HeadlessRow[] = [];
  for (const n of sizes) {
    log(`measuring ${n} sheet(s)…`);
    headless.push(await measureHeadless(files[n], n, runsOption > 0 ? runsOption : defaultRuns(n), build));
  }
  const rows = headless.map((h) => ({ ...h, bareReadMs: round(h.bareReadMs), fastReadMs: round(h.fastReadMs), checkMs: round(h.checkMs), ratio: round(h.ratio, 3), ratioToFastRead: round(h.ratioToFastRead, 3), checkMsPerSheet: round(h.checkMsPerSheet, 3), engineUsPerSheet: round(h.engineUsPerSheet, 1) }));
  if (headlessOnly) {
    if (json) process.stdout.write(JSON.stringify({ machine, build, goals: GOALS, headless: rows, seconds: round((Date.now() - started) / 1000, 1) }, null, 2) + "\n");
    else printHeadless(log, rows, build);
    return;
  }
  log("measuring the batch (40 workbooks, --jobs 1 vs 2)…");
  const batch = await measureBatch(runsOption > 0 ? runsOption : BATCH_RUNS);
  const syncs = await measureSyncs(files[100] ?? (await benchWorkbook(100)), [1, 10, 50]);
  const memory = measureMemory(files[500] ?? (await benchWorkbook(500)));
  let pane: PaneFigures | { error: string };
  try {
    pane = await measurePane();
  } catch (err) {
    pane = { error: err instanceof Error ? err.message : String(err) };
  }
  const perSheet = (n: number) => headless.find((h) => h.sheets === n)?.checkMsPerSheet ?? NaN;
  const doc = {
    machine,
    build,
    goals: GOALS,
    headless: rows,
    growth: { msPerSheetAt100: round(perSheet(100), 3), msPerSheetAt500: round(perSheet(500), 3), ratio500to100: round(perSheet(500) / perSheet(100), 3) },
    batch,
    syncs,
    memory: { checkPeakRssMb: round(memory.checkPeakRssMb, 1), bareReadPeakRssMb: round(memory.bareReadPeakRssMb, 1), sheets: 500 },
    pane,
    seconds: round((Date.now() - started) / 1000, 1),
  };
  if (json) {
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
    return;
  }
  printHeadless(log, doc.headless, build);
  log(`growth: ${doc.growth.msPerSheetAt100} ms/sheet at 100, ${doc.growth.msPerSheetAt500} at 500 (×${doc.growth.ratio500to100}; 1 = linear)`);
  printBatch(log, batch);
  log(`Excel round trips per check-and-score (fake host, ExcelApi 1.18): ${JSON.stringify(syncs)} (goal ${GOALS.syncs}, flat)`);
  log(`peak RSS, 500 sheets: check ${doc.memory.checkPeakRssMb} MB, bare read ${doc.memory.bareReadPeakRssMb} MB`);
  if ("error" in pane) log(`pane: not measured (${pane.error})`);
  else {
    log(`pane: entry script ${round(pane.entryJsGzipBytes / 1024, 1)} KB gzipped (goal ≤ ${GOALS.paneGzipKb}); all JS fetched before first render ${round(pane.startJsGzipBytes / 1024, 1)} KB gzipped (${round(pane.startJsBytes / 1024, 1)} KB raw: ${pane.startScripts.join(", ")}); lazy ${round(pane.lazyJsGzipBytes / 1024, 1)} KB gzipped`);
    log(`pane: first render in headless Chromium ${pane.firstRenderMs === null ? pane.note : round(pane.firstRenderMs) + " ms (median of 3, office.js stubbed)"}`);
  }
  log(`(${os.cpus().length} cores, ${doc.machine.model}; load average ${machine.loadAverage.join(" ")}; ${doc.seconds} s)`);
}

function printHeadless(log: (s: string) => void, rows: HeadlessRow[], build: string): void {
  log("");
  log(`selfeval check --json (${build} build) vs a bare exceljs read (median of interleaved runs)`);
  log("sheets  runs  exceljs read ms  fast read ms  check ms  ratio  ÷fast read  check ms/sheet  engine µs/sheet");
  for (const h of rows)
    log(
      `${String(h.sheets).padStart(6)}  ${String(h.runs).padStart(4)}  ${String(h.bareReadMs).padStart(15)}  ${String(h.fastReadMs).padStart(12)}  ${String(h.checkMs).padStart(8)}  ${h.ratio.toFixed(3).padStart(5)}  ${h.ratioToFastRead.toFixed(3).padStart(10)}  ${String(h.checkMsPerSheet).padStart(14)}  ${String(h.engineUsPerSheet).padStart(15)}`,
    );
}

function printBatch(log: (s: string) => void, b: BatchFigures): void {
  log(`batch: ${b.workbooks} workbooks × ${b.sheetsEach} sheets, selfeval check --json (child process, median of ${b.runs} interleaved): --jobs 1 ${b.jobs1Ms} ms, --jobs 2 ${b.jobs2Ms} ms, ratio ${b.ratio.toFixed(3)} (goal ≤ ${GOALS.batchJobs2To1}); load average ${b.loadAverages.join(" ")}`);
}

run().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
