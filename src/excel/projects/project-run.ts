/** The shared frame of the project-sheet operations: capabilities, Excel.run, cell-edit retries, Chinese errors. */
import { type Capabilities, detectCapabilities } from "../host/capabilities";
import { excelRunFor } from "../host/excel-run";
import { errorCode, retryInCellEditMode, toUserMessage } from "../host/errors";
import type { ProjectRunOptions } from "./project-types";

export type Failure = { ok: false; code?: string; message: string };

/** Runs `body` in one Excel.run (again while Excel is in cell-edit mode); any error becomes a Chinese failure. */
export async function runProjectOperation<T>(
  options: ProjectRunOptions,
  body: (context: Excel.RequestContext, caps: Capabilities) => Promise<T | Failure>,
  failure?: (err: unknown) => Failure | null,
): Promise<T | Failure> {
  try {
    const caps = options.caps ?? detectCapabilities();
    const run = options.excelRun ?? excelRunFor(caps);
    const { result } = await retryInCellEditMode(() => run((context) => body(context, caps)), { retries: 2, delayMs: 400 });
    return result;
  } catch (err) {
    return failure?.(err) ?? { ok: false, code: errorCode(err), message: toUserMessage(err) };
  }
}
