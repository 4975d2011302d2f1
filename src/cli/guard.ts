/**
 * Per-file guards: a file, or one part of it once unzipped, too large to read. Checked from the zip's
 * central directory before any reader sees the file, so a 600 MB sheet XML is reported as too large
 * (with its size) rather than failing deep inside the reader as "damaged or encrypted".
 */
import { entryBytes, readCentralDirectory, type ZipEntry } from "../xlsx/zip";
import { GUARD_TEXT } from "../strings/report";

export interface GuardLimits {
  /** Largest file on disk that is read at all. */
  maxFileBytes: number;
  /** Largest single part (sheet XML, shared strings…) once unzipped. */
  maxPartBytes: number;
}

/**
 * 200 MB either way: the largest real workbook we know of (500 project sheets) is under 10 MB on disk
 * and 60 MB unzipped, while exceljs needs several times a part's size in memory and V8 cannot hold a
 * string over 512 MB at all.
 */
export const DEFAULT_LIMITS: GuardLimits = { maxFileBytes: 200 * 2 ** 20, maxPartBytes: 200 * 2 ** 20 };

/** Default time one file may take in a worker before it is stopped. */
export const DEFAULT_TIMEOUT_MS = 300_000;

/** A size in MB (or KB below 1 MB) with one decimal, for messages only. */
export function formatSize(bytes: number): string {
  if (bytes < 2 ** 20) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/** The file-level message when the file on disk is over the limit, else null. */
export function checkFileSize(file: string, size: number, limits: GuardLimits): string | null {
  return size > limits.maxFileBytes ? GUARD_TEXT.fileTooLarge(file, formatSize(size), formatSize(limits.maxFileBytes)) : null;
}

/**
 * The file-level message when a part of the zip is over the limit once unzipped, else null. A file
 * that is not a zip (or a zip this reader does not follow) passes: the reader then says what it is.
 */
export function checkPartSizes(file: string, data: Buffer, limits: GuardLimits): string | null {
  const entries = readCentralDirectory(data);
  if (!entries) return null;
  const big = entries.find((e) => e.size > limits.maxPartBytes);
  if (!big) return null;
  const sheet = sheetNameOfPart(data, entries, big.name);
  const part = sheet ? GUARD_TEXT.sheetPart(sheet, big.name) : GUARD_TEXT.otherPart(big.name);
  return GUARD_TEXT.partTooLarge(file, part, formatSize(big.size), formatSize(limits.maxPartBytes));
}

/** The text of a small entry (workbook.xml and its relationships), or "" when it cannot be read. */
function entryText(data: Buffer, entries: ZipEntry[], name: string): string {
  const e = entries.find((x) => x.name === name);
  // An unreadable directory part: the message names the part path instead of the sheet.
  if (!e || e.size > 16 * 2 ** 20) return "";
  return entryBytes(data, e)?.toString("utf8") ?? "";
}

/** The worksheet name a part path belongs to, through workbook.xml and its relationships. */
function sheetNameOfPart(data: Buffer, entries: ZipEntry[], part: string): string | null {
  const rels = entryText(data, entries, "xl/_rels/workbook.xml.rels");
  const workbook = entryText(data, entries, "xl/workbook.xml");
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
    const id = /\bId="([^"]+)"/.exec(tag)?.[1];
    if (!target || !id) continue;
    const resolved = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    if (resolved !== part) continue;
    for (const s of workbook.matchAll(/<sheet\b[^>]*>/g)) {
      if (new RegExp(`\\br:id="${id.replace(/[^\w]/g, "")}"`).test(s[0])) {
        const name = /\bname="([^"]*)"/.exec(s[0])?.[1];
        return name === undefined ? null : unescapeXml(name);
      }
    }
  }
  return null;
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
