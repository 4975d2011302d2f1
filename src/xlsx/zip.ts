/**
 * The zip container of an .xlsx, read directly: its central directory and the bytes of one entry.
 * Used by the CLI's size guard (before any reader sees the file) and by the fast reader.
 */
import { inflateRawSync } from "zlib";

export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 0: encrypted. */
  flags: number;
  /** 0 stored, 8 deflated; anything else is not read here. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** External file attributes; bit 4 (0x10): a directory, for DOS. */
  externalAttributes: number;
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
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localOffset: data.readUInt32LE(at + 42),
      externalAttributes: data.readUInt32LE(at + 38),
    };
    readZip64Extra(data, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Where jszip finds the end-of-central-directory record (the last signature in the file), or -1
 * unless exactly its comment follows it. A record inside a comment, or bytes after the comment, make
 * jszip, which exceljs reads with, fail or read otherwise: the fast reader leaves such files to it.
 */
function lastEndRecord(data: Buffer): number {
  const eocd = data.lastIndexOf(END_SIGNATURE);
  return eocd >= 0 && eocd + 22 <= data.length && eocd + 22 + data.readUInt16LE(eocd + 20) === data.length ? eocd : -1;
}

const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/**
 * Whether the central directory is exactly what its end record says: `count` entries filling `size`
 * bytes from `offset`, ending where the end record starts, no zip64. jszip reads a directory that
 * differs in any of these otherwise (or not at all); the fast reader leaves such files to it.
 */
export function directoryIsExact(data: Buffer): boolean {
  const eocd = lastEndRecord(data);
  if (eocd < 0) return false;
  const count = data.readUInt16LE(eocd + 10);
  const size = data.readUInt32LE(eocd + 12);
  const offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff || offset + size !== eocd) return false;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || data.readUInt32LE(at) !== 0x02014b50) return false;
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return at === eocd;
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

/**
 * The unzipped bytes of one entry, or null when this reader does not follow it (encrypted, a method
 * other than stored or deflated, a local header out of place, a size that does not match).
 */
export function entryBytes(data: Buffer, entry: ZipEntry): Buffer | null {
  if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) return null;
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) return null;
  // jszip names an entry by its local header; a different name there is not followed here.
  const nameLength = data.readUInt16LE(at + 26);
  if (data.toString("utf8", at + 30, at + 30 + nameLength) !== entry.name) return null;
  const start = at + 30 + nameLength + data.readUInt16LE(at + 28);
  if (start + entry.compressedSize > data.length) return null;
  const raw = data.subarray(start, start + entry.compressedSize);
  try {
    // Never inflate past the size the directory gives: a lying size is no reason to fill the memory.
    const bytes = entry.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    return bytes.length === entry.size ? bytes : null;
  } catch {
    return null;
  }
}
