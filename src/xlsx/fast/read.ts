/**
 * A fast, read-only reader of .xlsx workbooks into the engine's grids, for `selfeval check` runs that
 * write no copy. It gives exactly the grids of gridsFromWorkbook(await loadWorkbookBuffer(data))
 * (test/xlsx/fast-read-parity.test.ts holds it to that over every workbook we have and over
 * hand-made XML), without loading exceljs itself (only four of its small modules, so that numbers,
 * dates, shared formulas and print-area ranges come out the same): a worker that loads exceljs spends 0.25 s on it before
 * its first file, and exceljs's streaming parser takes about three times as long per file.
 *
 * It mirrors exceljs 4.4's reading, quirks included, so that a file reads the same whether or not a
 * checked copy is written, and it fails where exceljs fails, as far as that can be seen without the
 * parts the grid does not need. Whatever it does not model throws FastReadUnsupported: the caller then
 * reads the file with exceljs. It is more lenient than exceljs in one way: the contents of drawings,
 * comments, tables, themes and document properties are not read (only whether exceljs would find
 * them), so damage inside those parts alone does not stop a check without --write.
 */
import type { Grid } from "../../domain/grid";
import { directoryIsExact, entryBytes, readCentralDirectory } from "../zip";
import { gridFromRawSheet } from "./cells";
import colCache from "exceljs/lib/utils/col-cache";
import { readRelationships, readSharedStrings, readStyles, readWorkbookPart, worksheetPath, type Relationship, type SheetEntry, type WorkbookPart } from "./parts";
import { FastReadUnsupported } from "./unsupported";
import { readWorksheetPart, type RawSheet } from "./worksheet";

export { FastReadUnsupported } from "./unsupported";

const unsupported = (what: string): never => {
  throw new FastReadUnsupported(what);
};

/** One grid per worksheet, in tab order; throws FastReadUnsupported for what it does not model. */
export function readGridsFast(data: Uint8Array): Grid[] {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!directoryIsExact(bytes)) unsupported("a zip directory jszip would read otherwise");
  const entries = readCentralDirectory(bytes) ?? unsupported("no zip directory");
  // exceljs reads every entry by its name without a leading "/".
  const byName = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    // jszip takes an entry with the DOS directory attribute for a folder, whatever its name.
    if ((e.externalAttributes & 0x10) !== 0) unsupported(`entry ${e.name} marked as a folder`);
    const name = e.name.startsWith("/") ? e.name.slice(1) : e.name;
    if (byName.has(name)) unsupported(`two entries ${name}`);
    byName.set(name, e);
  }
  const text = (name: string): string | undefined => {
    const e = byName.get(name);
    if (!e) return undefined;
    return (entryBytes(bytes, e) ?? unsupported(`entry ${name} not readable`)).toString("utf8");
  };

  const workbookXml = text("xl/workbook.xml") ?? unsupported("no xl/workbook.xml");
  const workbook = readWorkbookPart(workbookXml);
  const workbookRelsXml = text("xl/_rels/workbook.xml.rels");
  const workbookRels: Map<string, Relationship> = workbookRelsXml === undefined ? new Map() : readRelationships(workbookRelsXml);
  const stylesXml = text("xl/styles.xml");
  const styles = stylesXml === undefined ? undefined : readStyles(stylesXml);
  const sharedXml = text("xl/sharedStrings.xml");
  const sharedStrings = sharedXml === undefined ? undefined : readSharedStrings(sharedXml);

  // Worksheet parts as exceljs finds them: by this pattern on the entry name, in zip order.
  const parts: { path: string; sheetNo: string }[] = [];
  const sheetRels = new Map<string, string>();
  for (const name of byName.keys()) {
    const sheet = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(name);
    if (sheet) {
      parts.push({ path: name, sheetNo: sheet[1] });
      continue;
    }
    const rels = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(name);
    if (rels) sheetRels.set(rels[1], name);
  }

  // workbook.xml's <sheet> entries, through the workbook's relationships, name those parts (a later
  // entry naming the same part wins); an entry whose part is not among them (a chartsheet) is skipped.
  // `found` keeps them in order, one per entry: exceljs's own list, which its print areas index.
  const entryOf = new Map<string, SheetEntry>();
  const found: SheetEntry[] = [];
  for (const sheet of workbook.sheets) {
    const rel = sheet.rId === undefined ? undefined : workbookRels.get(sheet.rId);
    if (!rel) continue;
    if (rel.target === undefined) unsupported("a sheet relationship without a target");
    const path = worksheetPath(rel.target as string);
    if (!parts.some((p) => p.path === path)) continue;
    entryOf.set(path, sheet);
    found.push(sheet);
  }

  // exceljs then makes a worksheet of each part, in zip order, in a slot by sheet id: a later sheet
  // with the same id replaces an earlier one; a name it refuses, or one another sheet in a slot
  // already has (whatever the letter case), fails the whole file. Only slots 1… (array indices) are
  // listed; a part no entry names is made (as "sheetundefined") and not listed.
  const slots = new Map<number, { part: (typeof parts)[number]; entry: SheetEntry; name: string }>();
  for (const part of parts) {
    const entry = entryOf.get(part.path);
    const name = sheetName(entry ? entry.name : "sheetundefined");
    for (const taken of slots.values()) if (taken.name.toLowerCase() === name.toLowerCase()) unsupported(`two sheets named ${name}`);
    if (entry && Number.isInteger(entry.id) && entry.id >= 0 && entry.id < 2 ** 32 - 1) slots.set(entry.id, { part, entry, name });
  }
  // Tab order: where each listed sheet's id first appears among workbook.xml's <sheet> entries.
  const orderOf = (id: number) => workbook.sheets.findIndex((s) => s.id === id);
  const listed = [...slots.entries()].filter(([id]) => id >= 1).sort(([a], [b]) => orderOf(a) - orderOf(b) || a - b);

  checkPrintAreas(workbook.printAreas, found);
  // exceljs reads every relationships part it knows, and every worksheet part, listed or not, and
  // reconciles each with its relationships: a part it fails on fails the whole file.
  for (const name of byName.keys()) {
    if (name === "_rels/.rels" || /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.test(name)) readRelationships(text(name) as string);
  }
  const relsOf = new Map<string, Map<string, Relationship>>();
  for (const [sheetNo, path] of sheetRels) relsOf.set(sheetNo, readRelationships(text(path) as string));
  const partKeys = linkedPartKeys([...byName.keys()]);
  const context = (part: (typeof parts)[number], name: string, hidden: boolean) => ({
    name,
    hidden,
    styles,
    sharedStrings,
    date1904: workbook.date1904,
    rels: relsOf.get(part.sheetNo),
  });
  const listedParts = new Set(listed.map(([, { part }]) => part));
  for (const part of parts) {
    if (listedParts.has(part)) continue;
    const raw = readWorksheetPart(text(part.path) as string);
    checkLinkedParts(raw, relsOf.get(part.sheetNo), partKeys);
    gridFromRawSheet(raw, context(part, "", false));
  }

  return listed.map(([, { part, entry, name }]) => {
    const raw = readWorksheetPart(text(part.path) as string);
    checkLinkedParts(raw, relsOf.get(part.sheetNo), partKeys);
    return gridFromRawSheet(raw, context(part, name, entry.state === "hidden" || entry.state === "veryHidden"));
  });
}

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** The keys by which exceljs finds comments, VML drawings, tables and drawings from a sheet's relationships. */
interface PartKeys {
  comments: Set<string>;
  vml: Set<string>;
  tables: Set<string>;
  drawings: Set<string>;
}

function linkedPartKeys(names: string[]): PartKeys {
  const keys: PartKeys = { comments: new Set(), vml: new Set(), tables: new Set(), drawings: new Set() };
  for (const name of names) {
    let m = /xl\/(comments\d+)[.]xml/.exec(name);
    if (m) keys.comments.add(`../${m[1]}.xml`);
    m = /xl\/drawings\/(vmlDrawing\d+)[.]vml/.exec(name);
    if (m) keys.vml.add(`../drawings/${m[1]}.vml`);
    m = /xl\/tables\/(table\d+)[.]xml/.exec(name);
    if (m) keys.tables.add(`../tables/${m[1]}.xml`);
    m = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.exec(name);
    if (m) keys.drawings.add(m[1]);
  }
  return keys;
}

/**
 * exceljs's worksheet reconcile looks up the sheet's comments (and with them its VML drawings), its
 * table parts and its drawing by relationship target, and fails when one is not where it looks.
 */
function checkLinkedParts(raw: RawSheet, rels: Map<string, Relationship> | undefined, keys: PartKeys): void {
  const all = [...(rels?.values() ?? [])];
  const hasComments = all.some((r) => r.type === `${REL_TYPE}comments`);
  for (const r of all) {
    if (r.type === `${REL_TYPE}comments` && !keys.comments.has(String(r.target))) unsupported(`comments at ${r.target}`);
    if (hasComments && r.type === `${REL_TYPE}vmlDrawing` && !keys.vml.has(String(r.target))) unsupported(`VML drawing at ${r.target}`);
  }
  for (const rId of raw.tableRIds) {
    const target = rels?.get(rId)?.target;
    if (target === undefined || !keys.tables.has(target)) unsupported(`table part ${rId}`);
  }
  if (raw.drawingRId !== undefined) {
    const target = rels?.get(raw.drawingRId)?.target ?? unsupported(`drawing ${raw.drawingRId}`);
    const m = /\/drawings\/([a-zA-Z0-9]+)[.][a-zA-Z]{3,4}$/.exec(target);
    if (m && !keys.drawings.has(m[1])) unsupported(`drawing at ${target}`);
  }
}

/**
 * exceljs sets the print area of each sheet a _xlnm.Print_Area names (by its position among the
 * sheets it found) from the first range it can read there, and fails when there is none.
 */
function checkPrintAreas(printAreas: WorkbookPart["printAreas"], found: SheetEntry[]): void {
  for (const area of printAreas) {
    if (area.localSheetId === undefined || !found[area.localSheetId]) continue;
    if (extractRanges(area.text).length === 0) unsupported(`print area ${area.text}`);
  }
}

/** exceljs's reading of a defined name's ranges (defined-name-xform.js extractRanges). */
function extractRanges(text: string): string[] {
  const valid = (range: string) => {
    try {
      colCache.decodeEx(range);
      return true;
    } catch {
      return false;
    }
  };
  const ranges: string[] = [];
  let quotesOpened = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = (item.match(/'/g) || []).length;
    if (!quotes) {
      if (quotesOpened) last += `${item},`;
      else if (valid(item)) ranges.push(item);
      continue;
    }
    const quotesEven = quotes % 2 === 0;
    if (!quotesOpened && quotesEven && valid(item)) ranges.push(item);
    else if (quotesOpened && !quotesEven) {
      quotesOpened = false;
      if (valid(last + item)) ranges.push(last + item);
      last = "";
    } else {
      quotesOpened = true;
      last += `${item},`;
    }
  }
  return ranges;
}

/**
 * A name exceljs's worksheet takes; what it refuses is unsupported here. Over 31 characters it cuts
 * the name, then sets it a second time, finds the sheet itself under the cut name and fails.
 */
function sheetName(name: string): string {
  if (name === "" || name === "History" || name.length > 31 || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) unsupported(`sheet name ${name}`);
  return name;
}
