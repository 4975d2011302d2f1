/**
 * The reviewers' table: one row per project across all files, and one per file that has no project
 * (unreadable, too large, no table found), so that no file goes missing from the report or summary.
 * Shared by the HTML report and the summary workbook; all figures are the engine's decimal strings.
 */
import type { Finding, Severity } from "../../domain/finding";
import type { Grade } from "../../domain/profiles/types";
import type { FileResult } from "../file-result";
import { countFindings } from "../summary";

export interface ReviewRow {
  /** Index of the file in the run (input order). */
  fileIndex: number;
  file: string;
  /** "" on a file row. */
  sheet: string;
  range: string;
  unit: string;
  /** Project name; "" when not filled in (or on a file row). */
  project: string;
  /** True for the row of a file without projects. */
  fileRow: boolean;
  year: number | null;
  annual: string | null;
  executed: string | null;
  /** Exact fraction as a decimal string. */
  rate: string | null;
  rateScore: string | null;
  total: string | null;
  grade: Grade | null;
  counts: Record<Severity, number>;
  findings: Finding[];
}

/** The rows of a run, in input order: files as given, projects as the engine reports them. */
export function reviewRows(files: FileResult[]): ReviewRow[] {
  const rows: ReviewRow[] = [];
  files.forEach((f, fileIndex) => {
    f.projects.forEach((p) => {
      rows.push({
        fileIndex,
        file: f.file,
        sheet: p.sheet,
        range: p.range,
        unit: p.unit,
        project: p.name,
        fileRow: false,
        year: p.year ?? null,
        annual: p.funds.annual,
        executed: p.funds.executed,
        rate: p.funds.rate,
        rateScore: p.funds.rateScore,
        total: p.total,
        grade: p.grade,
        counts: countFindings(p.findings),
        findings: p.findings,
      });
    });
    if (f.projects.length === 0) {
      rows.push({
        fileIndex,
        file: f.file,
        sheet: "",
        range: "",
        unit: "",
        project: "",
        fileRow: true,
        year: null,
        annual: null,
        executed: null,
        rate: null,
        rateScore: null,
        total: null,
        grade: null,
        counts: countFindings(f.findings),
        findings: f.findings,
      });
    }
  });
  return rows;
}

/** File-level findings of files that do have projects (their own row carries them otherwise). */
export function looseFindings(files: FileResult[]): { file: string; finding: Finding }[] {
  return files.filter((f) => f.projects.length > 0).flatMap((f) => f.findings.map((finding) => ({ file: f.file, finding })));
}
