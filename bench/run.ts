/**
 * `npm run bench`: what accountants and reviewers wait for, against the floor nothing can beat.
 * Prints a table, or with --json one JSON document. A benchmark, not a test: figures vary with
 * the machine's load, so read ratios, and medians of interleaved runs.
 */
import { execFileSync } from "child_process";
import * as os from "os";
import * as path from "path";
import { measureHeadless, type HeadlessRow } from "./headless";
import { measureMemory } from "./memory";
import { measurePane, type PaneFigures } from "./pane";
import { measureSyncs } from "./round-trips";
import { round } from "./stats";
import { benchWorkbook } from "./workbooks";

const SIZES = [1, 10, 100, 500];
const GOALS = { ratioAt100Plus: 1.5, syncs: 3, paneGzipKb: 200 };

async function run(): Promise<void> {
  const json = process.argv.includes("--json");
  const log = (s: string) => (json ? process.stderr.write(s + "\n") : process.stdout.write(s + "\n"));
  const started = Date.now();
  // The memory figure runs the compiled CLI (lib/); build it first, its output kept off stdout.
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: path.resolve(__dirname, ".."), stdio: ["ignore", 2, 2] });
  const files: Record<number, string> = {};
  for (const n of SIZES) files[n] = await benchWorkbook(n);

  const headless: HeadlessRow[] = [];
  for (const n of SIZES) {
    log(`measuring ${n} sheet(s)…`);
    headless.push(await measureHeadless(files[n], n, n >= 500 ? 3 : 5));
  }
  const syncs = await measureSyncs(files[100], [1, 10, 50]);
  const memory = measureMemory(files[500]);
  let pane: PaneFigures | { error: string };
  try {
    pane = await measurePane();
  } catch (err) {
    pane = { error: err instanceof Error ? err.message : String(err) };
  }
  const perSheet = headless.map((h) => h.checkMsPerSheet);
  const doc = {
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, totalMemGb: round(os.totalmem() / 2 ** 30, 1) },
    goals: GOALS,
    headless: headless.map((h) => ({ ...h, bareReadMs: round(h.bareReadMs), checkMs: round(h.checkMs), ratio: round(h.ratio, 3), checkMsPerSheet: round(h.checkMsPerSheet, 3), engineUsPerSheet: round(h.engineUsPerSheet, 1) })),
    growth: { msPerSheetAt100: round(perSheet[2], 3), msPerSheetAt500: round(perSheet[3], 3), ratio500to100: round(perSheet[3] / perSheet[2], 3) },
    syncs,
    memory: { checkPeakRssMb: round(memory.checkPeakRssMb, 1), bareReadPeakRssMb: round(memory.bareReadPeakRssMb, 1), sheets: 500 },
    pane,
    seconds: round((Date.now() - started) / 1000, 1),
  };
  if (json) {
    process.stdout.write(JSON.stringify(doc, null, 2) + "\n");
    return;
  }
  log("");
  log("selfeval check --json vs a bare exceljs read (median of interleaved runs)");
  log("sheets  runs  bare read ms  check ms  ratio  check ms/sheet  engine µs/sheet");
  for (const h of doc.headless) log(`${String(h.sheets).padStart(6)}  ${String(h.runs).padStart(4)}  ${String(h.bareReadMs).padStart(12)}  ${String(h.checkMs).padStart(8)}  ${h.ratio.toFixed(3).padStart(5)}  ${String(h.checkMsPerSheet).padStart(14)}  ${String(h.engineUsPerSheet).padStart(15)}`);
  log(`growth: ${doc.growth.msPerSheetAt100} ms/sheet at 100, ${doc.growth.msPerSheetAt500} at 500 (×${doc.growth.ratio500to100}; 1 = linear)`);
  log(`Excel round trips per check-and-score (fake host, ExcelApi 1.18): ${JSON.stringify(syncs)} (goal ${GOALS.syncs}, flat)`);
  log(`peak RSS, 500 sheets: check ${doc.memory.checkPeakRssMb} MB, bare read ${doc.memory.bareReadPeakRssMb} MB`);
  if ("error" in pane) log(`pane: not measured (${pane.error})`);
  else {
    log(`pane: entry script ${round(pane.entryJsGzipBytes / 1024, 1)} KB gzipped (goal ≤ ${GOALS.paneGzipKb}); all JS fetched before first render ${round(pane.startJsGzipBytes / 1024, 1)} KB gzipped (${round(pane.startJsBytes / 1024, 1)} KB raw: ${pane.startScripts.join(", ")}); lazy ${round(pane.lazyJsGzipBytes / 1024, 1)} KB gzipped`);
    log(`pane: first render in headless Chromium ${pane.firstRenderMs === null ? pane.note : round(pane.firstRenderMs) + " ms (median of 3, office.js stubbed)"}`);
  }
  log(`(${os.cpus().length} cores, ${doc.machine.model}; ${doc.seconds} s)`);
}

run().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
