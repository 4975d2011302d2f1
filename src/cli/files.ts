/** Which files a run checks, and where their checked copies go. */
import { promises as fs } from "fs";
import * as path from "path";

export interface InputFile {
  /** The path as shown to the user (as given, or joined under the folder given). */
  path: string;
  /** Folder the file was found in when a folder was given, for mirroring under --out. */
  root?: string;
}

export interface CollectedInputs {
  files: InputFile[];
  /** Paths that do not exist (or cannot be opened). */
  missing: string[];
  /** Folders given that hold no .xlsx file. */
  emptyFolders: string[];
}

const CHECKED_SUFFIX = ".checked.xlsx";

/** True for a name the folder walk picks up: .xlsx, not an Excel lock file, not our own output. */
export function isCheckableName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".xlsx") && !name.startsWith("~$") && !lower.endsWith(CHECKED_SUFFIX);
}

/**
 * Expands the paths given on the command line: files as given (whatever their extension, so that a
 * wrong file is reported rather than ignored), folders walked recursively in name order. `skipDir`
 * (the --out folder) is not walked, so a run never re-reads its own outputs.
 */
export async function collectInputs(inputs: string[], skipDir?: string): Promise<CollectedInputs> {
  const result: CollectedInputs = { files: [], missing: [], emptyFolders: [] };
  const seen = new Set<string>();
  const skip = skipDir ? path.resolve(skipDir) : undefined;
  const add = (file: InputFile) => {
    const key = path.resolve(file.path);
    if (seen.has(key)) return;
    seen.add(key);
    result.files.push(file);
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      result.missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(input, found, skip);
      if (found.length === 0) result.emptyFolders.push(input);
      for (const f of found) add({ path: f, root: input });
    } else {
      add({ path: input });
    }
  }
  return result;
}

async function walk(dir: string, out: string[], skip: string | undefined): Promise<void> {
  if (skip && path.resolve(dir) === skip) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed: no loops.
    if (entry.isDirectory()) await walk(full, out, skip);
    else if (isCheckableName(entry.name) && (entry.isFile() || (await isFile(full)))) out.push(full);
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

/** `NAME.xlsx` → `NAME.checked.xlsx` beside it. */
export function checkedPath(input: string): string {
  const ext = path.extname(input);
  const base = ext ? input.slice(0, -ext.length) : input;
  return `${base}.checked${ext.toLowerCase() === ".xlsx" ? ext : ".xlsx"}`;
}

/**
 * Where the checked copy of an input goes. With an --out folder: the input's own name there
 * (sub-folders of a walked folder mirrored). Never the input itself; never a path already used in
 * this run (a " (2)" suffix is added).
 */
export function outputPath(file: InputFile, outDir: string | undefined, used: Set<string>): string {
  let target: string;
  if (outDir === undefined) {
    target = checkedPath(file.path);
  } else {
    const rel = file.root ? path.relative(file.root, file.path) : path.basename(file.path);
    target = path.join(outDir, rel);
    if (path.resolve(target) === path.resolve(file.path)) target = checkedPath(target);
  }
  let candidate = target;
  for (let n = 2; used.has(path.resolve(candidate)) || path.resolve(candidate) === path.resolve(file.path); n++) {
    const ext = path.extname(target);
    candidate = `${target.slice(0, target.length - ext.length)} (${n})${ext}`;
  }
  used.add(path.resolve(candidate));
  return candidate;
}

/** Writes bytes to a new file through a temporary name, so a failed save leaves nothing half-written. */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}
