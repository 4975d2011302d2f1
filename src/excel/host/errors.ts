/** Office.js errors as Chinese messages, and the retry for Excel's cell-edit mode. */
import { excelStrings } from "../../strings/excel";

/** The shape of an `OfficeExtension.Error` (duck-typed: the class is only there inside Office). */
export interface OfficeErrorLike {
  code: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** True for an `OfficeExtension.Error` (or anything carrying a string `code`). */
export function isOfficeError(err: unknown): err is OfficeErrorLike {
  return typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string";
}

/** True when Excel refused the batch because the user is editing a cell. */
export function isCellEditModeError(err: unknown): boolean {
  return isOfficeError(err) && (err.code === CELL_EDIT_MODE || err.debugInfo?.code === CELL_EDIT_MODE);
}

const MESSAGES: Record<string, string> = {
  [CELL_EDIT_MODE]: excelStrings.errors.cellEditMode,
  AccessDenied: excelStrings.errors.accessDenied,
  ItemNotFound: excelStrings.errors.itemNotFound,
  InvalidArgument: excelStrings.errors.invalidArgument,
  InvalidReference: excelStrings.errors.itemNotFound,
  RequestPayloadSizeLimitExceeded: excelStrings.errors.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: excelStrings.errors.payloadTooLarge,
  ActivityLimitReached: excelStrings.errors.activityLimit,
  InsertDeleteConflict: excelStrings.errors.conflict,
  Conflict: excelStrings.errors.conflict,
  GeneralException: excelStrings.errors.generalException,
  ApiNotFound: excelStrings.errors.apiNotAvailable,
  ApiNotAvailable: excelStrings.errors.apiNotAvailable,
  UnsupportedOperation: excelStrings.errors.apiNotAvailable,
  RangeExceedsLimit: excelStrings.errors.rangeTooLarge,
  MemoryLimitReached: excelStrings.errors.memoryLimit,
  InvalidOperation: excelStrings.errors.invalidOperation,
  ItemAlreadyExists: excelStrings.errors.itemAlreadyExists,
  UnsupportedFeature: excelStrings.errors.unsupportedFeature,
  InactiveWorkbook: excelStrings.errors.inactiveWorkbook,
};

/** A Chinese message the pane can show for any error thrown by Office.js (or by us). */
export function toUserMessage(err: unknown): string {
  // Ours, already in Chinese: a run that wrote part of its results (check/apply.ts).
  if (isOfficeError(err) && err.code === "PartiallyWritten" && err.message) return err.message;
  if (isOfficeError(err)) {
    const known = MESSAGES[err.code] ?? (err.debugInfo?.code ? MESSAGES[err.debugInfo.code] : undefined);
    if (known) return known;
    return excelStrings.errors.unknown(err.code, err.message);
  }
  if (err instanceof ReferenceError && /\b(Excel|Office)\b/.test(err.message)) return excelStrings.errors.notInExcel;
  const detail = err instanceof Error ? err.message : typeof err === "string" ? err : undefined;
  return excelStrings.errors.unknown(undefined, detail);
}

/** The error code for reports ("AccessDenied"), or undefined when the error is not Office's. */
export function errorCode(err: unknown): string | undefined {
  return isOfficeError(err) ? err.code : undefined;
}

export interface RetryOptions {
  /** Attempts after the first one. */
  retries: number;
  delayMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task`, running it again after a short wait while Excel is in cell-edit mode. Any other error,
 * or the last cell-edit error, is thrown. Returns the result and how many retries it took.
 */
export async function retryInCellEditMode<T>(task: () => Promise<T>, options: RetryOptions): Promise<{ result: T; retries: number }> {
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return { result: await task(), retries: attempt };
    } catch (err) {
      if (!isCellEditModeError(err) || attempt >= options.retries) {
        if (isCellEditModeError(err)) (err as { retries?: number }).retries = attempt;
        throw err;
      }
      await sleep(options.delayMs * (attempt + 1));
    }
  }
}
