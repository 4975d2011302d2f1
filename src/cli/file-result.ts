/**
 * What checking one file gave, and the codes of the command's own file-level findings. Kept apart
 * from run-file (which loads the readers and the engine) so that the summary and the exit code need nothing heavy.
 */
import type { Finding } from "../domain/finding";
import type { ProjectReport, WorkbookReport } from "../domain/report/types";
import type { ApplyResult } from "../xlsx/apply";

/** Codes of file-level findings the command itself reports. */
export const FILE_CODES = {
  unreadable: "file-unreadable",
  internal: "internal-error",
  writeFailed: "write-failed",
  formulaKept: "formula-kept",
  /** The file, or one part of it once unzipped, is over the size limit: not read. */
  tooLarge: "file-too-large",
  /** The file took longer than the time limit in a worker: stopped. */
  timedOut: "file-timeout",
  /** The worker checking the file died (out of memory, a defect): the file is not checked. */
  workerFailed: "worker-failed",
} as const;

/** File-level findings after which the file counts as not checked (exit code 2). */
export const FATAL_FILE_CODES: ReadonlySet<string> = new Set([
  FILE_CODES.unreadable,
  FILE_CODES.internal,
  FILE_CODES.writeFailed,
  FILE_CODES.tooLarge,
  FILE_CODES.timedOut,
  FILE_CODES.workerFailed,
]);

export interface FileResult {
  file: string;
  /** False when the file could not be read or checked at all. */
  checked: boolean;
  /** Findings not tied to a project: the engine's sheet-level ones and the command's own. */
  findings: Finding[];
  projects: ProjectReport[];
  sheets: WorkbookReport["sheets"];
  output?: string;
  applied?: ApplyResult;
  /** With --draft-explanations: the drafts written into the copy and those left out (a cell not empty …). */
  drafts?: WorkbookReport["drafts"];
}

