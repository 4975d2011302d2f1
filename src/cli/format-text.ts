/** The human-readable report: one block per file, one per project, then a summary line. */
import Decimal from "decimal.js";
import type { Finding } from "../domain/finding";
import type { ProjectReport } from "../domain/report/types";
import { SEVERITY_LABELS } from "../domain/finding";
import { CLI_TEXT } from "../strings/cli";
import type { FileResult } from "./file-result";
import { countFindings, type RunSummary } from "./summary";

/** A decimal fraction as a percent with 2 decimals, half-up ("0.99832" → "99.83%"). */
export function formatPercent(rate: string | null): string {
  if (rate === null || rate === "") return CLI_TEXT.missing;
  try {
    return `${new Decimal(rate).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
  } catch {
    return CLI_TEXT.missing;
  }
}

/** A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation. */
export function sheetRef(sheet: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function formatFinding(f: Finding): string {
  const severity = SEVERITY_LABELS[f.severity];
  if (!f.sheet) return CLI_TEXT.findingLineNoRef(severity, f.message);
  const ref = f.cell ? `${sheetRef(f.sheet)}!${f.cell}` : sheetRef(f.sheet);
  return CLI_TEXT.findingLine(severity, ref, f.message);
}

function orMissing(v: string | null | undefined): string {
  return v === null || v === undefined || v === "" ? CLI_TEXT.missing : v;
}

export function formatProject(p: ProjectReport): string[] {
  const counts = countFindings(p.findings);
  const lines = [
    CLI_TEXT.projectHeader(p.name || CLI_TEXT.unnamedProject, p.sheet, p.range),
    CLI_TEXT.projectFigures(formatPercent(p.funds.rate), orMissing(p.funds.rateScore), orMissing(p.total), orMissing(p.grade)),
    CLI_TEXT.projectCounts(counts.error, counts.warning, counts.info),
  ];
  for (const f of p.findings) lines.push(formatFinding(f));
  return lines;
}

export function formatFile(file: FileResult): string[] {
  const lines = [CLI_TEXT.fileHeader(file.file)];
  for (const p of file.projects) lines.push(...formatProject(p));
  if (file.checked && file.projects.length === 0) lines.push(CLI_TEXT.noProjects);
  if (file.findings.length > 0) {
    lines.push(CLI_TEXT.fileFindings);
    for (const f of file.findings) lines.push(formatFinding(f));
  }
  if (file.output && file.applied) {
    const a = file.applied;
    lines.push(CLI_TEXT.written(file.output, a.written, a.highlighted, a.notesAdded + a.notesReplaced + a.notesAppended));
    if (file.drafts) {
      lines.push(CLI_TEXT.draftsWritten(file.drafts.written));
      for (const s of file.drafts.skipped) lines.push(CLI_TEXT.draftSkipped(`${s.sheet}!${s.cell}`, s.reason));
    }
  }
  return lines;
}

/** The whole report as text, ending with a newline. */
export function formatText(files: FileResult[], summary: RunSummary, missing: number): string {
  const lines: string[] = [];
  for (const f of files) {
    lines.push(...formatFile(f), "");
  }
  lines.push(CLI_TEXT.summary(summary.files, summary.projects, summary.error, summary.warning, summary.info));
  if (missing > 0) lines.push(CLI_TEXT.missingSummary(missing));
  return lines.join("\n") + "\n";
}
