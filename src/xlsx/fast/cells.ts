/**
 * What exceljs 4.4 makes of one worksheet's raw XML model, cell by cell, and the grid of it: the
 * cell type it settles on (its cell reader's parseClose and reconcile), dates from date-formatted
 * numbers, shared formulas, hyperlinks, and merged areas (the covered cells become Merge cells,
 * created with the row's or column's number format when the XML has no such cell). Each step cites
 * the exceljs behaviour it mirrors; where exceljs would throw, this throws FastReadUnsupported so
 * the caller falls back to exceljs and gets the same failure.
 */
import { slideFormula } from "exceljs/lib/utils/shared-formula";
import excelUtils from "exceljs/lib/utils/utils";
import { cellAddress, parseAddress, parseRange, type Grid, type MergeArea } from "../../domain/grid";
import { formatKindOf } from "../../domain/number-format";
import { formulaText, GridBuilder, normaliseValue, sortMerges } from "../grid-builder";
import type { SharedString, Styles } from "./parts";
import { FastReadUnsupported } from "./unsupported";
import type { RawCell, RawSheet } from "./worksheet";

export interface SheetContext {
  name: string;
  hidden: boolean;
  /** Undefined when the workbook has no styles.xml. */
  styles?: Styles;
  /** Undefined when the workbook has no sharedStrings.xml. */
  sharedStrings?: SharedString[];
  date1904: boolean;
  /** The sheet's relationships (hyperlink targets); undefined when it has none. */
  rels?: Map<string, { target?: string }>;
}

type Kind = "null" | "merge" | "value" | "formula";

interface ModelCell {
  kind: Kind;
  address: string;
  numFmt?: string;
  /** exceljs-shaped value (value cells) or result (formula cells). */
  value?: unknown;
  formula?: string;
  /** Address of the master of a shared formula (slaves). */
  sharedFrom?: string;
  /** The raw <v> text: exceljs's reader restores it when a date-formatted number is out of range. */
  raw?: string;
}

const unsupported = (what: string): never => {
  throw new FastReadUnsupported(what);
};

/** The number format of a style id as exceljs's getStyleModel gives it; throws where exceljs would. */
function numFmtOf(styleId: number | undefined, ctx: SheetContext, required: boolean): string | undefined {
  if (!styleId) return undefined;
  if (!ctx.styles) {
    // Cells skip the lookup without styles.xml; rows and columns call it and fail.
    if (required) unsupported("a row or column style without styles.xml");
    return undefined;
  }
  if (!ctx.styles.hasStyles) unsupported("a style without cellXfs");
  return ctx.styles.exists(styleId) ? ctx.styles.numFmtOf(styleId) : undefined;
}

/** The cell model exceljs settles on (cell-xform parseClose + reconcile); null for a skipped cell. */
function modelCell(raw: RawCell, ctx: SheetContext, formulae: Map<string | undefined, string | undefined>, hyperlinks: Map<string, string>): ModelCell | null {
  const numFmt = numFmtOf(raw.styleId, ctx, false);
  const isDate = numFmt !== undefined && excelUtils.isDateFmt(numFmt);
  const toDate = (v: unknown) => excelUtils.excelToDate(v, ctx.date1904);
  let cell: ModelCell;
  if (raw.formula || raw.shareType) {
    if (raw.runs) unsupported("rich text in a formula cell");
    if (raw.address === undefined) unsupported("a formula cell without an address");
    cell = { kind: "formula", address: raw.address as string, formula: raw.formula };
    if (raw.value) {
      cell.value =
        raw.t === "str" ? excelUtils.xmlDecode(raw.value) : raw.t === "b" ? parseInt(raw.value, 10) !== 0 : raw.t === "e" ? { error: raw.value } : parseFloat(raw.value);
      cell.raw = raw.value;
      if (isDate) cell.value = toDate(cell.value);
    }
    if (raw.shareType === "shared") {
      if (raw.ref) formulae.set(raw.si, raw.address);
      else {
        cell.sharedFrom = formulae.get(raw.si);
      }
    }
  } else if (raw.value !== undefined || raw.runs) {
    cell = { kind: "value", address: raw.address ?? "" };
    if (raw.runs && raw.t !== "inlineStr") unsupported("rich text in a cell that is not an inline string");
    switch (raw.t) {
      case "s": {
        const index = parseInt(raw.value as string, 10);
        if (!ctx.sharedStrings) {
          cell.value = index;
          break;
        }
        const shared = ctx.sharedStrings[index];
        if (shared === undefined) unsupported(`shared string ${raw.value} missing`);
        cell.value = shared === null ? {} : typeof shared === "string" ? shared : { richText: shared.runs.map((text) => ({ text })) };
        break;
      }
      case "str":
        cell.value = excelUtils.xmlDecode(raw.value as string);
        break;
      case "inlineStr":
        cell.value = raw.runs ? { richText: raw.runs.map((text) => ({ text })) } : raw.value;
        break;
      case "b":
        cell.value = parseInt(raw.value as string, 10) !== 0;
        break;
      case "e":
        cell.value = { error: raw.value };
        break;
      default: {
        const n = parseFloat(raw.value as string);
        cell.value = isDate ? toDate(n) : n;
        // read.ts restores an out-of-range date from the XML by the cell's r: not for a cell without one.
        if (raw.address !== undefined) cell.raw = raw.value;
      }
    }
  } else if (raw.styleId) {
    cell = { kind: "null", address: raw.address ?? "" };
  } else {
    cell = { kind: "merge", address: raw.address ?? "" };
  }
  if (numFmt !== undefined) cell.numFmt = numFmt;

  // exceljs looks the hyperlink up by the r attribute as a key (a cell without r: "undefined").
  const hyperlink = hyperlinks.get(String(raw.address));
  if (hyperlink) {
    // exceljs makes it a Hyperlink cell: {text: value or result, hyperlink}; a formula is lost.
    cell = { kind: "value", address: cell.address, numFmt: cell.numFmt, value: { text: cell.value, hyperlink } };
  }
  // A cell exceljs leaves as a Merge model (no value, no style) is not added to its row.
  return cell.kind === "merge" ? null : cell;
}

/** exceljs's model of one worksheet: rows of cells, after its merges are applied. */
export function gridFromRawSheet(sheet: RawSheet, ctx: SheetContext): Grid {
  // exceljs resolves each conditional format's differential style and fails when there are none.
  if (sheet.usesDxf && !ctx.styles?.hasDxfs) unsupported("a conditional format without <dxfs>");
  const hyperlinks = new Map<string, string>();
  for (const h of sheet.hyperlinks) {
    const rel = ctx.rels?.get(h.rId);
    if (!rel) unsupported(`hyperlink ${h.rId} without a relationship`);
    if (rel?.target) hyperlinks.set(String(h.ref), rel.target);
  }

  // Column styles: exceljs sorts <col> by min and gives each column the first range that reaches it.
  const columnFmt: (string | undefined)[] = [];
  let next = 1;
  for (const col of [...sheet.cols].sort((a, b) => a.min - b.min)) {
    const fmt = numFmtOf(col.styleId, ctx, true);
    while (next < col.min) next++;
    while (next <= col.max) columnFmt[next++] = fmt;
  }

  const rows: ModelCell[][] = [];
  const rowFmt: (string | undefined)[] = [];
  const formulae = new Map<string | undefined, string | undefined>();
  for (const raw of sheet.rows) {
    const cells: ModelCell[] = [];
    // exceljs's row: each kept cell at the column of its r, filed under this row whatever row r
    // names; a cell without r right of the previous kept cell, at an address of its own.
    let previous: { row: number; col: number } | null = null;
    for (const rc of raw.cells) {
      const cell = modelCell(rc, ctx, formulae, hyperlinks);
      if (!cell) continue;
      let col: number;
      if (rc.address !== undefined) {
        // worksheet.ts has checked the address (A1 style, no $).
        const at = parseAddress(rc.address);
        col = at.col + 1;
        previous = { row: at.row + 1, col };
      } else {
        if (!previous) unsupported("a row's first cell without an address");
        const p = previous as { row: number; col: number };
        col = p.col + 1;
        cell.address = cellAddress(p.row - 1, col - 1);
        previous = { row: p.row, col };
      }
      if (col > 16384) unsupported(`column ${col}`);
      // Two cells at one place: exceljs keeps the first one's address for the later one's value.
      if (cells[col] && cells[col].address !== cell.address) unsupported(`two cells at column ${col} of row ${raw.number}`);
      cells[col] = cell;
    }
    // A later <row> of the same number replaces the earlier one, as in exceljs's row array.
    rows[raw.number] = cells;
    rowFmt[raw.number] = numFmtOf(raw.styleId, ctx, true);
  }

  const merges = applyMerges(sheet.merges, rows, rowFmt, columnFmt);

  const builder = new GridBuilder(ctx.name, ctx.hidden, merges);
  rows.forEach((cells, row) => {
    cells.forEach((cell, col) => addCell(builder, row, col, cell, rows));
  });
  return builder.finish();
}

function addCell(builder: GridBuilder, row: number, col: number, cell: ModelCell, rows: ModelCell[][]): void {
  const kindOfFmt = () => formatKindOf(cell.numFmt);
  if (cell.kind === "null" || cell.kind === "merge") {
    builder.add(row, col, cell.kind === "merge", kindOfFmt());
    return;
  }
  let value = cell.value;
  // read.ts's restoreInvalidDates: a date-formatted number beyond Excel's dates gets its number back.
  if (value instanceof Date && Number.isNaN(value.getTime()) && cell.raw !== undefined) {
    const n = Number(cell.raw);
    if (Number.isFinite(n)) value = n;
  }
  const normalised = normaliseValue(value);
  let formula: string | null = null;
  if (cell.kind === "formula") {
    const text = cell.formula ?? sharedFormula(cell, rows);
    if (text) formula = formulaText(text);
  }
  builder.add(row, col, true, normalised instanceof Date ? "date" : kindOfFmt(), normalised, formula);
}

/** A shared formula's slave, translated from its master as exceljs's formula getter does. */
function sharedFormula(cell: ModelCell, rows: ModelCell[][]): string | undefined {
  if (!cell.sharedFrom) return undefined;
  const at = parseAddress(cell.sharedFrom);
  const master = rows[at.row + 1]?.[at.col + 1];
  if (!master) return undefined;
  if (master.kind !== "formula" || !master.formula) unsupported("a shared formula whose master has no formula");
  return slideFormula(master.formula as string, master.address, cell.address);
}

/** A merge ref as exceljs takes it: A1 or A1:B2, no $. */
const RANGE = /^[A-Z]{1,3}[1-9][0-9]{0,6}(?::[A-Z]{1,3}[1-9][0-9]{0,6})?$/;

/**
 * exceljs's merge of each <mergeCell> (mergeCellsWithoutStyle): overlapping areas fail; every cell
 * but the top-left becomes a Merge cell, keeping its own style; cells the XML lacks are created with
 * the row's, else the column's, number format. Returns the areas (0-based), sorted as read.ts sorts them.
 */
function applyMerges(refs: string[], rows: ModelCell[][], rowFmt: (string | undefined)[], columnFmt: (string | undefined)[]): MergeArea[] {
  const areas: MergeArea[] = [];
  for (const ref of refs) {
    const area = (RANGE.test(ref) ? parseRange(ref) : null) ?? unsupported(`merge ${ref}`);
    if (areas.some((a) => a.top <= area.bottom && area.top <= a.bottom && a.left <= area.right && area.left <= a.right)) unsupported("overlapping merges");
    areas.push(area);
    // rows and their cells are 1-based, as in exceljs.
    for (let r = area.top + 1; r <= area.bottom + 1; r++) {
      const cells = (rows[r] ??= []);
      for (let c = area.left + 1; c <= area.right + 1; c++) {
        const existing = cells[c];
        const numFmt = existing ? existing.numFmt : rowFmt[r] || columnFmt[c];
        const address = existing?.address ?? "";
        if (r === area.top + 1 && c === area.left + 1) {
          if (!existing) cells[c] = numFmt === undefined ? { kind: "null", address } : { kind: "null", address, numFmt };
          continue;
        }
        cells[c] = numFmt === undefined ? { kind: "merge", address } : { kind: "merge", address, numFmt };
      }
    }
  }
  return sortMerges(areas);
}
