/** Reads .xlsx workbooks (exceljs) into plain grids for the engine. */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellValue, Grid, MergeArea } from "../domain/grid";
import { parseAddress } from "../domain/grid";

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
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.type === ExcelJS.ValueType.Formula ? (cell.value as ExcelJS.CellFormulaValue).result : cell.value;
        if (invalid(value)) bySheet.set(ws.name, [...(bySheet.get(ws.name) ?? []), cell]);
      }),
    );
  }
  if (bySheet.size === 0) return;
  // jszip is the zip library exceljs itself reads with.
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const workbookXml = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  for (const [sheet, cells] of bySheet) {
    const rid = [...workbookXml.matchAll(/<sheet\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => unescapeXml(/\bname="([^"]*)"/.exec(tag)?.[1] ?? "") === sheet)
      ?.match(/\br:id="([^"]+)"/)?.[1];
    const target = rid && new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*\\bTarget="([^"]+)"`).exec(rels)?.[1];
    if (!target) continue;
    const xml = await text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    for (const cell of cells) {
      const raw = new RegExp(`<c\\b[^>]*\\br="${cell.address}"[^>]*>(?:(?!</c>)[\\s\\S])*?<v>([^<]*)</v>`).exec(xml)?.[1];
      const n = raw === undefined ? NaN : Number(raw);
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

/** The text of an XML attribute value. */
function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** One grid per worksheet of a loaded workbook, in tab order. */
export function gridsFromWorkbook(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(gridFromWorksheet);
}

/** The used range of one worksheet as a grid: values, formulas ("=…") and merges. */
export function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = {
    sheet: ws.name,
    top: 0,
    left: 0,
    values: [],
    formulas: [],
    merges: readMerges(ws),
  };
  if (ws.state === "hidden" || ws.state === "veryHidden") grid.hidden = true;

  // The range's raw model: its getters turn an empty sheet's zero range into A1.
  const dims = (ws.dimensions as unknown as { model?: { top: number; left: number; bottom: number; right: number } })
    .model;
  if (!dims || !dims.top || !dims.left) return grid;
  const top = dims.top;
  const left = dims.left;
  const height = dims.bottom - top + 1;
  const width = dims.right - left + 1;
  grid.top = top - 1;
  grid.left = left - 1;

  const values: CellValue[][] = new Array(height);
  const formulas: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    formulas[r] = new Array<string | null>(width).fill(null);
  }

  // Only rows and cells that exist are visited: linear in the cells the file actually holds.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const vr = values[rowNumber - top];
    const fr = formulas[rowNumber - top];
    if (!vr) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - left;
      if (c < 0 || c >= width) return;
      if (cell.type === ExcelJS.ValueType.Merge) return; // Like Excel: only the top-left cell holds the value.
      if (cell.type === ExcelJS.ValueType.Formula) {
        const text = cell.formula;
        fr[c] = text ? formulaText(text) : null;
        vr[c] = normaliseValue(cell.result as ExcelJS.CellValue);
      } else {
        vr[c] = normaliseValue(cell.value);
      }
    });
  });

  grid.values = values;
  grid.formulas = formulas;
  return grid;
}

/** A formula as the user sees it in the formula bar: leading "=", no future-function prefixes. */
function formulaText(formula: string): string {
  const body = formula.replace(/_xl(?:fn|ws)\./g, "");
  return body.startsWith("=") ? body : `=${body}`;
}

/** An exceljs cell value (or formula result) as a grid CellValue. */
export function normaliseValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v.richText);
  if ("hyperlink" in v || "text" in v) {
    const text = v.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
      return richTextToString((text as { richText: unknown[] }).richText);
    }
    return typeof v.hyperlink === "string" ? v.hyperlink : null;
  }
  // A formula value reached through `value` (should not happen: formula cells are read by result).
  if ("result" in v) return normaliseValue(v.result);
  return null;
}

function richTextToString(runs: unknown[]): string {
  let out = "";
  for (const run of runs) {
    const t = (run as { text?: unknown }).text;
    if (typeof t === "string") out += t;
  }
  return out;
}

/** Merged areas in sheet coordinates (0-based, inclusive). */
function readMerges(ws: ExcelJS.Worksheet): MergeArea[] {
  // `ws.model` rebuilds the model of every row; the merge table alone is enough, so read it when
  // exceljs exposes it and fall back to the public model otherwise.
  const table = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  const ranges: string[] =
    table && typeof table === "object"
      ? Object.values(table)
          .map((m) => m?.range)
          .filter((r): r is string => typeof r === "string")
      : ws.model.merges ?? [];
  const merges: MergeArea[] = [];
  for (const range of ranges) {
    const area = parseRange(range);
    if (area) merges.push(area);
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return merges;
}

/** "B2:D4" (or a single "B2") → MergeArea; null when malformed. */
export function parseRange(range: string): MergeArea | null {
  const [a, b = a] = range.split(":");
  try {
    const p = parseAddress(a);
    const q = parseAddress(b);
    return {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    };
  } catch {
    return null;
  }
}
