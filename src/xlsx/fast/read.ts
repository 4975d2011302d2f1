/**
 * A fast, read-only reader of .xlsx workbooks into the engine's grids, for `selfeval check` runs that
 * write no copy. It gives exactly the grids of gridsFromWorkbook(await loadWorkbookBuffer(data))
 * (test/xlsx/fast-read-parity.test.ts holds it to that over every workbook we have and over
 * hand-made XML), without loading exceljs: a worker that loads exceljs spends 0.25 s on it before its
 * first file, and exceljs's streaming parser takes several times as long per file.
 *
 * It mirrors exceljs 4.4's reading, quirks included, so that a file reads the same whether or not a
 * checked copy is written. Whatever it does not model throws FastReadUnsupported: the caller then
 * reads the file with exceljs. It is more lenient than exceljs in one way only: parts the grid does
 * not need (drawings, comments, document properties) are not read, so damage confined to them does
 * not stop the check.
 */
import type { Grid } from "../../domain/grid";
import { endRecordEndsFile, entryBytes, readCentralDirectory } from "../zip";
import { gridFromRawSheet } from "./cells";
import { readRelationships, readSharedStrings, readStyles, readWorkbookPart, type SheetEntry } from "./parts";
import { FastReadUnsupported } from "./unsupported";
import { readWorksheetPart } from "./worksheet";

export { FastReadUnsupported } from "./unsupported";

const unsupported = (what: string): never => {
  throw new FastReadUnsupported(what);
};

/** One grid per worksheet, in tab order; throws FastReadUnsupported for what it does not model. */
export function readGridsFast(data: Uint8Array): Grid[] {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (!endRecordEndsFile(bytes)) unsupported("the zip's end record is not at its end");
  const entries = readCentralDirectory(bytes) ?? unsupported("no zip directory");
  // exceljs reads every entry by its name without a leading "/".
  const byName = new Map<string, (typeof entries)[number]>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
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
  const workbookRels = workbookRelsXml === undefined ? new Map() : readRelationships(workbookRelsXml);
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
  const entryOf = new Map<string, SheetEntry>();
  for (const sheet of workbook.sheets) {
    const rel = sheet.rId === undefined ? undefined : workbookRels.get(sheet.rId);
    if (!rel) continue;
    if (rel.target === undefined) unsupported("a sheet relationship without a target");
    const path = `xl/${(rel.target as string).replace(/^(\s|\/xl\/)+/, "")}`;
    if (parts.some((p) => p.path === path)) entryOf.set(path, sheet);
  }

  // exceljs then makes a worksheet of each part, in zip order, in a slot by sheet id: a later sheet
  // with the same id replaces an earlier one; a name it refuses, or one another sheet in a slot
  // already has (whatever the letter case), fails the whole file. Only slots 1… are listed; a part no
  // entry names is made (as "sheetundefined") and not listed.
  const slots = new Map<number, { part: (typeof parts)[number]; entry: SheetEntry; name: string }>();
  for (const part of parts) {
    const entry = entryOf.get(part.path);
    const name = sheetName(entry ? entry.name : "sheetundefined");
    for (const taken of slots.values()) if (taken.name.toLowerCase() === name.toLowerCase()) unsupported(`two sheets named ${name}`);
    if (entry && Number.isInteger(entry.id) && entry.id >= 0) slots.set(entry.id, { part, entry, name });
  }
  // Tab order: where each listed sheet's id first appears among workbook.xml's <sheet> entries.
  const orderOf = (id: number) => workbook.sheets.findIndex((s) => s.id === id);
  const listed = [...slots.entries()].filter(([id]) => id >= 1).sort(([a], [b]) => orderOf(a) - orderOf(b) || a - b);

  return listed.map(([, { part, entry, name }]) => {
    const relsPath = sheetRels.get(part.sheetNo);
    const relsXml = relsPath === undefined ? undefined : text(relsPath);
    return gridFromRawSheet(readWorksheetPart(text(part.path) as string), {
      name,
      hidden: entry.state === "hidden" || entry.state === "veryHidden",
      styles,
      sharedStrings,
      date1904: workbook.date1904,
      rels: relsXml === undefined ? undefined : readRelationships(relsXml),
    });
  });
}

/**
 * A name exceljs's worksheet takes; what it refuses is unsupported here. Over 31 characters it cuts
 * the name, then sets it a second time, finds the sheet itself under the cut name and fails.
 */
function sheetName(name: string): string {
  if (name === "" || name === "History" || name.length > 31 || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name)) unsupported(`sheet name ${name}`);
  return name;
}
