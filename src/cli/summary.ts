/** Counts over a run, and the exit code they lead to. */
import type { Finding, Severity } from "../domain/finding";
import { FATAL_FILE_CODES, type FileResult } from "./file-result";

export type Counts = Record<Severity, number>;

export function countFindings(findings: Iterable<Finding>, into: Counts = { error: 0, warning: 0, info: 0 }): Counts {
  for (const f of findings) into[f.severity]++;
  return into;
}

/** Every finding of a file: its own and its projects'. */
export function allFindings(file: FileResult): Finding[] {
  return [...file.findings, ...file.projects.flatMap((p) => p.findings)];
}

export interface RunSummary extends Counts {
  files: number;
  projects: number;
}

export function summarise(files: FileResult[]): RunSummary {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  let projects = 0;
  for (const f of files) {
    countFindings(allFindings(f), counts);
    projects += f.projects.length;
  }
  return { files: files.length, projects, ...counts };
}

/**
 * 2 when a path was missing or a file could not be read, checked or saved; else 1 when any finding
 * is an error; else 0.
 */
export function exitCodeOf(files: FileResult[], missingPaths: number): number {
  if (missingPaths > 0) return 2;
  if (files.some((f) => f.findings.some((x) => FATAL_FILE_CODES.has(x.code)))) return 2;
  return files.some((f) => allFindings(f).some((x) => x.severity === "error")) ? 1 : 0;
}
