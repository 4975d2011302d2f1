/**
 * Reads the workbook into plain grids (and, for apply/undo, the state of each sheet) under Excel's
 * limits (limits.ts), in two round trips for ordinary workbooks:
 *
 *   sync A  the worksheet list (name, visibility, protection), the workbook's notes or comments, and
 *           (when a store is given) the previous run's undo record;
 *   sync B  for every sheet at once: its used range's extent, and a window at A1 (12 columns, rows
 *           from READ_CELL_BUDGET shared by the sheets) with values, formulas, value types and number
 *           formats (always: Range.values gives a date as its serial number and a percent as the
 *           fraction, and only the format says which), merged areas in bands of at most 512 cells
 *           (1.13), and the window's fills (getCellProperties, 1.9, for styles); the cell each note sits on;
 *   sync C… only for what the windows did not cover (a sheet with thousands of rows, a table below
 *           the window): chunks of the rest, each sync at most READ_CELL_BUDGET cells.
 * The list of sheets has to come back before anything can be asked of each sheet, so two is the floor;
 * beyond it, round trips grow with the data's size, never with the number of sheets. A read whose
 * payload Excel on the web still rejects starts again with a quarter of the budget.
 */
import { type CellValue, type FormatKind, type Grid, type MergeArea, rangeAddress } from "../../domain/grid";
import { formatKindOf } from "../../domain/number-format";
import type { Capabilities } from "../host/capabilities";
import { parseRangeAddress, splitSheetAddress } from "../host/address";
import { cellKey } from "../../domain/plan/cell-key";
import { normaliseColor } from "../host/colors";
import { countedSync, newCounter, type SyncCounter } from "../host/sync";
import { errorCode } from "../host/errors";
import { CELL_BYTES, FILL_BYTES, PAYLOAD_ERRORS, READ_CELL_BUDGET, SHEET_CELL_LIMIT } from "../host/limits";
import { cellCount, groupBySize, mergeBands, remainingChunks, windowShape } from "./read-plan";
import type { UndoRecord, UndoStore } from "./undo-store";
import { type FillState, NO_FILL, type NotesMode } from "./cell-state";

/** What the read asks getCellProperties for (ExcelApi 1.9): each cell's fill colour and pattern. */
const FILL_PROPERTIES = { format: { fill: { color: true, pattern: true } } };


export interface SheetState {
  name: string;
  hidden: boolean;
  /** null when this Excel cannot tell (ExcelApi < 1.2). */
  protected: boolean | null;
  /** Sheet coordinates and size of the used range; rows = 0 when the sheet is blank. */
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Number format codes of the used range (same shape), when styles were asked for. */
  numberFormats: string[][] | null;
  /**
   * Fills of the used range, when styles were read on ExcelApi 1.9+; undefined for cells outside the
   * first read's window (apply looks those up for the cells it touches).
   */
  fills: (FillState | undefined)[][] | null;
  /**
   * Number formats and fills of the first read's window cells that lie outside the used range (a
   * blank column beside the table, a blank row below it), by "row:col": apply then knows them too.
   */
  outside?: Map<string, { numberFormat: string; fill?: FillState }>;
}

export interface WorkbookState {
  grids: Grid[];
  sheets: SheetState[];
  notesMode: NotesMode;
  /** Text of every existing note (or comment) by `cellKey(sheet, cell)`. */
  notes: Record<string, string>;
  /** The previous run's undo record, when a store was given (read in sync A, no extra round trip). */
  previous?: UndoRecord | null;
  /** Round trips this read took. */
  syncs: number;
  /** Workbook structure protection (ExcelApi 1.7): no sheet may be added or deleted. null: unknown. */
  structureProtected: boolean | null;
  /**
   * Cells holding a threaded comment, by `cellKey`, when the add-in writes cell notes: the
   * documentation does not say whether a note may go there, so none is put there.
   */
  commentCells: Set<string>;
  /** What the read asked of Excel, for limits tests and the e2e report. */
  stats: ReadStats;
}

export interface ReadStats {
  /** Times the read started again with a smaller budget after a payload error. */
  restarts: number;
}

export interface ReadOptions {
  /**
   * Also keep the number format codes (SheetState.numberFormats) and read fills, for the undo
   * snapshot (default false). The formats are loaded either way: grids carry their date / percent kinds.
   */
  styles?: boolean;
  counter?: SyncCounter;
  /** Also read the previous run's undo record from this store. */
  store?: UndoStore;
  /** Read the workbook's notes or comments too (default true; the project-sheet operations need none). */
  notes?: boolean;
}

/** Reads every worksheet's used range into a grid, in tab order: 2 syncs for any number of sheets. */
export async function readWorkbook(context: Excel.RequestContext, caps: Capabilities): Promise<Grid[]> {
  return (await readWorkbookState(context, caps)).grids;
}

/** The notes mode this Excel supports. */
export function notesModeOf(caps: Capabilities): NotesMode {
  return caps.notes ? "note" : caps.comments ? "comment" : "none";
}

/** What a note and a threaded comment have in common here. */
interface NoteLike {
  content: string;
  getLocation(): Excel.Range;
}

export interface SheetLoads {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** A non-null range over the used area, for methods (a null object's methods cannot be called). */
  bounds: Excel.Range | null;
  merges: Excel.RangeAreas | null;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

/** Reads grids plus what apply and undo need (protection, number formats, fills, notes). */
export async function readWorkbookState(context: Excel.RequestContext, caps: Capabilities, options: ReadOptions = {}): Promise<WorkbookState> {
  const counter = options.counter ?? newCounter();
  const before = counter.syncs;
  const styles = options.styles === true;
  const notesMode = notesModeOf(caps);
  const withNotes = options.notes !== false;

  // Sync A: the sheet list, and the note (or comment) objects of the whole workbook.
  const worksheets = context.workbook.worksheets;
  worksheets.load(caps.protection ? "items/name,items/visibility,items/protection/protected" : "items/name,items/visibility");
  let noteCollection: { items: NoteLike[] } | null = null;
  if (withNotes && notesMode === "note") noteCollection = context.workbook.notes.load("items/content");
  else if (withNotes && notesMode === "comment") noteCollection = context.workbook.comments.load("items/content");
  options.store?.queueLoad(context);
  const protection = caps.worksheetCopy ? context.workbook.protection.load("protected") : null;
  // Cell notes (1.18) beside threaded comments (1.10): where the comments are, to keep notes off them.
  const comments = withNotes && notesMode === "note" && caps.comments ? context.workbook.comments.load("items/content") : null;
  await countedSync(context, counter);

  // Sync B (and C… for what the windows leave): every sheet, plus where each note sits.
  const noteItems = noteCollection?.items ?? [];
  let noteLocations: Excel.Range[] = [];
  let commentLocations: Excel.Range[] = [];
  const { grids, sheets, stats } = await readSheets(context, worksheets.items, caps, {
    styles,
    counter,
    alongside: () => {
      noteLocations = noteItems.map((item) => item.getLocation().load("address"));
      commentLocations = (comments?.items ?? []).map((item) => item.getLocation().load("address"));
    },
  });

  const notes: Record<string, string> = {};
  noteItems.forEach((item, i) => {
    const { sheet, range } = splitSheetAddress(noteLocations[i].address);
    if (sheet === null) return;
    const first = range.split(":")[0];
    notes[cellKey(sheet, first)] = item.content ?? "";
  });

  const commentCells = new Set<string>();
  for (const location of commentLocations) {
    const { sheet, range } = splitSheetAddress(location.address);
    if (sheet !== null) commentCells.add(cellKey(sheet, range.split(":")[0]));
  }
  const structureProtected = protection ? protection.protected === true : null;
  const state: WorkbookState = { grids, sheets, notesMode, notes, syncs: counter.syncs - before, structureProtected, commentCells, stats };
  if (options.store) {
    const loaded = options.store.loaded();
    state.previous = loaded.kind === "record" ? loaded.record : null;
  }
  return state;
}

/** Queues everything one sheet's grid needs (no sync); read it back with sheetFromLoads after the sync. */
export function queueSheetRead(ws: Excel.Worksheet, caps: Capabilities, styles: boolean): SheetLoads {
  const props = ["address", "values", "formulas", "valueTypes", "numberFormat", "rowIndex", "columnIndex", "rowCount", "columnCount"];
  let used: Excel.Range;
  let bounds: Excel.Range | null = null;
  if (caps.usedRangeOrNull) {
    used = ws.getUsedRangeOrNullObject(true);
    // Worksheet.getUsedRange never throws (a blank sheet gives A1), so it can carry the method calls.
    if (caps.merges || (styles && caps.cellProperties)) bounds = ws.getUsedRange(true);
  } else {
    // ExcelApi 1.1-1.3: getUsedRange returns A1 on a blank sheet; sheetFromLoads tells that case apart.
    used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    bounds = used;
  }
  used.load(props.join(","));
  let merges: Excel.RangeAreas | null = null;
  if (caps.merges && bounds) {
    merges = bounds.getMergedAreasOrNullObject();
    merges.load("areas/items/address");
  }
  let fills: SheetLoads["fills"] = null;
  if (styles && caps.cellProperties && bounds) {
    if (bounds !== used) bounds.load("rowIndex,columnIndex");
    fills = bounds.getCellProperties(FILL_PROPERTIES);
  }
  return { ws, used, bounds, merges, fills };
}

/** The grid (and state) of a sheet whose loads were queued by queueSheetRead and synced. */
export function sheetFromLoads(l: SheetLoads, caps: Capabilities, styles: boolean): { grid: Grid; state: SheetState } {
  const { ws, used } = l;
  const hidden = ws.visibility !== undefined && ws.visibility !== "Visible";
  const isProtected = caps.protection ? ws.protection?.protected === true : null;
  const grid: Grid = { sheet: ws.name, top: 0, left: 0, values: [], formulas: [], merges: [] };
  if (hidden) grid.hidden = true;
  const state: SheetState = { name: ws.name, hidden, protected: isProtected, top: 0, left: 0, rows: 0, cols: 0, numberFormats: null, fills: null };

  const blank = (used as { isNullObject?: boolean }).isNullObject === true || isBlankA1(used);
  if (!blank) {
    const origin = rangeOrigin(used);
    grid.top = state.top = origin.top;
    grid.left = state.left = origin.left;
    const values = used.values ?? [];
    const formulas = used.formulas ?? [];
    const types = used.valueTypes ?? [];
    grid.values = values.map((row, r) => row.map((v, c) => toCellValue(v, types[r]?.[c])));
    grid.formulas = values.map((row, r) => row.map((_, c) => toFormula(formulas[r]?.[c])));
    state.rows = values.length;
    state.cols = values.reduce((w, row) => Math.max(w, row.length), 0);
    const numberFormats = Array.isArray(used.numberFormat) ? used.numberFormat : null;
    if (numberFormats) {
      const formats = formatKinds(numberFormats);
      if (formats) grid.formats = formats;
    }
    if (styles && numberFormats) state.numberFormats = numberFormats.map((row) => row.map((f) => (typeof f === "string" ? f : String(f ?? "General"))));
    if (l.fills && l.bounds) state.fills = alignFills(l.fills.value, rangeOrigin(l.bounds), state);
  }

  if (l.merges && (l.merges as { isNullObject?: boolean }).isNullObject !== true) {
    grid.merges = mergesOf(l.merges);
  }
  return { grid, state };
}

/**
 * The date / percent kind of every cell from `Range.numberFormat`, in the same shape; null when no
 * cell is either (the grid then carries no formats at all).
 */
function formatKinds(numberFormats: unknown[][]): (FormatKind | null)[][] | null {
  let any = false;
  const kinds = numberFormats.map((row) =>
    (Array.isArray(row) ? row : []).map((f) => {
      const kind = typeof f === "string" ? formatKindOf(f) : null;
      if (kind !== null) any = true;
      return kind;
    }),
  );
  return any ? kinds : null;
}

/** A blank sheet's getUsedRange (ExcelApi < 1.4): the single cell A1 with nothing in it. */
function isBlankA1(range: Excel.Range): boolean {
  const values = range.values;
  if (!values || values.length === 0) return true;
  if (values.length !== 1 || values[0].length !== 1) return false;
  const v = values[0][0];
  const f = range.formulas?.[0]?.[0];
  return (v === "" || v === null || v === undefined) && (f === "" || f === null || f === undefined);
}

/** Top-left sheet coordinates of a loaded range: rowIndex/columnIndex, else parsed from its address. */
function rangeOrigin(range: Excel.Range): { top: number; left: number } {
  if (typeof range.rowIndex === "number" && typeof range.columnIndex === "number") return { top: range.rowIndex, left: range.columnIndex };
  const parsed = typeof range.address === "string" ? parseRangeAddress(range.address) : null;
  return parsed ? { top: parsed.top, left: parsed.left } : { top: 0, left: 0 };
}

/** Fills of the bounds range, cut to the used range's shape. */
function alignFills(props: Excel.CellProperties[][], origin: { top: number; left: number }, state: SheetState): FillState[][] {
  const out: FillState[][] = [];
  for (let r = 0; r < state.rows; r++) {
    const row: FillState[] = [];
    for (let c = 0; c < state.cols; c++) {
      const p = props[state.top + r - origin.top]?.[state.left + c - origin.left];
      row.push(fillOf(p?.format?.fill));
    }
    out.push(row);
  }
  return out;
}

/** A fill as recorded for undo: "none" when the pattern says so (or nothing came back). */
export function fillOf(fill: { color?: string | null; pattern?: string | null } | undefined): FillState {
  if (!fill || fill.pattern === "None") return NO_FILL;
  const color = normaliseColor(fill.color ?? undefined);
  if (!color) return NO_FILL;
  // The documentation does not say how "no fill" reads back: "#FFFFFF" with pattern "None", or with
  // no pattern at all. White without a pattern is taken for no fill, so undo and 清除标记 never paint
  // a cell white that had no fill.
  if ((fill.pattern === undefined || fill.pattern === null) && color === "#FFFFFF") return NO_FILL;
  return color;
}

function mergesOf(areas: Excel.RangeAreas): MergeArea[] {
  const merges: MergeArea[] = [];
  for (const item of areas.areas?.items ?? []) {
    const parsed = parseRangeAddress(item.address);
    if (parsed) merges.push({ top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return merges;
}

/** An Office.js cell value as a grid value: errors by valueType, "" as null. */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** A formula from `Range.formulas`: the text when it starts with "=", else null (a constant). */
export function toFormula(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula : null;
}

export interface ReadSheetsOptions {
  styles?: boolean;
  counter?: SyncCounter;
  /** Cells per read sync (default READ_CELL_BUDGET); tests set it small. */
  budget?: number;
  /** Queues more loads into the first sync (notes' cells, a template's cells): called once per attempt. */
  alongside?: () => void;
}

/** One sheet's loads of the first read sync. */
interface SheetWindow {
  ws: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range | null;
  windowArea: MergeArea | null;
  merges: Excel.RangeAreas[];
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  /** Legacy path (ExcelApi < 1.4): the whole used range in one load. */
  legacy: SheetLoads | null;
}

/**
 * The grids and states of the given sheets, read under Excel's limits (see the file comment): one
 * sync for ordinary sheets, more only for what the first sync's windows did not cover. A payload
 * error starts the read again with a quarter of the budget (twice at most).
 */
export async function readSheets(
  context: Excel.RequestContext,
  items: Excel.Worksheet[],
  caps: Capabilities,
  options: ReadSheetsOptions = {},
): Promise<{ grids: Grid[]; sheets: SheetState[]; stats: ReadStats }> {
  const counter = options.counter ?? newCounter();
  let budget = options.budget ?? READ_CELL_BUDGET;
  let restarts = 0;
  for (;;) {
    try {
      const result = await readSheetsOnce(context, items, caps, options.styles === true, counter, budget, options.alongside);
      result.stats.restarts = restarts;
      return result;
    } catch (err) {
      const code = errorCode(err);
      if (code === undefined || !PAYLOAD_ERRORS.has(code) || restarts >= 2 || budget < 400) throw err;
      restarts++;
      budget = Math.floor(budget / 4);
    }
  }
}

async function readSheetsOnce(
  context: Excel.RequestContext,
  items: Excel.Worksheet[],
  caps: Capabilities,
  styles: boolean,
  counter: SyncCounter,
  budget: number,
  alongside?: () => void,
): Promise<{ grids: Grid[]; sheets: SheetState[]; stats: ReadStats }> {
  const stats: ReadStats = { restarts: 0 };
  // Cell properties (fills) cost about as much again per cell as the values: the window shrinks to match.
  const withFills = styles && caps.cellProperties;
  // The chunks read fills too (so marks below the window need no snapshot sync): the same share.
  const chunkBudget = withFills ? Math.floor((budget * CELL_BYTES) / (CELL_BYTES + FILL_BYTES)) : budget;
  const shape = windowShape(items.length, chunkBudget);
  const windows = items.map((ws) => queueWindow(ws, caps, styles, shape));
  alongside?.();
  await countedSync(context, counter);

  const grids: Grid[] = [];
  const sheets: SheetState[] = [];
  const work: { index: number; chunk: MergeArea }[] = [];
  windows.forEach((w, index) => {
    if (w.legacy) {
      const { grid, state } = sheetFromLoads(w.legacy, caps, styles);
      grids.push(grid);
      sheets.push(state);
      return;
    }
    const { grid, state, used } = sheetFromWindow(w, caps, styles);
    grids.push(grid);
    sheets.push(state);
    if (used) {
      for (const chunk of remainingChunks(used, w.windowArea && intersect(w.windowArea, used), chunkBudget)) work.push({ index, chunk });
    }
  });

  // Sync C…: the rest, each sync at most `chunkBudget` cells.
  for (const group of groupBySize(work, (w) => cellCount(w.chunk), chunkBudget)) {
    const loads = group.map(({ index, chunk }) => {
      const range = items[index].getRange(addressOf(chunk));
      range.load("values,formulas,valueTypes,numberFormat");
      // Fills too, so that a cell the run marks below the window needs no snapshot sync of its own.
      const fills = withFills && sheets[index].fills ? range.getCellProperties(FILL_PROPERTIES) : null;
      const merges = caps.merges ? mergeBands(chunk).map((band) => queueMerges(items[index], band)) : [];
      return { index, chunk, range, fills, merges };
    });
    await countedSync(context, counter);
    for (const { index, chunk, range, fills, merges } of loads) {
      fillChunk(grids[index], sheets[index], chunk, range);
      if (fills) copyFills(sheets[index], chunk, fills.value, chunk);
      for (const m of merges) addMerges(grids[index], m);
    }
  }
  for (const grid of grids) grid.merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { grids, sheets, stats };
}

function queueWindow(ws: Excel.Worksheet, caps: Capabilities, styles: boolean, shape: { rows: number; cols: number }): SheetWindow {
  if (!caps.usedRangeOrNull) {
    // ExcelApi 1.1–1.3 (no null objects): the whole used range in one load, as these hosts always did.
    return { ws, used: ws.getUsedRange(), window: null, windowArea: null, merges: [], fills: null, legacy: queueSheetRead(ws, caps, styles) };
  }
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const windowArea: MergeArea = { top: 0, left: 0, bottom: shape.rows - 1, right: shape.cols - 1 };
  const window = ws.getRange(addressOf(windowArea));
  window.load("values,formulas,valueTypes,numberFormat");
  const merges = caps.merges ? mergeBands(windowArea).map((band) => queueMerges(ws, band)) : [];
  const fills = styles && caps.cellProperties ? window.getCellProperties(FILL_PROPERTIES) : null;
  return { ws, used, window, windowArea, merges, fills, legacy: null };
}

function queueMerges(ws: Excel.Worksheet, band: MergeArea): Excel.RangeAreas {
  const areas = ws.getRange(addressOf(band)).getMergedAreasOrNullObject();
  areas.load("areas/items/address");
  return areas;
}

/** The grid and state of a sheet from its window; `used` is the extent still to cover (null: blank). */
function sheetFromWindow(w: SheetWindow, caps: Capabilities, styles: boolean): { grid: Grid; state: SheetState; used: MergeArea | null } {
  const { ws, used } = w;
  const hidden = ws.visibility !== undefined && ws.visibility !== "Visible";
  if ((used as { isNullObject?: boolean }).isNullObject !== true && used.rowCount * used.columnCount > SHEET_CELL_LIMIT) {
    // A stray value far down or far right (XFD1048576) makes a used range no read can cover.
    throw Object.assign(new Error(`the used range of ${ws.name} is ${used.address}`), { code: "RangeExceedsLimit" });
  }
  const isProtected = caps.protection ? ws.protection?.protected === true : null;
  const grid: Grid = { sheet: ws.name, top: 0, left: 0, values: [], formulas: [], merges: [] };
  if (hidden) grid.hidden = true;
  const state: SheetState = { name: ws.name, hidden, protected: isProtected, top: 0, left: 0, rows: 0, cols: 0, numberFormats: null, fills: null };
  if ((used as { isNullObject?: boolean }).isNullObject === true) return { grid, state, used: null };

  const origin = rangeOrigin(used);
  const rows = used.rowCount;
  const cols = used.columnCount;
  const area: MergeArea = { top: origin.top, left: origin.left, bottom: origin.top + rows - 1, right: origin.left + cols - 1 };
  grid.top = state.top = area.top;
  grid.left = state.left = area.left;
  state.rows = rows;
  state.cols = cols;
  grid.values = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(null));
  grid.formulas = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  state.numberFormats = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  if (styles && w.fills) state.fills = Array.from({ length: rows }, () => new Array<FillState | undefined>(cols).fill(undefined));

  const win = w.windowArea ? intersect(w.windowArea, area) : null;
  if (win && w.window) {
    fillChunk(grid, state, win, w.window, w.windowArea ?? undefined);
    if (w.fills && state.fills) copyFills(state, win, w.fills.value, w.windowArea as MergeArea);
  }
  if (styles && w.window && w.windowArea) keepOutside(state, area, w.windowArea, w.window, w.fills?.value ?? null);
  for (const m of w.merges) addMerges(grid, m);
  if (!styles) state.numberFormats = null;
  return { grid, state, used: area };
}

/** Fills of `area` from cell properties loaded over `from`, into the state's used-range shape. */
function copyFills(state: SheetState, area: MergeArea, props: Excel.CellProperties[][], from: MergeArea): void {
  if (!state.fills) return;
  for (let r = area.top; r <= area.bottom; r++) {
    const row = state.fills[r - state.top];
    if (!row) continue;
    for (let c = area.left; c <= area.right; c++) {
      if (c - state.left < 0 || c - state.left >= row.length) continue;
      row[c - state.left] = fillOf(props[r - from.top]?.[c - from.left]?.format?.fill);
    }
  }
}

/** The window's number formats and fills of cells outside the used range (see SheetState.outside). */
function keepOutside(state: SheetState, used: MergeArea, windowArea: MergeArea, window: Excel.Range, props: Excel.CellProperties[][] | null): void {
  const formats = Array.isArray(window.numberFormat) ? window.numberFormat : [];
  const outside = new Map<string, { numberFormat: string; fill?: FillState }>();
  // Only a band around the used range matters (a blank column or row beside the table): cap its size.
  const bottom = Math.min(windowArea.bottom, used.bottom + 2);
  for (let r = windowArea.top; r <= bottom; r++) {
    for (let c = windowArea.left; c <= windowArea.right; c++) {
      if (r >= used.top && r <= used.bottom && c >= used.left && c <= used.right) continue;
      const f = formats[r - windowArea.top]?.[c - windowArea.left];
      const entry: { numberFormat: string; fill?: FillState } = { numberFormat: typeof f === "string" ? f : "General" };
      if (props) entry.fill = fillOf(props[r - windowArea.top]?.[c - windowArea.left]?.format?.fill);
      outside.set(`${r}:${c}`, entry);
    }
  }
  state.outside = outside;
}

/**
 * Copies a loaded range's cells into the grid (and number formats into the state) where they meet the
 * used range. `from` is the loaded range's area when it is larger than `area` (the window).
 */
function fillChunk(grid: Grid, state: SheetState, area: MergeArea, range: Excel.Range, from: MergeArea = area): void {
  const values = range.values ?? [];
  const formulas = range.formulas ?? [];
  const types = range.valueTypes ?? [];
  const formats = Array.isArray(range.numberFormat) ? range.numberFormat : [];
  for (let r = area.top; r <= area.bottom; r++) {
    const gr = r - grid.top;
    if (gr < 0 || gr >= grid.values.length) continue;
    const lr = r - from.top;
    for (let c = area.left; c <= area.right; c++) {
      const gc = c - grid.left;
      if (gc < 0 || gc >= grid.values[gr].length) continue;
      const lc = c - from.left;
      grid.values[gr][gc] = toCellValue(values[lr]?.[lc], types[lr]?.[lc]);
      (grid.formulas as (string | null)[][])[gr][gc] = toFormula(formulas[lr]?.[lc]);
      const f = formats[lr]?.[lc];
      const text = typeof f === "string" ? f : "General";
      const kind = formatKindOf(text);
      if (kind !== null) {
        grid.formats ??= grid.values.map((row) => new Array<FormatKind | null>(row.length).fill(null));
        grid.formats[gr][gc] = kind;
      }
      if (state.numberFormats) state.numberFormats[gr][gc] = text;
    }
  }
}

/** Adds a band's merged areas to the grid, once each (a merge across two bands comes back twice). */
function addMerges(grid: Grid, areas: Excel.RangeAreas): void {
  if ((areas as { isNullObject?: boolean }).isNullObject === true) return;
  for (const m of mergesOf(areas)) {
    if (!grid.merges.some((g) => g.top === m.top && g.left === m.left && g.bottom === m.bottom && g.right === m.right)) grid.merges.push(m);
  }
}

/** A1 address of an area ("A1:L30"). */
function addressOf(a: MergeArea): string {
  return rangeAddress(a.top, a.left, a.bottom, a.right);
}

function intersect(a: MergeArea, b: MergeArea): MergeArea | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

