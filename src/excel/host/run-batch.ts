/**
 * The frame every pane action of the check room runs in: the capabilities, one Excel.run, again
 * while Excel is in cell-edit mode, and any error turned into a Chinese failure. Never throws.
 */
import { type Capabilities, detectCapabilities } from "./capabilities";
import { excelRunFor } from "./excel-run";
import { errorCode, isCellEditModeError, retryInCellEditMode, toUserMessage } from "./errors";

export interface BatchRunOptions {
  caps?: Capabilities;
  /** `Excel.run`, injectable for tests. */
  excelRun?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Retries while Excel is in cell-edit mode (default 2) and the first wait (default 400 ms, then doubled). */
  retries?: number;
  retryDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The batch's result with the retries it took and the capabilities it ran with, or the failure in Chinese. */
export type BatchOutcome<T> = { ok: true; result: T; retries: number; caps: Capabilities } | { ok: false; code?: string; message: string; retries: number };

/** Runs `batch` in one Excel.run, retried in cell-edit mode; never throws. */
export async function runBatch<T>(options: BatchRunOptions, batch: (context: Excel.RequestContext, caps: Capabilities) => Promise<T>): Promise<BatchOutcome<T>> {
  let retries = 0;
  try {
    const caps = options.caps ?? detectCapabilities();
    const run = options.excelRun ?? excelRunFor(caps);
    const done = await retryInCellEditMode(() => run((context) => batch(context, caps)), {
      retries: options.retries ?? 2,
      delayMs: options.retryDelayMs ?? 400,
      sleep: options.sleep,
    });
    return { ok: true, result: done.result, retries: done.retries, caps };
  } catch (err) {
    if (isCellEditModeError(err)) retries = (err as { retries?: number }).retries ?? retries;
    return { ok: false, code: errorCode(err), message: toUserMessage(err), retries };
  }
}
