/**
 * Per-file guards: a file, or one part of it once unzipped, too large to read. Checked from the zip's
 * central directory before exceljs sees the file, so a 600 MB sheet XML is reported as too large
 * (with its size) rather than failing deep inside the reader as "damaged or encrypted".
 */
import { inflateRawSync } from "zlib";
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

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

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

/** The entries of a zip's central directory (zip64 sizes included), or null when there is none. */
export function readCentralDirectory(data: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return null;
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    // Zip64: the locator sits just before the classic record and points at the zip64 record.
    const locator = eocd - 20;
    if (locator < 0 || data.readUInt32LE(locator) !== 0x07064b50) return null;
    const record = Number(data.readBigUInt64LE(locator + 8));
    if (record + 56 > data.length || data.readUInt32LE(record) !== 0x06064b50) return null;
    count = Number(data.readBigUInt64LE(record + 32));
    offset = Number(data.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      name: data.toString("utf8", at + 46, at + 46 + nameLength),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
    };
    readZip64Extra(data, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= stop; at--) {
    if (data.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}

/** Zip64 extra field: the 64-bit values, in order, of those fields whose 32-bit value is all ones. */
function readZip64Extra(data: Buffer, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = data.readUInt16LE(at);
    const size = data.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => {
        const v = p + 8 <= at + 4 + size ? Number(data.readBigUInt64LE(p)) : NaN;
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The text of a small entry (workbook.xml and its relationships), or "" when it cannot be read. */
function entryText(data: Buffer, entries: ZipEntry[], name: string): string {
  const e = entries.find((x) => x.name === name);
  if (!e || e.size > 16 * 2 ** 20) return "";
  try {
    const at = e.localOffset;
    if (data.readUInt32LE(at) !== 0x04034b50) return "";
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    const raw = data.subarray(start, start + e.compressedSize);
    if (e.method === 0) return raw.toString("utf8");
    if (e.method === 8) return inflateRawSync(raw).toString("utf8");
  } catch {
    // An unreadable directory part: the message names the part path instead of the sheet.
  }
  return "";
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
