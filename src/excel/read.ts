/**
 * Reads the workbook into plain grids (and, for apply/undo, the state of each sheet) in two round
 * trips, whatever the number of sheets:
 *
 *   sync A  the worksheet list (name, visibility, protection), the workbook's notes or comments, and
 *           (when a store is given) the previous run's undo record;
 *   sync B  for every sheet at once: used range (values, formulas, valueTypes, number formats:
 *           always, since Range.values gives a date as its serial number and a percent as the
 *           fraction, and only the format says which), merged areas (1.13), fills of the used range
 *           (getCellProperties, 1.9, for styles), and the cell each existing note or comment sits on.
 *
 * The list of sheets has to come back before anything can be asked of each sheet, so two is the floor.
 */
import type { CellValue, FormatKind, Grid, MergeArea } from "../domain/grid";
import { formatKindOf } from "../domain/number-format";
import type { Capabilities } from "./capabilities";
import { cellKey, parseRangeAddress, splitSheetAddress } from "./address";
import { normaliseColor } from "./colors";
import { countedSync, newCounter, type SyncCounter } from "./sync";
import type { UndoRecord, UndoStore } from "./undo-store";

/** A cell's fill: "#RRGGBB", or "none" when the cell has no fill. */
export type FillState = string;
export const NO_FILL = "none";

/** Where the add-in's notes go in this Excel: cell notes (1.18), threaded comments (1.10), nowhere. */
export type NotesMode = "note" | "comment" | "none";

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
  /** Fills of the used range, when styles were read on ExcelApi 1.9+. */
  fills: FillState[][] | null;
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
  await countedSync(context, counter);

  // Sync B: everything per sheet, queued in one batch.
  const loads: SheetLoads[] = worksheets.items.map((ws) => queueSheetRead(ws, caps, styles));
  const noteItems = noteCollection?.items ?? [];
  const noteLocations = noteItems.map((item) => item.getLocation().load("address"));
  await countedSync(context, counter);

  const grids: Grid[] = [];
  const sheets: SheetState[] = [];
  for (const l of loads) {
    const { grid, state } = sheetFromLoads(l, caps, styles);
    grids.push(grid);
    sheets.push(state);
  }

  const notes: Record<string, string> = {};
  noteItems.forEach((item, i) => {
    const { sheet, range } = splitSheetAddress(noteLocations[i].address);
    if (sheet === null) return;
    const first = range.split(":")[0];
    notes[cellKey(sheet, first)] = item.content ?? "";
  });

  const state: WorkbookState = { grids, sheets, notesMode, notes, syncs: counter.syncs - before };
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
    fills = bounds.getCellProperties({ format: { fill: { color: true, pattern: true } } });
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
export function fillOf(fill: { color?: string; pattern?: string } | undefined): FillState {
  if (!fill || fill.pattern === "None") return NO_FILL;
  return normaliseColor(fill.color) ?? NO_FILL;
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
