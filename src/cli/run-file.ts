/** Checks one workbook file: read, run the engine, optionally save a checked copy. */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { checkWorkbook } from "../domain/engine";
import type { Finding } from "../domain/finding";
import type { CheckOptions, WorkbookReport } from "../domain/report/types";
import { CLI_TEXT, IO_REASONS } from "../strings/cli";
import { applyPlan } from "../xlsx/apply";
import { gridsFromWorkbook, loadWorkbookBuffer } from "../xlsx/read";
import { FILE_CODES, type FileResult } from "./file-result";
import { writeFileAtomic } from "./files";
import { checkFileSize, checkPartSizes, DEFAULT_LIMITS, type GuardLimits } from "./guard";

export { FATAL_FILE_CODES, FILE_CODES, type FileResult } from "./file-result";

export interface RunFileOptions {
  check: CheckOptions;
  /** Where to save the checked copy; absent: do not write. */
  output?: string;
  notes: boolean;
  /** Size limits of the file and of its unzipped parts; default DEFAULT_LIMITS. */
  limits?: GuardLimits;
}

/** Reads, checks and (optionally) writes one file; never throws. */
export async function runFile(file: string, options: RunFileOptions): Promise<FileResult> {
  const result: FileResult = { file, checked: false, findings: [], projects: [], sheets: [] };

  const limits = options.limits ?? DEFAULT_LIMITS;
  let wb: ExcelJS.Workbook;
  try {
    // Sizes first: a file or sheet too large to read is said to be too large, not damaged.
    const stat = await fs.stat(file);
    const tooLarge = checkFileSize(file, stat.size, limits);
    const data = tooLarge ? undefined : await fs.readFile(file);
    const partTooLarge = data && checkPartSizes(file, data, limits);
    if (tooLarge || partTooLarge) {
      result.findings.push(fileFinding(FILE_CODES.tooLarge, (tooLarge || partTooLarge) as string));
      return result;
    }
    wb = await loadWorkbookBuffer(data as Buffer);
  } catch {
    const notXlsx = path.extname(file).toLowerCase() !== ".xlsx";
    result.findings.push(
      fileFinding(FILE_CODES.unreadable, notXlsx ? CLI_TEXT.fileNotXlsx(file) : CLI_TEXT.fileUnreadable(file)),
    );
    return result;
  }

  let report: WorkbookReport;
  try {
    // Without a copy to save, nothing is written back: no plan is built.
    report = checkWorkbook(gridsFromWorkbook(wb), { ...options.check, plan: options.output !== undefined });
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
      if (report.drafts) result.drafts = report.drafts;
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
