/**
 * "导出检查结果": every finding as a CSV file Excel opens with the Chinese intact; "复制检查结果": the
 * same rows tab-separated on the clipboard, for WebViews that block downloads.
 */
import type { StoredReport } from "../../services/results-store";
import { uiStrings } from "../../strings/ui";
import { collectFindings } from "./findings";
import { formatDateCompact } from "../format";

/** UTF-8 byte order mark: without it Excel reads the file in the system code page (GBK) and garbles it. */
const BOM = "\uFEFF";

/** A formula-like field with the apostrophe Excel reads as "this is text" (CSV injection). */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One CSV field. Workbook text is untrusted: a field that starts like a formula is prefixed with an
 * apostrophe so Excel shows it as text instead of evaluating it (CSV injection).
 */
export function csvField(value: string): string {
  const safe = defuse(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One tab-separated field: tabs and line breaks would split the row when pasted, so they become spaces. */
export function tsvField(value: string): string {
  return defuse(value).replace(/[\t\r\n]+/g, " ");
}

function findingRows(report: StoredReport): string[][] {
  const rows: string[][] = [[...uiStrings.pane.csv.header]];
  for (const f of collectFindings(report)) {
    rows.push([f.sheet, f.cell ?? "", f.project, uiStrings.pane.severity[f.severity], f.code, f.message]);
  }
  return rows;
}

/** The CSV text (with BOM, CRLF line ends) of all findings: 工作表, 单元格, 项目, 严重程度, 代码, 说明. */
export function findingsCsv(report: StoredReport): string {
  return BOM + findingRows(report).map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** The same rows tab-separated (no BOM): what Excel splits into columns when pasted. */
export function findingsTsv(report: StoredReport): string {
  return findingRows(report).map((row) => row.map(tsvField).join("\t")).join("\r\n") + "\r\n";
}

export function csvFileName(now: Date): string {
  return uiStrings.pane.csv.fileName(formatDateCompact(now));
}

/** Hands the text to the browser as a download (Blob + `<a download>`). */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Puts the text on the clipboard; false when the browser has no clipboard API or refuses (an Office
 * WebView without clipboard permission), so the caller can show the text for the user to copy.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  if (typeof navigator === "undefined" || typeof navigator.clipboard?.writeText !== "function") return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    console.warn("[selfeval] clipboard refused", error);
    return false;
  }
}
