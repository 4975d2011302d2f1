/**
 * Batch figure: a reviewer's folder of 40 workbooks (10 project sheets each, like the sample) checked
 * by the built command in a child process, `--jobs 1` against `--jobs 2`, interleaved; medians and
 * their ratio. `--batch-files N` and `--batch-sheets N` measure another folder (e.g. 40 × 100 sheets,
 * where the checking itself, not the workers' start-up, takes most of the time).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { median, round } from "./stats";
import { BENCH_DIR, benchWorkbook } from "./workbooks";

const ROOT = path.resolve(__dirname, "..");

export interface BatchFigures {
  workbooks: number;
  sheetsEach: number;
  runs: number;
  jobs1Ms: number;
  jobs2Ms: number;
  /** jobs2Ms / jobs1Ms: below 1 is faster. */
  ratio: number;
  jobs1AllMs: number[];
  jobs2AllMs: number[];
  /** 1-minute load average before each pair of runs: the machine is shared. */
  loadAverages: number[];
}

/** Writes (once) a folder of `count` workbooks of `sheets` project sheets each. */
export async function batchFolder(count: number, sheets: number): Promise<string> {
  const dir = path.join(BENCH_DIR, `batch-${count}x${sheets}`);
  const source = await benchWorkbook(sheets);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const file = path.join(dir, `单位${String(i).padStart(2, "0")}.xlsx`);
    if (!fs.existsSync(file)) fs.copyFileSync(source, file);
  }
  return dir;
}

function timeRun(dir: string, jobs: number): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "selfeval.js"), "check", "--json", "--jobs", String(jobs), dir], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 16 * 2 ** 20,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`selfeval exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

/** Interleaved runs of the whole command, one untimed pair first (file cache, lazy compilation). */
export async function measureBatch(runs: number, count = 40, sheets = 10): Promise<BatchFigures> {
  const dir = await batchFolder(count, sheets);
  timeRun(dir, 1);
  timeRun(dir, 2);
  const one: number[] = [];
  const two: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    loads.push(round(os.loadavg()[0], 2));
    // Alternate which goes first, so a load spike is shared.
    if (i % 2 === 0) {
      one.push(timeRun(dir, 1));
      two.push(timeRun(dir, 2));
    } else {
      two.push(timeRun(dir, 2));
      one.push(timeRun(dir, 1));
    }
  }
  const jobs1Ms = median(one);
  const jobs2Ms = median(two);
  return { workbooks: count, sheetsEach: sheets, runs, jobs1Ms: round(jobs1Ms), jobs2Ms: round(jobs2Ms), ratio: round(jobs2Ms / jobs1Ms, 3), jobs1AllMs: one.map((x) => round(x)), jobs2AllMs: two.map((x) => round(x)), loadAverages: loads };
}
