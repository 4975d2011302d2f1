/**
 * How many check workers to run: as many as the cores can keep busy, not one per core.
 *
 * A worker is a V8 isolate of its own, and it keeps more than one core busy: its own thread, plus
 * V8's background threads optimising the hot functions (several hundred: the reader and the engine)
 * and collecting garbage. Each isolate optimises the same functions again; nothing compiled is shared.
 * Measured on the 2-core machine with the fast reader (`npm run -s bench -- --batch`, 40 workbooks of
 * 10 project sheets): checking them in one thread takes about 0.65 s and 1.35 s of CPU (about 0.45 s
 * of it TurboFan compiling in the background: with --no-concurrent-recompilation the same run takes
 * about 1.05 s), so one isolate already fills both cores. Two workers each compile the same code
 * again: `--jobs 2` with two workers took 1.25 s against 1.07 s with one (40 workbooks of 100 sheets:
 * 4.09 s against 3.94 s). Even two separate processes with 20 of the files each are no faster than
 * one with all 40. Before the fast reader, with exceljs in every worker, it was the same story.
 *
 * So the pool starts one worker per CORES_PER_WORKER cores (at least one, at most --jobs). It starts
 * another, up to --jobs, only when a file has been running so long that the files waiting behind it
 * would otherwise wait too: a slow or stuck file never holds up the others for long.
 */

/** Cores one worker keeps busy: its thread and V8's compiler and garbage-collector threads. */
export const CORES_PER_WORKER = 1.5;

/**
 * A file running this long holds up the waiting ones: start another worker for them. Well above the
 * 2–3 s the largest real workbook (500 project sheets) takes, well below the time limit.
 */
export const SLOW_FILE_MS = 10_000;

/** Workers started at once: one per CORES_PER_WORKER cores, at least 1, at most --jobs and files. */
export function initialWorkers(jobs: number, files: number, cores: number): number {
  return Math.max(1, Math.min(jobs, files, Math.floor(cores / CORES_PER_WORKER)));
}

/** What the pool knows when it considers starting one more worker. */
export interface GrowthState {
  /** Files in flight that have been running SLOW_FILE_MS or longer. */
  slowFiles: number;
  /** Files not yet sent to a worker. */
  waiting: number;
  /** Workers running now. */
  workers: number;
  /** Workers started at once (initialWorkers). */
  baseWorkers: number;
  /** Workers allowed (--jobs, never more than files). */
  maxWorkers: number;
}

/**
 * True when one more worker should be started now: slow files hold up the waiting ones. Each slow
 * file in flight earns one worker more than baseWorkers, so the files waiting keep moving at the
 * usual pace, and a stuck file does not start a new worker at every look.
 */
export function wantsAnotherWorker(s: GrowthState): boolean {
  return s.waiting > 0 && s.workers < s.maxWorkers && s.workers - s.slowFiles < s.baseWorkers;
}
