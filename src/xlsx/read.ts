/** Reads .xlsx workbooks (exceljs) into plain grids for the engine. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { FormatKind, Grid, MergeArea } from "../domain/grid";
import { parseRange } from "../domain/grid";
import { formatKindOf } from "../domain/number-format";
import { rawCellValues } from "./fast/raw-values";
import { formulaText, GridBuilder, normaliseValue, sortMerges } from "./grid-builder";

export { normaliseValue } from "./grid-builder";

/** Loads an .xlsx file from disk and returns one grid per worksheet, in tab order. */
export async function readWorkbookFile(path: string): Promise<Grid[]> {
  return gridsFromWorkbook(await loadWorkbookFile(path));
}

/** Loads an .xlsx workbook held in memory and returns one grid per worksheet, in tab order. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer | Uint8Array): Promise<Grid[]> {
  return gridsFromWorkbook(await loadWorkbookBuffer(data));
}

/** Loads an .xlsx file into an exceljs workbook (kept for applying a plan afterwards). */
export async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookBuffer(await fs.readFile(path));
}

/** Loads an .xlsx workbook from bytes; throws when the bytes are not a readable .xlsx. */
export async function loadWorkbookBuffer(data: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types ask for its own Buffer alias; every form above is accepted at run time.
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  await restoreInvalidDates(wb, data);
  return wb;
}

/**
 * exceljs turns every number in a date-formatted cell into a Date; a serial beyond Excel's date range
 * (a date-formatted 1E+20, which Excel shows as ########) becomes an invalid Date, and writing the
 * workbook back then stores "NaN": the checked copy would lose the user's number and Excel would call
 * the file damaged. Such cells get their number back from the sheet XML (the value stays a number;
 * the engine reports it as a date that is not a number). Costs nothing when no such cell exists.
 */
async function restoreInvalidDates(wb: ExcelJS.Workbook, data: Buffer | ArrayBuffer | Uint8Array): Promise<void> {
  const invalid = (v: unknown): boolean => v instanceof Date && Number.isNaN(v.getTime());
  const bySheet = new Map<string, ExcelJS.Cell[]>();
  for (const ws of wb.worksheets) {
    eachStoredCell(ws, (cell) => {
      const type = cell.type;
      if (type !== ExcelJS.ValueType.Date && type !== ExcelJS.ValueType.Formula) return;
      const value = type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
      if (invalid(value)) bySheet.set(ws.name, [...(bySheet.get(ws.name) ?? []), cell]);
    });
  }
  if (bySheet.size === 0) return;
  let raw: Map<string, Map<string, string>>;
  try {
    raw = rawCellValues(data instanceof ArrayBuffer ? new Uint8Array(data) : data, [...bySheet.keys()]);
  } catch {
    return; // a part this cannot follow: the cells stay as exceljs read them
  }
  for (const [sheet, cells] of bySheet) {
    for (const cell of cells) {
      const text = raw.get(sheet)?.get(cell.address);
      const n = text === undefined ? NaN : Number(text);
      if (!Number.isFinite(n)) continue;
      if (cell.type === ExcelJS.ValueType.Formula) {
        const f = cell.value as ExcelJS.CellFormulaValue;
        cell.value = { ...f, result: n };
      } else {
        cell.value = n;
      }
    }
  }
}

/** One grid per worksheet of a loaded workbook, in tab order. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridFromWorksheet);
}

/**
 * Calls `fn` for every cell exceljs holds (blank cells with only a style included), row by row, left
 * to right. Walks exceljs's own row and cell arrays when they are there: its eachRow / eachCell and
 * `dimensions` would each walk the sheet once more through callbacks and getters.
 */
function eachStoredCell(ws: ExcelJS.Worksheet, fn: (cell: ExcelJS.Cell, row: number, col: number) => void): void {
  const rows = (ws as unknown as { _rows?: unknown })._rows;
  if (!Array.isArray(rows)) {
    ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => fn(cell, r, c)));
    return;
  }
  for (let r = 0; r < rows.length; r++) {
    const cells = (rows[r] as { _cells?: (ExcelJS.Cell | undefined)[] } | undefined)?._cells;
    if (!cells) continue;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell) fn(cell, r + 1, c + 1);
    }
  }
}

/** The used range of one worksheet as a grid: values, formulas ("=…"), merges and date / percent formats. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const builder = new GridBuilder(ws.name, ws.state === "hidden" || ws.state === "veryHidden", readMerges(ws));
  // exceljs shares one style object among the cells of one style: classify each object once.
  let lastStyle: Partial<ExcelJS.Style> | undefined;
  let lastKind: FormatKind | null = null;
  const kindOf = (cell: ExcelJS.Cell): FormatKind | null => {
    const style = cell.style;
    if (style !== lastStyle) {
      lastStyle = style;
      lastKind = formatKindOf(style?.numFmt);
    }
    return lastKind;
  };
  // One walk over the cells exceljs holds; the used range is known only at its end.
  eachStoredCell(ws, (cell, row, col) => {
    const type = cell.type;
    // Like Excel, only the top-left cell of a merge holds the value.
    if (type === ExcelJS.ValueType.Null || type === ExcelJS.ValueType.Merge) {
      builder.add(row, col, type === ExcelJS.ValueType.Merge, kindOf(cell));
      return;
    }
    const value = normaliseValue(type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value);
    const formula = type === ExcelJS.ValueType.Formula && cell.formula ? formulaText(cell.formula) : null;
    // exceljs has already made a Date of every number whose format it reads as a date: such a cell
    // is a date whatever formatKindOf makes of the code.
    builder.add(row, col, true, value instanceof Date ? "date" : kindOf(cell), value, formula);
  });
  return builder.finish();
}

/** Merged areas in sheet coordinates (0-based, inclusive). */
function readMerges(ws: ExcelJS.Worksheet): MergeArea[] {
  // `ws.model` rebuilds the model of every row; the merge table alone is enough, so read it when
  // exceljs exposes it (its ranges carry their 1-based bounds) and fall back to the public model.
  type Stored = { range?: string; model?: { top?: unknown; left?: unknown; bottom?: unknown; right?: unknown } };
  const table = (ws as unknown as { _merges?: Record<string, Stored | undefined> })._merges;
  const stored: (Stored | string | undefined)[] = table && typeof table === "object" ? Object.values(table) : ws.model.merges ?? [];
  const merges: MergeArea[] = [];
  for (const m of stored) {
    const area = typeof m === "string" ? parseRange(m) : m && (areaOf(m.model) ?? (typeof m.range === "string" ? parseRange(m.range) : null));
    if (area) merges.push(area);
  }
  return sortMerges(merges);
}

/** A 1-based {top, left, bottom, right} model as a 0-based area; null unless all four are positive integers. */
function areaOf(model: { top?: unknown; left?: unknown; bottom?: unknown; right?: unknown } | undefined): MergeArea | null {
  if (!model) return null;
  const { top, left, bottom, right } = model;
  if (!isIndex(top) || !isIndex(left) || !isIndex(bottom) || !isIndex(right)) return null;
  return { top: Math.min(top, bottom) - 1, left: Math.min(left, right) - 1, bottom: Math.max(top, bottom) - 1, right: Math.max(left, right) - 1 };
}

function isIndex(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) > 0;
}

