/**
 * 新增项目 below ExcelApi 1.7 (no Worksheet.copy): the new sheet is built from the template's cells.
 *
 *   sync A  queueTemplateExtent: how far the template's used range reaches (formats included);
 *   sync B  queueTemplateCells: values, formulas and number formats of that range in one load, and per
 *           cell its fill, bold, horizontal alignment and wrap, column widths and row heights (1.2);
 *   write   queueSheetFromTemplate: one 2-D write of values and formulas, one of number formats, the
 *           styles by runs of equal cells, widths, heights, and merges when this Excel can read them.
 * What cannot be read on such an Excel (merges before 1.13, borders, drop-down lists, notes, font
 * sizes and colours) is not carried over, and `notCarried` names it for the user.
 */
import { type Grid, cellAddress, rangeAddress } from "../../domain/grid";
import type { Capabilities } from "../host/capabilities";
import { cellInput } from "./cell-input";
import { normaliseColor } from "../host/colors";
import { ContentMap } from "../../domain/sheets/fingerprint";
import type { FieldWrite } from "../../domain/template/project-fields";
import { type LostFeature, StyleGrid } from "./sheet-writer";

/** Above this many cells, styles are not copied cell by cell (a sheet formatted down whole columns). */
export const MAX_STYLE_CELLS = 5000;

interface Extent {
  full: Excel.Range;
  values: Excel.Range | null;
}

interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface TemplateCells {
  box: Box;
  block: Excel.Range;
  /** Per-cell style loads, row-major over the box; null when the box is too large. */
  cells: Excel.Range[] | null;
  /** Cells in the box (reported when too large to style). */
  size: number;
}

/** Sync A: the template's used range with formats, and without (to fall back on when the first is huge). */
export function queueTemplateExtent(template: Excel.Worksheet, caps: Capabilities): Extent {
  const full = template.getUsedRange();
  full.load("rowIndex,columnIndex,rowCount,columnCount");
  let values: Excel.Range | null = null;
  if (caps.usedRangeValuesOnly) {
    values = template.getUsedRange(true);
    values.load("rowIndex,columnIndex,rowCount,columnCount");
  }
  return { full, values };
}

/** Sync B: the template's cells and styles over its extent. */
export function queueTemplateCells(template: Excel.Worksheet, extent: Extent, caps: Capabilities): TemplateCells {
  const boxOf = (r: Excel.Range): Box => ({ top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
  let box = boxOf(extent.full);
  if (box.rows * box.cols > MAX_STYLE_CELLS && extent.values) box = boxOf(extent.values);
  const size = box.rows * box.cols;
  const block = template.getRange(rangeAddress(box.top, box.left, box.top + box.rows - 1, box.left + box.cols - 1));
  block.load("values,formulas,numberFormat");
  if (size > MAX_STYLE_CELLS) return { box, block, cells: null, size };
  const cells: Excel.Range[] = [];
  for (let r = 0; r < box.rows; r++) {
    for (let c = 0; c < box.cols; c++) {
      const cell = template.getRange(cellAddress(box.top + r, box.left + c));
      cell.load("format/fill/color,format/font/bold,format/horizontalAlignment,format/wrapText");
      // Widths from the first row, heights from the first column (ExcelApi 1.2).
      if (caps.rangeFormat && r === 0) cell.load("format/columnWidth");
      if (caps.rangeFormat && c === 0) cell.load("format/rowHeight");
      cells.push(cell);
    }
  }
  return { box, block, cells, size };
}

export interface TemplateBlock {
  /** The 2-D values (formulas, and constants as Excel takes them) to write over the box. */
  values: (string | number | boolean)[][];
  contents: ContentMap;
}

/** The template's block with the project's fields written in, and what the new sheet will hold. */
export function templateBlock(loaded: TemplateCells, fields: FieldWrite[]): TemplateBlock {
  const { box, block } = loaded;
  const contents = new ContentMap();
  const values = (block.values ?? []).map((row, r) =>
    row.map((v, c) => {
      const f = block.formulas?.[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) {
        contents.set(box.top + r, box.left + c, f);
        return f;
      }
      const constant = typeof v === "number" || typeof v === "boolean" || typeof v === "string" ? v : null;
      contents.set(box.top + r, box.left + c, constant);
      return cellInput(constant);
    }),
  );
  for (const w of fields) {
    const r = w.row - box.top;
    const c = w.col - box.left;
    if (values[r] === undefined || c < 0 || c >= box.cols) continue;
    values[r][c] = cellInput(w.value);
    contents.set(w.row, w.col, w.value);
  }
  return { values, contents };
}

/**
 * The write: queues the template's block into the new (empty) worksheet. Returns the features that
 * were not carried over.
 */
export function queueSheetFromTemplate(ws: Excel.Worksheet, loaded: TemplateCells, built: TemplateBlock, template: Grid, caps: Capabilities): LostFeature[] {
  const { box, block } = loaded;
  const target = ws.getRange(rangeAddress(box.top, box.left, box.top + box.rows - 1, box.left + box.cols - 1));
  target.values = built.values;
  if (Array.isArray(block.numberFormat)) target.numberFormat = block.numberFormat.map((row) => row.map((f) => String(f ?? "General")));

  const lost: LostFeature[] = ["borders", "validations", "notes", "fonts"];
  if (loaded.cells) {
    const fills = new StyleGrid<string>();
    const bold = new StyleGrid<true>();
    const align = new StyleGrid<string>();
    const wrap = new StyleGrid<true>();
    loaded.cells.forEach((cell, i) => {
      const row = box.top + Math.floor(i / box.cols);
      const col = box.left + (i % box.cols);
      // Before ExcelApi 1.9 an unfilled cell reports white: white is taken as no fill.
      const color = normaliseColor(cell.format.fill.color);
      if (color && color !== "#FFFFFF") fills.set(row, col, color, color);
      if (cell.format.font.bold === true) bold.set(row, col, "b", true);
      const h = cell.format.horizontalAlignment;
      if (typeof h === "string" && h !== "General") align.set(row, col, h, h);
      if (cell.format.wrapText === true) wrap.set(row, col, "w", true);
    });
    for (const run of fills.runs()) ws.getRange(run.range).format.fill.color = run.value;
    for (const run of bold.runs()) ws.getRange(run.range).format.font.bold = true;
    for (const run of align.runs()) ws.getRange(run.range).format.horizontalAlignment = run.value as Excel.HorizontalAlignment;
    for (const run of wrap.runs()) ws.getRange(run.range).format.wrapText = true;
    if (caps.rangeFormat) {
      for (let c = 0; c < box.cols; c++) {
        const width = loaded.cells[c].format.columnWidth;
        if (typeof width === "number") ws.getRange(cellAddress(box.top, box.left + c)).format.columnWidth = width;
      }
      for (let r = 0; r < box.rows; r++) {
        const height = loaded.cells[r * box.cols].format.rowHeight;
        if (typeof height === "number") ws.getRange(cellAddress(box.top + r, box.left)).format.rowHeight = height;
      }
    }
  }
  if (!caps.rangeFormat) lost.push("sizes");
  if (caps.merges && caps.rangeFormat) {
    for (const m of template.merges) ws.getRange(rangeAddress(m.top, m.left, m.bottom, m.right)).merge(false);
  } else {
    lost.unshift("merges");
  }
  return lost;
}
