/**
 * Workbooks for the stand-in, read in Node: values, formulas and merges through the project's own
 * reader (src/xlsx/read.ts, so the pane sees what the command line sees), and number formats, fills
 * and notes straight from exceljs. The result is plain JSON (a StandinBook).
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cellAddress } from "../../../src/domain/grid";
import { gridsFromWorkbook, loadWorkbookFile } from "../../../src/xlsx/read";
import type { FakeCell, FakeSheetSpec } from "../../office-standin/fake-excel";
import { specFromGrid } from "../../office-standin/book";
import type { StandinBook } from "../../office-standin/protocol";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
export const SAMPLE = path.join(ROOT, "samples", "2023年度项目支出绩效自评表-样例.xlsx");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

/** "FFFFC7CE" (ARGB) → "#FFC7CE"; null for theme or indexed colours, which a file alone cannot resolve. */
function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text?: string }[] }).texts ?? [];
  return texts.map((t) => t.text ?? "").join("");
}

/** The sheets of an .xlsx file as stand-in sheet specs. */
export async function sheetsFromXlsx(file: string): Promise<FakeSheetSpec[]> {
  const wb = await loadWorkbookFile(file);
  const grids = gridsFromWorkbook(wb);
  return wb.worksheets.map((ws, i) => {
    const spec = specFromGrid(grids[i]);
    const cells = spec.cells as Record<string, Partial<FakeCell> | string | number | boolean>;
    const notes: Record<string, string> = {};
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // styles and notes of a merge live on its master
        const addr = cellAddress(r - 1, c - 1);
        const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null;
        const fill = fillOf(cell);
        if (numberFormat !== null || fill !== null) {
          const existing = cells[addr];
          const base: Partial<FakeCell> =
            existing === undefined ? {} : typeof existing === "object" ? { ...existing } : existingAsCell(existing);
          if (numberFormat !== null) base.numberFormat = numberFormat;
          if (fill !== null) base.fill = fill;
          cells[addr] = base;
        }
        const note = noteText(cell.note);
        if (note !== null) notes[addr] = note;
      }),
    );
    if (ws.state === "hidden" || ws.state === "veryHidden") spec.visibility = ws.state === "hidden" ? "Hidden" : "VeryHidden";
    return Object.keys(notes).length > 0 ? { ...spec, notes } : spec;
  });
}

/** A constant (or "=formula" / "#ERROR!") spec entry as a full cell, so a format can be added to it. */
function existingAsCell(v: string | number | boolean): Partial<FakeCell> {
  if (typeof v === "string" && v.startsWith("=")) return { formula: v, value: "" };
  if (typeof v === "string" && /^#/.test(v)) return { error: v, value: "" };
  return { value: v };
}

/** A stand-in book for one fixture file. */
export async function bookFromXlsx(file: string, excelApi = "1.18", extra: Partial<StandinBook> = {}): Promise<StandinBook> {
  return { excelApi, ...extra, sheets: await sheetsFromXlsx(file) };
}

/**
 * A workbook of `count` project sheets made by repeating `projectSheets` in turn, each copy under a
 * new unique name ("37.食堂经费"), for measuring round trips against the number of sheets.
 */
export function repeatSheets(projectSheets: FakeSheetSpec[], count: number): FakeSheetSpec[] {
  const out: FakeSheetSpec[] = [];
  for (let i = 0; i < count; i++) {
    const source = projectSheets[i % projectSheets.length];
    const base = source.name.replace(/^\d+[.．、]\s*/, "");
    const name = `${i + 1}.${base}`.slice(0, 31); // Excel's limit on sheet names
    out.push(JSON.parse(JSON.stringify({ ...source, name })) as FakeSheetSpec);
  }
  return out;
}
