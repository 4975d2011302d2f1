/**
 * Checks many files on worker threads, results in input order. A file that is too slow is stopped
 * (its worker terminated and replaced) and a worker that dies takes only its own file with it: the
 * other files are checked as usual. Not one worker per core: each keeps more than a core busy (V8's
 * compiler and garbage-collector threads beside its own), so the pool starts fewer and adds one only
 * for a file that runs very long (growth.ts).
 *
 * Workers run compiled JavaScript only: `check-worker.js` beside this file in lib/ (npm run
 * build:cli). Under ts-jest or tsx the sources are TypeScript that a bare worker thread cannot load
 * (jest's transformer lives in the test process; tsx's loader hooks would have to be re-registered per
 * thread), so there the files are checked in this thread, one after another — the same function on
 * the same data, so the same results; only the time limit needs a worker, since synchronous engine
 * code cannot be interrupted in its own thread.
 */
import { existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { Worker } from "worker_threads";
import { GUARD_TEXT } from "../../strings/report";
import { FILE_CODES, type FileResult } from "../file-result";
import { DEFAULT_TIMEOUT_MS } from "../guard";
import { initialWorkers, SLOW_FILE_MS, wantsAnotherWorker } from "./growth";
import type { FileTask, ResultMessage, TaskMessage } from "./protocol";

export interface PoolOptions {
  /**
   * Worker threads at most (never more than files). Fewer run at first: one per 1.5 cores, as each
   * keeps more than a core busy, plus one for each file that runs very long (growth.ts). 1 means
   * exactly one.
   */
  jobs: number;
  /** The compiled worker script; undefined: check in this thread. See compiledWorkerFile(). */
  workerFile?: string;
  /** Time one file may take in a worker; default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Called after each file, in completion order. */
  onFileDone?: (done: number, total: number) => void;
  /** Cores to plan for; default os.availableParallelism(). */
  cores?: number;
  /** Workers to start at once instead of initialWorkers() (tests: exercise several workers). */
  startWorkers?: number;
  /** How long a file runs before it earns another worker; default SLOW_FILE_MS. */
  slowFileMs?: number;
}

/** The compiled worker beside this module when running from lib/, else undefined. */
export function compiledWorkerFile(): string | undefined {
  if (!__filename.endsWith(".js")) return undefined;
  const file = path.join(__dirname, "check-worker.js");
  return existsSync(file) ? file : undefined;
}

/** Checks every task and returns the results in the order of `tasks`. */
export async function checkFiles(tasks: FileTask[], options: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  let done = 0;
  const finished = () => options.onFileDone?.(++done, tasks.length);

  // One file needs no worker: starting one (and loading the engine in it again) would only add time.
  if (!options.workerFile || tasks.length <= 1) {
    const { runTask } = await import("./task");
    for (let i = 0; i < tasks.length; i++) {
      results[i] = await runTask(tasks[i]);
      finished();
    }
    return results;
  }

  const workerFile = options.workerFile;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxWorkers = Math.max(1, Math.min(options.jobs, tasks.length));
  const baseWorkers = Math.min(maxWorkers, options.startWorkers ?? initialWorkers(options.jobs, tasks.length, options.cores ?? os.availableParallelism()));
  let next = 0;
  /** When each file in flight was sent to its worker. */
  const inFlight = new Set<{ since: number }>();
  const slots: Promise<void>[] = [];
  // Counted as a slot starts (slots.push(slot()) pushes only after slot() has run to its first await).
  let workers = 0;

  const slot = async () => {
    workers++;
    let worker: Worker | undefined;
    while (next < tasks.length) {
      const i = next++;
      if (!worker) {
        worker = new Worker(workerFile);
        // runOn listens while a file is in flight; an error between files (or while terminating)
        // must not become an uncaught exception here.
        worker.on("error", () => undefined);
      }
      const file = { since: performance.now() };
      inFlight.add(file);
      grow();
      const outcome = await runOn(worker, i, tasks[i], timeoutMs);
      inFlight.delete(file);
      results[i] = outcome.result;
      if (outcome.stopped) {
        await worker.terminate();
        worker = undefined;
      }
      finished();
    }
    await worker?.terminate();
  };

  // Fewer workers than --jobs at first (growth.ts); a slow file in flight earns one more, so the
  // files waiting behind it are not held up. Looked at as each file starts and now and then.
  const slowFileMs = options.slowFileMs ?? SLOW_FILE_MS;
  let baseStarted = false;
  function grow(): void {
    if (!baseStarted) return;
    const now = performance.now();
    let slowFiles = 0;
    for (const f of inFlight) if (now - f.since >= slowFileMs) slowFiles++;
    if (wantsAnotherWorker({ slowFiles, waiting: tasks.length - next, workers, baseWorkers, maxWorkers })) slots.push(slot());
  }
  for (let k = 0; k < baseWorkers; k++) slots.push(slot());
  baseStarted = true;
  grow();
  const ticker = baseWorkers < maxWorkers ? setInterval(grow, GROW_CHECK_MS) : undefined;
  try {
    // Slots started while waiting are appended, and awaited in turn.
    for (let k = 0; k < slots.length; k++) await slots[k];
  } finally {
    clearInterval(ticker);
  }
  return results;
}

/** How often the pool looks for slow files while files wait. */
const GROW_CHECK_MS = 500;

interface Outcome {
  result: FileResult;
  /** The worker was stopped or died: start a new one for the next file. */
  stopped: boolean;
}

function runOn(worker: Worker, id: number, task: FileTask, timeoutMs: number): Promise<Outcome> {
  return new Promise<Outcome>((resolve) => {
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve(outcome);
    };
    const failed = (code: string, message: string): Outcome => ({
      result: { file: task.file, checked: false, findings: [{ code, severity: "error", message, sheet: "" }], projects: [], sheets: [] },
      stopped: true,
    });
    const onMessage = (m: ResultMessage) => {
      if (m.id === id) finish({ result: JSON.parse(m.json) as FileResult, stopped: false });
    };
    const onError = (err: Error) => finish(failed(FILE_CODES.workerFailed, GUARD_TEXT.workerFailed(task.file, err.message)));
    const onExit = (code: number) => finish(failed(FILE_CODES.workerFailed, GUARD_TEXT.workerFailed(task.file, `exit ${code}`)));
    const timer = setTimeout(
      () => finish(failed(FILE_CODES.timedOut, GUARD_TEXT.timedOut(task.file, Math.round(timeoutMs / 100) / 10))),
      timeoutMs,
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    const message: TaskMessage = { id, task };
    worker.postMessage(message);
  });
}
