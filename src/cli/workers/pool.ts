/**
 * Checks many files on worker threads, results in input order. A file that is too slow is stopped
 * (its worker terminated and replaced) and a worker that dies takes only its own file with it: the
 * other files are checked as usual.
 *
 * Workers run compiled JavaScript only: `check-worker.js` beside this file in lib/ (npm run
 * build:cli). Under ts-jest or tsx the sources are TypeScript that a bare worker thread cannot load
 * (jest's transformer lives in the test process; tsx's loader hooks would have to be re-registered per
 * thread), so there the files are checked in this thread, one after another — the same function on
 * the same data, so the same results; only the time limit needs a worker, since synchronous engine
 * code cannot be interrupted in its own thread.
 */
import { existsSync } from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { GUARD_TEXT } from "../../strings/report";
import { FILE_CODES, type FileResult } from "../file-result";
import { DEFAULT_TIMEOUT_MS } from "../guard";
import type { FileTask, ResultMessage, TaskMessage } from "./protocol";

export interface PoolOptions {
  /** Worker threads at most (never more than files). */
  jobs: number;
  /** The compiled worker script; undefined: check in this thread. See compiledWorkerFile(). */
  workerFile?: string;
  /** Time one file may take in a worker; default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Called after each file, in completion order. */
  onFileDone?: (done: number, total: number) => void;
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

  // One file needs no worker: starting one (and loading exceljs in it) would only add time.
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
  let next = 0;
  const slot = async () => {
    let worker: Worker | undefined;
    while (next < tasks.length) {
      const i = next++;
      if (!worker) {
        worker = new Worker(workerFile);
        // runOn listens while a file is in flight; an error between files (or while terminating)
        // must not become an uncaught exception here.
        worker.on("error", () => undefined);
      }
      const outcome = await runOn(worker, i, tasks[i], timeoutMs);
      results[i] = outcome.result;
      if (outcome.stopped) {
        await worker.terminate();
        worker = undefined;
      }
      finished();
    }
    await worker?.terminate();
  };
  const slots = Math.max(1, Math.min(options.jobs, tasks.length));
  await Promise.all(Array.from({ length: slots }, slot));
  return results;
}

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
