/** Checks one workbook file: read, run the engine, optionally save a checked copy. */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { checkWorkbook } from "../domain/engine";
import type { Finding } from "../domain/finding";
import type { CheckOptions, WorkbookReport } from "../domain/report/types";
import { CLI_TEXT, IO_REASONS } from "../strings/cli";
import type { Grid } from "../domain/grid";
import { readGridsFast } from "../xlsx/fast/read";
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
  let wb: ExcelJS.Workbook | undefined;
  let grids: Grid[] | null = null;
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
    // Without a copy to write, the fast reader gives the same grids without loading exceljs itself
    // (a quarter of a second per worker) and in a fraction of the time; whatever it does not model,
    // and any failure of its own, goes to exceljs, which then decides as it always did.
    if (options.output === undefined) grids = fastGrids(data as Buffer);
    if (!grids) wb = await (await import("../xlsx/read")).loadWorkbookBuffer(data as Buffer);
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
    grids ??= (await import("../xlsx/read")).gridsFromWorkbook(wb as ExcelJS.Workbook);
    report = checkWorkbook(grids, { ...options.check, plan: options.output !== undefined });
  } catch (err) {
    result.findings.push(fileFinding(FILE_CODES.internal, CLI_TEXT.internalError(file, reasonOf(err))));
    return result;
  }
  result.checked = true;
  result.findings.push(...report.findings);
  result.projects = report.projects;
  result.sheets = report.sheets;

  if (options.output !== undefined && wb) {
    try {
      const { applyPlan } = await import("../xlsx/apply");
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

/** The grids by the fast reader, or null when it does not read this file (exceljs then reads it). */
function fastGrids(data: Buffer): Grid[] | null {
  try {
    return readGridsFast(data);
  } catch {
    return null;
  }
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
