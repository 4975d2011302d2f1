/**
 * Queues a SheetSpec (the domain's plain description of a sheet the add-in owns) into a new
 * worksheet: no sync here, the caller syncs once for everything it queued.
 *
 * What is queued, and the ExcelApi each part needs:
 *   values and formulas (one 2-D write for the block; links as =HYPERLINK formulas), number formats
 *   (one 2-D write), fills by role, fonts, alignment and wrap (one write per run of equal cells in a
 *   row), thin borders (edges and insides of each border range)                       1.1
 *   merges, column widths, row heights                                                 1.2
 *   drop-down lists (warning on other values, a prompt)                                1.8
 *   notes                                                       1.18, else threaded comments 1.10
 * A part this Excel lacks is left out and named in `lost`, for the caller's message.
 */
import { cellAddress, rangeAddress } from "../../domain/grid";
import { ROLE_FILLS, fontOf, hyperlinkFormula } from "../../domain/template/role-style";
import type { CellSpec, SheetSpec } from "../../domain/template/types";
import { excelStrings } from "../../strings/excel";
import type { Capabilities } from "../host/capabilities";
import { parseRangeAddress } from "../host/address";
import { cellInput } from "./cell-input";
import { ContentMap } from "../../domain/sheets/fingerprint";

/** A feature of a written sheet that this Excel could not set. */
export type LostFeature = keyof typeof excelStrings.writer.features;

/**
 * Column widths: a SheetSpec gives them in characters, Excel's `columnWidth` takes points. Excel's
 * width of w characters is w × (maximum digit width) + 5 px of padding; the maximum digit width of
 * the default body font of Chinese Office (等线 or 宋体 11 pt) is 8 px, and 1 px = 0.75 pt. So 10
 * characters are (10 × 8 + 5) × 0.75 = 63.75 pt (the default 8.38-character column is 54 pt).
 */
export function columnPoints(chars: number): number {
  return Math.round((chars * 8 + 5) * 0.75 * 100) / 100;
}

export interface QueuedSheet {
  name: string;
  worksheet: Excel.Worksheet;
  /** Fingerprint of the values and formulas written (see fingerprint.ts). */
  fingerprint: string;
  /** Features of the spec this Excel could not set. */
  lost: LostFeature[];
  /** Notes written, and whether as threaded comments; notes left out are counted in `notesLost`. */
  notes: number;
  notesAsComments: boolean;
  notesLost: number;
}

export interface SheetWriteOptions {
  caps: Capabilities;
  /** 0-based tab position of the new sheet; default: after the last tab. */
  position?: number;
}

/** Adds a worksheet named spec.name and queues the whole spec into it; returns what was queued. */
export function queueSheetSpec(context: Excel.RequestContext, spec: SheetSpec, options: SheetWriteOptions): QueuedSheet {
  const ws = context.workbook.worksheets.add(spec.name);
  if (options.position !== undefined) ws.position = options.position;
  return queueSpecInto(ws, spec, options.caps);
}

/** The contents a spec puts on its sheet, by position (what its fingerprint is computed from). */
export function specContents(spec: SheetSpec): ContentMap {
  const map = new ContentMap();
  for (const c of spec.cells) {
    const { row, col } = origin(c);
    map.set(row, col, c.link ? `=${hyperlinkFormula(c.link, c.value)}` : c.value);
  }
  return map;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function origin(c: CellSpec): { row: number; col: number } {
  const a = parseRangeAddress(c.address);
  if (!a) throw new Error(`bad cell address in a sheet spec: ${c.address}`);
  return { row: a.top, col: a.left };
}

/** Queues the spec into an (empty) worksheet. */
export function queueSpecInto(ws: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): QueuedSheet {
  const lost = new Set<LostFeature>();
  const merges: Area[] = spec.merges.map((m) => parseRangeAddress(m)).filter((a): a is NonNullable<typeof a> => a !== null);
  const areaAt = new Map(merges.map((m) => [`${m.top},${m.left}`, m]));
  const placed = spec.cells.map((c) => {
    const { row, col } = origin(c);
    return { spec: c, area: areaAt.get(`${row},${col}`) ?? { top: row, left: col, bottom: row, right: col } };
  });
  let bottom = 0;
  let right = 0;
  for (const a of [...placed.map((p) => p.area), ...merges]) {
    bottom = Math.max(bottom, a.bottom);
    right = Math.max(right, a.right);
  }

  // Values and formulas: one 2-D write over the block from A1.
  const values: (string | number | boolean)[][] = Array.from({ length: bottom + 1 }, () => Array<string | number | boolean>(right + 1).fill(""));
  const formats: string[][] = Array.from({ length: bottom + 1 }, () => Array<string>(right + 1).fill("General"));
  let anyFormat = false;
  for (const { spec: c, area } of placed) {
    values[area.top][area.left] = c.link ? `=${hyperlinkFormula(c.link, c.value)}` : cellInput(c.value);
    if (c.numFmt) {
      anyFormat = true;
      for (let r = area.top; r <= area.bottom; r++) for (let col = area.left; col <= area.right; col++) formats[r][col] = c.numFmt;
    }
  }
  if (placed.length > 0) {
    const block = ws.getRange(rangeAddress(0, 0, bottom, right));
    block.values = values;
    if (anyFormat) block.numberFormat = formats;
    // Every written cell is centred and wraps, like the printed forms; left-aligned runs follow.
    block.format.horizontalAlignment = "Center";
    block.format.verticalAlignment = "Center";
    block.format.wrapText = true;
  }

  // Fills, fonts and left alignment, by runs of equal cells in a row (a merged area takes its cell's style).
  const fills = new StyleGrid<string>();
  const fonts = new StyleGrid<ReturnType<typeof fontOf>>();
  const lefts = new StyleGrid<true>();
  for (const { spec: c, area } of placed) {
    const fill = ROLE_FILLS[c.role];
    const font = fontOf(c);
    const plainFont = !font.bold && font.size === undefined && font.color === undefined;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let col = area.left; col <= area.right; col++) {
        if (fill) fills.set(r, col, fill, fill);
        if (!plainFont) fonts.set(r, col, JSON.stringify(font), font);
        if (c.align === "left") lefts.set(r, col, "left", true);
      }
    }
  }
  for (const run of fills.runs()) ws.getRange(run.range).format.fill.color = run.value;
  for (const run of fonts.runs()) {
    const font = ws.getRange(run.range).format.font;
    if (run.value.bold) font.bold = true;
    if (run.value.size !== undefined) font.size = run.value.size;
    if (run.value.color !== undefined) font.color = run.value.color;
    if (run.value.underline) font.underline = "Single";
  }
  for (const run of lefts.runs()) ws.getRange(run.range).format.horizontalAlignment = "Left";

  // Thin borders on every cell of each border range: the edges and the insides, one range each.
  for (const b of spec.borders) {
    const a = parseRangeAddress(b);
    if (!a) continue;
    const borders = ws.getRange(rangeAddress(a.top, a.left, a.bottom, a.right)).format.borders;
    const sides: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (a.bottom > a.top) sides.push("InsideHorizontal");
    if (a.right > a.left) sides.push("InsideVertical");
    for (const side of sides) {
      const edge = borders.getItem(side);
      edge.style = "Continuous";
      edge.weight = "Thin";
    }
  }

  // Merges, column widths and row heights (ExcelApi 1.2).
  if (caps.rangeFormat) {
    for (const m of merges) ws.getRange(rangeAddress(m.top, m.left, m.bottom, m.right)).merge(false);
    spec.widths.forEach((w, i) => {
      ws.getRange(cellAddress(0, i)).format.columnWidth = columnPoints(w);
    });
    for (const h of spec.rowHeights) ws.getRange(`A${h.row}`).format.rowHeight = h.height;
  } else {
    if (merges.length > 0) lost.add("merges");
    if (spec.widths.length > 0 || spec.rowHeights.length > 0) lost.add("sizes");
  }

  // Drop-down lists (ExcelApi 1.8): a value outside the list is allowed after a warning.
  if (spec.validations.length > 0 && !caps.dataValidation) lost.add("validations");
  if (caps.dataValidation) {
    for (const v of spec.validations) {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      dv.ignoreBlanks = true;
      dv.errorAlert = { showAlert: true, style: "Warning", title: excelStrings.writer.validationTitle, message: excelStrings.writer.validationMessage };
      if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
    }
  }

  // Notes (1.18), else threaded comments (1.10), else none.
  const noted = placed.filter((p) => p.spec.note);
  let notes = 0;
  for (const { spec: c, area } of noted) {
    const address = cellAddress(area.top, area.left);
    if (caps.notes) ws.notes.add(address, c.note!);
    else if (caps.comments) ws.comments.add(ws.getRange(address), c.note!);
    else continue;
    notes++;
  }
  if (noted.length > notes) lost.add("notes");

  return {
    name: spec.name,
    worksheet: ws,
    fingerprint: specContents(spec).fingerprint(),
    lost: [...lost],
    notes,
    notesAsComments: notes > 0 && !caps.notes,
    notesLost: noted.length - notes,
  };
}

/** A style per cell, read back as runs of equal neighbours in a row ("B3:E3"). */
export class StyleGrid<T> {
  private readonly cells = new Map<number, Map<number, { key: string; value: T }>>();

  set(row: number, col: number, key: string, value: T): void {
    let line = this.cells.get(row);
    if (!line) {
      line = new Map();
      this.cells.set(row, line);
    }
    line.set(col, { key, value });
  }

  runs(): { range: string; value: T }[] {
    const out: { range: string; value: T }[] = [];
    for (const row of [...this.cells.keys()].sort((a, b) => a - b)) {
      const line = this.cells.get(row)!;
      const cols = [...line.keys()].sort((a, b) => a - b);
      let start = 0;
      for (let i = 1; i <= cols.length; i++) {
        const same = i < cols.length && cols[i] === cols[i - 1] + 1 && line.get(cols[i])!.key === line.get(cols[start])!.key;
        if (same) continue;
        const first = cols[start];
        const last = cols[i - 1];
        out.push({ range: first === last ? cellAddress(row, first) : rangeAddress(row, first, row, last), value: line.get(first)!.value });
        start = i;
      }
    }
    return out;
  }
}

/** The Chinese line for features a written sheet lost, or null when it lost none. */
export function lostMessage(features: Iterable<LostFeature>): string | null {
  const names = [...new Set(features)].map((f) => excelStrings.writer.features[f]);
  return names.length > 0 ? excelStrings.writer.degraded(names) : null;
}
