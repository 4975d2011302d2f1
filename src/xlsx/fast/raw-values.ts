/**
 * The raw <v> text of some cells, straight from the worksheet XML, for read.ts to give back the number
 * of a date-formatted cell that exceljs turned into an invalid Date. Found the way exceljs finds the
 * parts (workbook.xml → relationships → worksheet), with the fast reader's parsers, so that it works
 * whatever order a writer puts the attributes in (openpyxl and .NET write Type, Target, Id).
 */
import { entryBytes, readCentralDirectory } from "../zip";
import { readRelationships, readWorkbookPart, worksheetPath } from "./parts";
import { readWorksheetPart } from "./worksheet";

/** sheet name → cell address → raw <v> text, for the sheets asked for; throws when the file cannot be followed. */
export function rawCellValues(data: Uint8Array, sheets: string[]): Map<string, Map<string, string>> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const entries = readCentralDirectory(bytes) ?? [];
  const text = (name: string): string | undefined => {
    const e = entries.find((x) => (x.name.startsWith("/") ? x.name.slice(1) : x.name) === name);
    return e ? entryBytes(bytes, e)?.toString("utf8") : undefined;
  };
  const out = new Map<string, Map<string, string>>();
  const workbook = readWorkbookPart(text("xl/workbook.xml") ?? "");
  const rels = readRelationships(text("xl/_rels/workbook.xml.rels") ?? "<Relationships/>");
  for (const sheet of workbook.sheets) {
    if (!sheets.includes(sheet.name) || out.has(sheet.name)) continue;
    const target = sheet.rId === undefined ? undefined : rels.get(sheet.rId)?.target;
    const xml = target === undefined ? undefined : text(worksheetPath(target));
    if (xml === undefined) continue;
    const values = new Map<string, string>();
    for (const row of readWorksheetPart(xml).rows) {
      for (const cell of row.cells) if (cell.address !== undefined && cell.value !== undefined) values.set(cell.address, cell.value);
    }
    out.set(sheet.name, values);
  }
  return out;
}
