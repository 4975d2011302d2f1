/** Checks one workbook file: read, run the engine, optionally save a checked copy. */
import * as path from "path";
import type ExcelJS from "exceljs";
import { checkWorkbook } from "../domain/engine";
import type { Finding } from "../domain/finding";
import type { CheckOptions, ProjectReport, WorkbookReport } from "../domain/report-types";
import { CLI_TEXT, IO_REASONS } from "../strings/cli";
import { applyPlan, type ApplyResult } from "../xlsx/apply";
import { gridsFromWorkbook, loadWorkbookFile } from "../xlsx/read";
import { writeFileAtomic } from "./files";

/** Codes of file-level findings the command itself reports. */
export const FILE_CODES = {
  unreadable: "file-unreadable",
  internal: "internal-error",
  writeFailed: "write-failed",
  formulaKept: "formula-kept",
} as const;

/** File-level findings after which the file counts as not checked (exit code 2). */
export const FATAL_FILE_CODES: ReadonlySet<string> = new Set([
  FILE_CODES.unreadable,
  FILE_CODES.internal,
  FILE_CODES.writeFailed,
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
}

export interface RunFileOptions {
  check: CheckOptions;
  /** Where to save the checked copy; absent: do not write. */
  output?: string;
  notes: boolean;
}

/** Reads, checks and (optionally) writes one file; never throws. */
export async function runFile(file: string, options: RunFileOptions): Promise<FileResult> {
  const result: FileResult = { file, checked: false, findings: [], projects: [], sheets: [] };

  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbookFile(file);
  } catch {
    const notXlsx = path.extname(file).toLowerCase() !== ".xlsx";
    result.findings.push(
      fileFinding(FILE_CODES.unreadable, notXlsx ? CLI_TEXT.fileNotXlsx(file) : CLI_TEXT.fileUnreadable(file)),
    );
    return result;
  }

  let report: WorkbookReport;
  try {
    report = checkWorkbook(gridsFromWorkbook(wb), options.check);
  } catch (err) {
    result.findings.push(fileFinding(FILE_CODES.internal, CLI_TEXT.internalError(file, reasonOf(err))));
    return result;
  }
  result.checked = true;
  result.findings.push(...report.findings);
  result.projects = report.projects;
  result.sheets = report.sheets;

  if (options.output !== undefined) {
    try {
      const applied = applyPlan(wb, report.plan, { notes: options.notes });
      for (const s of applied.skipped) {
        if (s.reason === "formula-cell") {
          result.findings.push({
            ...fileFinding(FILE_CODES.formulaKept, CLI_TEXT.formulaKept(`${s.sheet}!${s.cell}`), "info"),
            sheet: s.sheet,
            cell: s.cell,
          });
        }
      }
      const bytes = await wb.xlsx.writeBuffer();
      await writeFileAtomic(options.output, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer));
      result.output = options.output;
      result.applied = applied;
    } catch (err) {
      result.findings.push(fileFinding(FILE_CODES.writeFailed, CLI_TEXT.writeFailed(options.output, reasonOf(err))));
    }
  }
  return result;
}

function fileFinding(code: string, message: string, severity: Finding["severity"] = "error"): Finding {
  return { code, severity, message, sheet: "" };
}

/** A short Chinese reason for a failure: known system error codes by name, else the message. */
function reasonOf(err: unknown): string {
  const code = err && typeof err === "object" && "code" in err ? (err as { code: unknown }).code : undefined;
  if (typeof code === "string" && code in IO_REASONS) return IO_REASONS[code as keyof typeof IO_REASONS];
  return err instanceof Error ? err.message : String(err);
}
