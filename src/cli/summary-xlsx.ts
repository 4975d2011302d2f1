/**
 * The reviewers' summary workbook (`--summary NAME.xlsx`): the report's table as one sheet, one row
 * per project across all files (and one per file without projects), with real numbers and number
 * formats, a frozen header, an auto filter and a link to each source file.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { SUMMARY_TEXT } from "../strings/report";
import type { FileResult } from "./file-result";
import { reviewRows } from "./report/rows";

const H = SUMMARY_TEXT.headers;

/** Columns in order: key, header, width, number format. */
const COLUMNS: { key: keyof typeof H; width: number; format?: string }[] = [
  { key: "file", width: 36 },
  { key: "sheet", width: 22 },
  { key: "unit", width: 24 },
  { key: "project", width: 30 },
  { key: "year", width: 7, format: "0" },
  { key: "annual", width: 13, format: "#,##0.00####" },
  { key: "executed", width: 13, format: "#,##0.00####" },
  { key: "rate", width: 10, format: "0.00%" },
  { key: "rateScore", width: 10, format: "0.00" },
  { key: "total", width: 9, format: "0.00" },
  { key: "grade", width: 6 },
  { key: "errors", width: 6, format: "0" },
  { key: "warnings", width: 6, format: "0" },
  { key: "infos", width: 6, format: "0" },
  { key: "codes", width: 40 },
  { key: "link", width: 9 },
];

/**
 * A number for a cell. The engine's exact decimal string is written as Excel stores every number (a
 * double); no score is computed here, and the number format shows the engine's 2 places.
 */
function num(v: string | null): number | null {
  if (v === null || v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** A link target relative to the summary file (so that the folder can be moved as a whole). */
function linkTo(file: string, summaryPath: string): string {
  const rel = path.relative(path.dirname(path.resolve(summaryPath)), path.resolve(file));
  return rel.split(path.sep).join("/");
}

/** Builds the summary workbook for a run; `summaryPath` is where it will be saved (for the links). */
export function buildSummaryWorkbook(files: FileResult[], summaryPath: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SUMMARY_TEXT.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: H[c.key], key: c.key, width: c.width, style: c.format ? { numFmt: c.format } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
  for (const r of reviewRows(files)) {
    const row = ws.addRow({
      file: r.file,
      sheet: r.sheet || null,
      unit: r.unit || null,
      project: r.project || null,
      year: r.year,
      annual: num(r.annual),
      executed: num(r.executed),
      rate: num(r.rate),
      rateScore: num(r.rateScore),
      total: num(r.total),
      grade: r.grade,
      errors: r.counts.error,
      warnings: r.counts.warning,
      infos: r.counts.info,
      codes: [...new Set(r.findings.map((f) => f.code))].join(" ") || null,
    });
    row.getCell("link").value = { text: SUMMARY_TEXT.link, hyperlink: linkTo(r.file, summaryPath) };
    row.getCell("link").font = { color: { argb: "FF0563C1" }, underline: true };
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: COLUMNS.length } };
  return wb;
}

/** Builds and saves the summary workbook. */
export async function writeSummaryWorkbook(files: FileResult[], summaryPath: string): Promise<void> {
  const { writeFileAtomic } = await import("./files");
  const bytes = await buildSummaryWorkbook(files, summaryPath).xlsx.writeBuffer();
  await writeFileAtomic(summaryPath, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes as ArrayBuffer));
}
