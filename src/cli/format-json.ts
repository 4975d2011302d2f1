/** The --json report: one document, version 1. Fields may be added; existing ones keep their meaning. */
import type { Finding } from "../domain/finding";
import type { IndicatorReport, ProjectReport } from "../domain/report/types";
import type { FileResult } from "./file-result";
import { countFindings, type RunSummary } from "./summary";

export const JSON_REPORT_VERSION = 1;

export interface JsonFinding {
  code: string;
  severity: Finding["severity"];
  /** null for a finding about the whole file. */
  sheet: string | null;
  cell: string | null;
  message: string;
  data?: Record<string, unknown>;
  /** A deviation's draft explanation (text with 【请填写】 for cause and measures). */
  draft?: string;
  /** Where --draft-explanations puts the draft; null when the form has no such cell. */
  draftCell?: string | null;
}

export function jsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet === "" ? null : f.sheet,
    cell: f.cell ?? null,
    message: f.message,
  };
  if (f.data !== undefined) out.data = f.data;
  if (f.draft) {
    out.draft = f.draft.text;
    out.draftCell = f.draft.cell ?? null;
  }
  return out;
}

function jsonIndicator(i: IndicatorReport) {
  return {
    cell: i.cell,
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    target: i.target,
    actual: i.actual,
    weight: i.weight,
    score: i.score,
    computedScore: i.computedScore,
    scoreSource: i.scoreSource,
  };
}

function jsonProject(p: ProjectReport) {
  return {
    sheet: p.sheet,
    range: p.range,
    variant: p.variant,
    name: p.name,
    year: p.year ?? null,
    funds: {
      initial: p.funds.initial,
      annual: p.funds.annual,
      executed: p.funds.executed,
      rate: p.funds.rate,
      rateScore: p.funds.rateScore,
    },
    indicators: p.indicators.map(jsonIndicator),
    total: p.total,
    grade: p.grade,
    counts: countFindings(p.findings),
    findings: p.findings.map(jsonFinding),
  };
}

function jsonFile(f: FileResult) {
  return {
    file: f.file,
    checked: f.checked,
    output: f.output ?? null,
    written: f.applied
      ? {
          cells: f.applied.written,
          formulas: f.applied.formulas,
          highlights: f.applied.highlighted,
          notes: f.applied.notesAdded + f.applied.notesReplaced + f.applied.notesAppended,
        }
      : null,
    drafts: f.drafts ? { written: f.drafts.written, skipped: f.drafts.skipped } : null,
    sheets: f.sheets,
    findings: f.findings.map(jsonFinding),
    projects: f.projects.map(jsonProject),
  };
}

/** The report as one JSON document, ending with a newline. */
export function formatJson(
  profile: string,
  files: FileResult[],
  summary: RunSummary,
  missingPaths: string[],
  exitCode: number,
): string {
  const doc = {
    version: JSON_REPORT_VERSION,
    profile,
    exitCode,
    summary,
    missingPaths,
    files: files.map(jsonFile),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
