/**
 * Applies a plan (values, highlights, notes) to the open workbook.
 *
 * Round trips, given the read pass's state (readWorkbookState with styles):
 *   sync C  one write batch: the undo record first, then values/formulas/number formats, fills, notes,
 *           and the sheets the plan owns whole (the 项目清单 list, see owned-sheets.ts).
 * plus, only when the read pass could not see a touched cell's number format or fill (ExcelApi < 1.9,
 * or a cell outside the values-only used range):
 *   sync S  one snapshot load of exactly those cells, before the write batch.
 * Without a state, apply reads the workbook itself first (2 more syncs).
 */
import { type CellValue, type Grid, type MergeArea, cellAddress, formulaAt, parseAddress, valueAt } from "../../domain/grid";
import type { ApplyResult, Plan, SkippedItem as PlanSkippedItem, SkipReason } from "../../domain/plan/types";
import { type CellTarget, type PlanWorkbook, countNote, resolvePlan } from "../../domain/plan/resolve";
import { hasOurNote, type NoteOutcome } from "../../domain/plan/notes";
import { sheetIndex } from "../../domain/sheets/workbook-sheets";
import { excelStrings } from "../../strings/excel";
import type { Capabilities } from "../host/capabilities";
import { cellKey } from "../../domain/plan/cell-key";
import { normaliseColor } from "../host/colors";
import { carryOwned, planOwnedSheets, queueOwnedSheets } from "./owned-sheets";
import { lostMessage } from "../projects/sheet-writer";
import { cellInput } from "../projects/cell-input";
import { type SheetState, type WorkbookState, fillOf, readWorkbookState, toCellValue, toFormula } from "./read";
import { type FillState, NO_FILL, type NotesMode } from "./cell-state";
import { countedSync, newCounter, type SyncCounter } from "../host/sync";
import { UNDO_RECORD_MAX_CHARS, WRITE_BYTE_BUDGET, WRITE_OP_OVERHEAD, utf8Length } from "../host/limits";
import { type UndoCell, type UndoRecord, type UndoStore, undoStoreFor } from "./undo-store";

export type { SkipReason };

/** A plan item that was not applied, and why (with the Chinese reason the pane shows). */
export interface SkippedItem extends PlanSkippedItem {
  message: string;
}

/** The domain's ApplyResult, and what only Excel has: notes modes, messages, the undo record, round trips. */
export interface ApplyOutcome extends ApplyResult<SkippedItem> {
  notesMode: NotesMode;
  /** One Chinese line per cause (a protected sheet, notes unavailable, …), for the pane. */
  messages: string[];
  /** News, not problems: one Chinese line per sheet written whole (the 项目清单 list), for the pane. */
  notices: string[];
  /** Cells recorded for "撤销本次检查". */
  undoCells: number;
  /** Round trips apply took (including a read pass it had to do itself). */
  syncs: number;
  /** Sheets written whole (the 项目清单 list), created or rewritten. */
  ownedSheets: string[];
  /** True when nothing was written because the undo record could not be kept (see messages). */
  notWritten?: boolean;
}

export interface ApplyOptions {
  /** Leave notes out even when the plan has them. */
  addNotes?: boolean;
  /** The read pass's state; without it apply reads the workbook first. */
  state?: WorkbookState;
  /** Profile id, kept in the undo record. */
  profile?: string;
  counter?: SyncCounter;
  /** Where to keep the undo record (default: the store this Excel supports). */
  store?: UndoStore;
  now?: () => Date;
  /** Bytes per write sync (default WRITE_BYTE_BUDGET); tests set it small to see the batches. */
  writeByteBudget?: number;
  /**
   * What becomes of the previous run's undo record (state.previous). "replace" (a check run, the
   * default): this run's record replaces it, carrying over the marks (and unedited drafts) still in
   * the workbook. "extend" (填入说明草稿): this run's cells are added to it, so that 撤销本次检查
   * takes back the check and the drafts together; a cell already recorded keeps its earliest `before`.
   */
  undo?: "replace" | "extend";
}

/** One cell the run touches, with what it will get and how it was. */
interface Touch {
  sheet: SheetState;
  grid: Grid;
  cell: string;
  row: number;
  col: number;
  wrote: UndoCell["wrote"];
  /** The note text as it will be stored, and how it came about. */
  noteOutcome?: NoteOutcome;
  before: {
    value: CellValue;
    formula: string | null;
    numberFormat: string | null | undefined;
    fill: FillState | null | undefined;
    note: string | null;
  };
}

/** Applies the plan in one write batch (see the file comment for the round trips) and records undo. */
export async function applyPlan(context: Excel.RequestContext, plan: Plan, caps: Capabilities, options: ApplyOptions = {}): Promise<ApplyOutcome> {
  const counter = options.counter ?? newCounter();
  const start = counter.syncs;
  const store = options.store ?? undoStoreFor(caps);
  const state = options.state ?? (await readWorkbookState(context, caps, { styles: true, counter, store }));
  const notesMode = state.notesMode;
  const outcome: ApplyOutcome = {
    written: 0,
    formulas: 0,
    highlighted: 0,
    notesAdded: 0,
    notesReplaced: 0,
    notesAppended: 0,
    notesMode,
    skipped: [],
    messages: [],
    notices: [],
    undoCells: 0,
    syncs: 0,
    ownedSheets: [],
  };

  const touches = new Map<string, Touch>();
  const touch = (target: Target): Touch => {
    const key = cellKey(target.sheet.name, target.cell);
    let t = touches.get(key);
    if (!t) {
      t = {
        sheet: target.sheet,
        grid: target.grid,
        cell: target.cell,
        row: target.row,
        col: target.col,
        wrote: {},
        before: {
          value: valueAt(target.grid, target.row, target.col),
          formula: formulaAt(target.grid, target.row, target.col),
          numberFormat: knownNumberFormat(target.sheet, target.row, target.col),
          fill: knownFill(target.sheet, target.row, target.col),
          note: state.notes[key] ?? null,
        },
      };
      touches.set(key, t);
    }
    return t;
  };
  const extend = options.undo === "extend";
  // The record being extended removes notes its own way (notes or comments): a note of another kind
  // could not be taken back with it (the workbook was checked in another version of Excel).
  const notesMismatch = extend && state.previous !== null && state.previous !== undefined && state.previous.notesMode !== notesMode;
  const addNotes = options.addNotes !== false && plan.notes.length > 0 && !notesMismatch;
  if (options.addNotes !== false && plan.notes.length > 0 && notesMismatch) outcome.messages.push(excelStrings.drafts.notesModeChanged);
  if (addNotes && notesMode === "none") outcome.messages.push(excelStrings.degraded.notesUnavailable);
  if (addNotes && notesMode === "comment") outcome.messages.push(excelStrings.degraded.notesAsComments);
  const resolved = resolvePlan(plan, bookOf(state), { notes: addNotes && notesMode !== "none" });
  outcome.skipped = resolved.skipped.map((item) => ({ ...item, message: skipMessage(item, notesMode) }));
  const at = (t: CellTarget, row = t.row, col = t.col): Target => ({ sheet: state.sheets[t.sheetIndex], grid: state.grids[t.sheetIndex], cell: cellAddress(row, col), row, col });

  for (const { target, write } of resolved.writes) {
    const t = touch(at(target));
    if (write.formula) t.wrote.formula = write.formula;
    t.wrote.value = write.value;
    if (write.numberFormat) t.wrote.numberFormat = write.numberFormat;
  }

  for (const { target, area, color } of resolved.fills) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) touch(at(target, r, c)).wrote.fill = color;
    }
    outcome.highlighted++;
  }

  for (const note of resolved.notes) {
    const t = touch(at(note.target));
    t.wrote.note = note.text;
    t.noteOutcome = note.outcome;
  }
  summariseProtected(outcome);

  // Sync S (only when needed): number formats and fills the read pass could not see.
  const missing = [...touches.values()].filter((t) => t.before.numberFormat === undefined || (t.wrote.fill !== undefined && t.before.fill === undefined));
  if (missing.length > 0) {
    const loads = missing.map((t) => {
      const range = context.workbook.worksheets.getItem(t.sheet.name).getRange(t.cell);
      if (caps.cellProperties) range.load("values,formulas,valueTypes,numberFormat,format/fill/color,format/fill/pattern");
      else range.load("values,formulas,valueTypes,numberFormat,format/fill/color");
      return range;
    });
    await countedSync(context, counter);
    missing.forEach((t, i) => {
      const range = loads[i];
      if (!insideUsed(t.sheet, t.row, t.col)) {
        t.before.value = toCellValue(range.values?.[0]?.[0], range.valueTypes?.[0]?.[0]);
        t.before.formula = toFormula(range.formulas?.[0]?.[0]);
      }
      t.before.numberFormat = String(range.numberFormat?.[0]?.[0] ?? "General");
      t.before.fill = snapshotFill(range.format?.fill, caps);
    });
  }

  const cells: UndoCell[] = [...touches.values()].map((t) => ({
    sheet: t.sheet.name,
    cell: t.cell,
    before: {
      value: t.before.value,
      formula: t.before.formula,
      numberFormat: t.before.numberFormat ?? null,
      fill: t.wrote.fill !== undefined ? (t.before.fill ?? NO_FILL) : null,
      note: t.before.note,
    },
    wrote: t.wrote,
  }));

  // Sheets the plan owns whole (the 项目清单 list): written in the same batch.
  const owned = planOwnedSheets(plan.sheets ?? [], state);
  outcome.messages.push(...owned.messages);
  const ownedUndo = owned.plans.map((p) => p.undo);

  const createdAt = (options.now ?? (() => new Date()))().toISOString();
  let record: UndoRecord;
  if (extend && state.previous && cells.length > 0) {
    // One record for the check and what was added to it since: a later run still replaces it whole.
    const previous = state.previous;
    record = { ...previous, cells: extendCells(previous.cells, cells) };
    if (ownedUndo.length > 0) {
      const rewritten = ownedUndo.map((o) => o.name);
      const others = (previous.ownedSheets ?? []).filter((p) => sheetIndex(rewritten, p.name) < 0);
      record.ownedSheets = [...others, ...carryOwned(ownedUndo, previous.ownedSheets)];
    }
  } else if (cells.length === 0) {
    // Nothing to write: the previous run's record stays as it is (the list it rewrites joins it).
    if (ownedUndo.length === 0) {
      outcome.syncs = counter.syncs - start;
      return outcome;
    }
    const previous = state.previous ?? { version: 1, createdAt, profile: options.profile, notesMode, cells: [] };
    const rewritten = ownedUndo.map((o) => o.name);
    const others = (previous.ownedSheets ?? []).filter((p) => sheetIndex(rewritten, p.name) < 0);
    record = { ...previous, ownedSheets: [...others, ...carryOwned(ownedUndo, previous.ownedSheets)] };
  } else {
    if (state.previous) carryMarks(cells, state.previous, state);
    record = { version: 1, createdAt, profile: options.profile, notesMode, cells };
    if (ownedUndo.length > 0) record.ownedSheets = ownedUndo;
  }

  // A record the workbook's settings may not hold: nothing is written, so nothing is lost and
  // nothing is left that cannot be taken back; the findings stay in the pane.
  // The record travels as a setting's string value, so its JSON is escaped once more in the request.
  const recordBytes = utf8Length(JSON.stringify(JSON.stringify(record)));
  if (recordBytes > UNDO_RECORD_MAX_CHARS) {
    outcome.messages.push(extend ? excelStrings.drafts.undoTooLarge(cells.length) : excelStrings.limits.undoTooLarge(cells.length));
    outcome.notWritten = true;
    outcome.highlighted = 0;
    outcome.syncs = counter.syncs - start;
    return outcome;
  }

  // Sync C: the undo record first, then every write; a plan larger than one request may carry
  // (limits.ts) goes on in further syncs, the record always in the first.
  await store.save(context, record);
  outcome.undoCells = cells.length;
  let pendingBytes = recordBytes + WRITE_OP_OVERHEAD;
  let batches = 0;
  // After the first write batch, a failure leaves part of the run in the workbook: said so, with the
  // way back (the undo record went with the first batch).
  const syncPart = async (): Promise<void> => {
    try {
      await countedSync(context, counter);
    } catch (err) {
      if (batches > 0) throw partialWriteError(err);
      throw err;
    }
    batches++;
  };
  const spend = async (bytes: number): Promise<void> => {
    if (pendingBytes > 0 && pendingBytes + bytes > (options.writeByteBudget ?? WRITE_BYTE_BUDGET)) {
      await syncPart();
      pendingBytes = 0;
    }
    pendingBytes += bytes;
  };

  const worksheets = new Map<string, Excel.Worksheet>();
  const wsOf = (name: string) => {
    let ws = worksheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      worksheets.set(name, ws);
    }
    return ws;
  };
  for (const t of touches.values()) {
    const { wrote } = t;
    await spend(WRITE_OP_OVERHEAD * 2 + utf8Length(String(wrote.formula ?? wrote.value ?? "")) + utf8Length(wrote.note ?? ""));
    const ws = wsOf(t.sheet.name);
    if (wrote.value !== undefined || wrote.formula !== undefined) {
      const dest = ws.getRange(t.cell);
      if (wrote.formula !== undefined) {
        dest.formulas = [[wrote.formula]];
        outcome.formulas++;
      } else {
        // Text (a draft) goes in as text: Excel would read "=…", "100%" or "2024/1/5" as typed.
        dest.values = [[typeof wrote.value === "string" ? cellInput(wrote.value) : wrote.value]];
      }
      if (wrote.numberFormat !== undefined) dest.numberFormat = [[wrote.numberFormat]];
      outcome.written++;
    }
    if (wrote.note !== undefined) {
      queueNote(ws, t.cell, wrote.note, t.before.note !== null, notesMode);
      if (t.noteOutcome) countNote(outcome, t.noteOutcome);
    }
  }
  // Fills by highlighted area (a merged area in one call), after the per-cell work above.
  for (const [sheetName, areas] of fillAreas(touches)) {
    const ws = wsOf(sheetName);
    for (const { address, color } of areas) {
      await spend(WRITE_OP_OVERHEAD);
      ws.getRange(address).format.fill.color = color;
    }
  }
  if (owned.plans.length > 0) {
    const lost = lostMessage(queueOwnedSheets(context, owned.plans, caps));
    for (const p of owned.plans) {
      outcome.ownedSheets.push(p.spec.name);
      outcome.notices.push(excelStrings.listSheet.written(p.spec.name));
    }
    if (lost) outcome.messages.push(lost);
  }
  await syncPart();

  outcome.syncs = counter.syncs - start;
  return outcome;
}

/**
 * One level of undo for values, but every mark of ours stays removable: fills and notes of the
 * previous run (known from its record) are kept in the new record. Where this run marks the same
 * cell again and the previous mark is still there, "before" is what the user had before either run;
 * marks this run does not repeat are carried over as they were (undo and 清除标记 check at restore
 * time that they are still ours). A draft of 偏差原因 (填入说明草稿, the only text the add-in writes)
 * that the cell still holds word for word is carried like a mark: it is unfinished work of ours, not
 * the user's, so 撤销本次检查 after the next check still takes it out. A draft the user has edited is
 * theirs and is left out.
 */
function carryMarks(cells: UndoCell[], previous: UndoRecord, state: WorkbookState): void {
  const byKey = new Map(cells.map((c) => [cellKey(c.sheet, c.cell), c]));
  const sheetNames = new Set(state.sheets.map((s) => s.name));
  for (const p of previous.cells) {
    const draft = typeof p.wrote.value === "string" && p.wrote.formula === undefined && holdsNow(state, p.sheet, p.cell, p.wrote.value);
    if (p.wrote.fill === undefined && p.wrote.note === undefined && !draft) continue;
    const current = byKey.get(cellKey(p.sheet, p.cell));
    if (current) {
      if (current.wrote.fill !== undefined && p.wrote.fill !== undefined && p.before.fill !== null && current.before.fill === normaliseColor(p.wrote.fill)) {
        current.before.fill = p.before.fill;
      }
      if (current.wrote.note !== undefined && p.wrote.note !== undefined && current.before.note === p.wrote.note) {
        current.before.note = p.before.note;
      }
      if (draft && current.wrote.value === undefined && current.wrote.formula === undefined) {
        // In the record only: `wrote` is shared with the write batch, which must not write the draft again.
        current.wrote = { ...current.wrote, value: p.wrote.value };
        current.before = { ...current.before, value: p.before.value, formula: p.before.formula };
      }
      continue;
    }
    if (!sheetNames.has(p.sheet)) continue;
    const wrote: UndoCell["wrote"] = {};
    if (draft) wrote.value = p.wrote.value;
    if (p.wrote.fill !== undefined) wrote.fill = p.wrote.fill;
    if (p.wrote.note !== undefined) wrote.note = p.wrote.note;
    cells.push({ sheet: p.sheet, cell: p.cell, before: { ...p.before }, wrote });
  }
}

/** True when the cell, as read in this run, holds exactly `value` (and no formula). */
function holdsNow(state: WorkbookState, sheet: string, cell: string, value: string): boolean {
  const grid = state.grids.find((g) => g.sheet === sheet);
  if (!grid) return false;
  let pos: { row: number; col: number };
  try {
    pos = parseAddress(cell);
  } catch {
    return false;
  }
  return formulaAt(grid, pos.row, pos.col) === null && valueAt(grid, pos.row, pos.col) === value;
}

/**
 * The previous record with this run's cells added (undo: "extend"). A cell both recorded: for each
 * part this run writes (content, number format, fill, note), `before` stays the earliest one when
 * the cell still holds what the previous run wrote there (so undo goes back to before both), and is
 * this run's `before` otherwise (the user changed it in between: their version is what undo restores);
 * `wrote` is the newest. Parts only the previous run wrote stay as they were recorded.
 */
function extendCells(previous: readonly UndoCell[], cells: readonly UndoCell[]): UndoCell[] {
  const out = previous.map((c) => ({ ...c, before: { ...c.before }, wrote: { ...c.wrote } }));
  const byKey = new Map(out.map((c) => [cellKey(c.sheet, c.cell), c]));
  for (const c of cells) {
    const p = byKey.get(cellKey(c.sheet, c.cell));
    if (!p) {
      out.push(c);
      continue;
    }
    if (c.wrote.value !== undefined || c.wrote.formula !== undefined) {
      const stillPrevious =
        p.wrote.formula !== undefined ? c.before.formula === p.wrote.formula : p.wrote.value !== undefined && c.before.formula === null && c.before.value === p.wrote.value;
      if (!stillPrevious) {
        p.before.value = c.before.value;
        p.before.formula = c.before.formula;
      }
      delete p.wrote.value;
      delete p.wrote.formula;
      if (c.wrote.value !== undefined) p.wrote.value = c.wrote.value;
      if (c.wrote.formula !== undefined) p.wrote.formula = c.wrote.formula;
    }
    if (c.wrote.numberFormat !== undefined) {
      if (p.wrote.numberFormat === undefined || c.before.numberFormat !== p.wrote.numberFormat) p.before.numberFormat = c.before.numberFormat;
      p.wrote.numberFormat = c.wrote.numberFormat;
    }
    if (c.wrote.fill !== undefined) {
      const stillPrevious = p.wrote.fill !== undefined && p.before.fill !== null && normaliseColor(c.before.fill) === normaliseColor(p.wrote.fill);
      if (!stillPrevious) p.before.fill = c.before.fill;
      p.wrote.fill = c.wrote.fill;
    }
    if (c.wrote.note !== undefined) {
      if (p.wrote.note === undefined || c.before.note !== p.wrote.note) p.before.note = c.before.note;
      p.wrote.note = c.wrote.note;
    }
  }
  return out;
}

/** Adds or rewrites a note (1.18) or a threaded comment (1.10) on one cell. */
export function queueNote(ws: Excel.Worksheet, cell: string, text: string, exists: boolean, mode: NotesMode): void {
  if (mode === "note") {
    if (exists) ws.notes.getItem(cell).content = text;
    else ws.notes.add(cell, text);
  } else if (mode === "comment") {
    // Comment methods want a Range (or an address with the sheet name), unlike notes.
    const range = ws.getRange(cell);
    if (exists) ws.comments.getItemByCell(range).content = text;
    else ws.comments.add(range, text);
  }
}

/** An Office error re-coded "PartiallyWritten", carrying the cause's code and message. */
function partialWriteError(cause: unknown): Error & { code: string; cause: unknown } {
  const code = (cause as { code?: string } | null)?.code;
  const error = new Error(excelStrings.limits.partiallyWritten(code)) as Error & { code: string; cause: unknown };
  error.code = "PartiallyWritten";
  error.cause = cause;
  return error;
}

function snapshotFill(fill: Excel.RangeFill | undefined, caps: Capabilities): FillState {
  if (!fill) return NO_FILL;
  if (caps.cellProperties) return fillOf({ color: fill.color, pattern: fill.pattern });
  // Before ExcelApi 1.9 there is no pattern: an unfilled cell reports white, restored as no fill.
  const color = fillOf({ color: fill.color });
  return color === "#FFFFFF" ? NO_FILL : color;
}

/** Consecutive touched cells of one fill grouped back into the areas they were filled as. */
function fillAreas(touches: Map<string, Touch>): Map<string, { address: string; color: string }[]> {
  const out = new Map<string, { address: string; color: string }[]>();
  const seen = new Set<string>();
  for (const t of touches.values()) {
    if (t.wrote.fill === undefined) continue;
    const key = cellKey(t.sheet.name, t.cell);
    if (seen.has(key)) continue;
    const area = mergeAt(t.grid.merges, t.row, t.col);
    let address = t.cell;
    if (area && area.top === t.row && area.left === t.col) {
      address = `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) seen.add(cellKey(t.sheet.name, cellAddress(r, c)));
    } else {
      seen.add(key);
    }
    const list = out.get(t.sheet.name) ?? [];
    list.push({ address, color: t.wrote.fill });
    out.set(t.sheet.name, list);
  }
  return out;
}

/** One "工作表受保护" line per sheet instead of one per cell. */
function summariseProtected(outcome: ApplyOutcome): void {
  const counts = new Map<string, number>();
  for (const s of outcome.skipped) if (s.reason === "protected") counts.set(s.sheet, (counts.get(s.sheet) ?? 0) + 1);
  for (const [sheet, count] of counts) outcome.messages.push(excelStrings.skipped.protectedSheet(sheet, count));
}

function insideUsed(sheet: SheetState, row: number, col: number): boolean {
  return row >= sheet.top && row < sheet.top + sheet.rows && col >= sheet.left && col < sheet.left + sheet.cols;
}

function knownNumberFormat(sheet: SheetState, row: number, col: number): string | undefined {
  if (!sheet.numberFormats) return undefined;
  if (!insideUsed(sheet, row, col)) return sheet.outside?.get(`${row}:${col}`)?.numberFormat;
  return sheet.numberFormats[row - sheet.top]?.[col - sheet.left];
}

function knownFill(sheet: SheetState, row: number, col: number): FillState | undefined {
  if (!sheet.fills) return undefined;
  if (!insideUsed(sheet, row, col)) return sheet.outside?.get(`${row}:${col}`)?.fill;
  return sheet.fills[row - sheet.top]?.[col - sheet.left];
}

function mergeAt(merges: MergeArea[], row: number, col: number): MergeArea | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** A cell of a sheet read, as the write batch and the undo record need it. */
interface Target {
  sheet: SheetState;
  grid: Grid;
  /** The cell's address; a plan item inside a merged area lands on the area's top-left cell. */
  cell: string;
  row: number;
  col: number;
}

/**
 * The workbook as resolvePlan sees it, from the read pass: protection, merges, formulas and notes.
 * A threaded comment is someone else's when the add-in writes notes beside it (1.18: whether Excel
 * takes a note there is undocumented, and a refusal would fail the whole batch), and, when the add-in
 * writes threaded comments itself (1.10), when it is not ours.
 */
function bookOf(state: WorkbookState): PlanWorkbook {
  const noteAt = (sheet: number, row: number, col: number) => state.notes[cellKey(state.sheets[sheet].name, cellAddress(row, col))] ?? null;
  return {
    sheetNames: state.sheets.map((s) => s.name),
    isProtected: (sheet) => state.sheets[sheet].protected === true,
    mergeAt: (sheet, row, col) => mergeAt(state.grids[sheet].merges, row, col),
    formulaAt: (sheet, row, col) => formulaAt(state.grids[sheet], row, col),
    noteAt,
    othersCommentAt: (sheet, row, col) => {
      if (state.notesMode === "note") return state.commentCells?.has(cellKey(state.sheets[sheet].name, cellAddress(row, col))) === true;
      const existing = noteAt(sheet, row, col);
      return state.notesMode === "comment" && existing !== null && !hasOurNote(existing);
    },
  };
}

/** The Chinese line the pane shows for an item left out. */
function skipMessage(item: PlanSkippedItem, notesMode: NotesMode): string {
  switch (item.reason) {
    case "protected":
      return excelStrings.skipped.protectedCell(item.sheet, item.cell);
    case "sheet-not-found":
      return excelStrings.skipped.sheetNotFound(item.sheet);
    case "bad-address":
      return excelStrings.skipped.badAddress(item.sheet, item.cell);
    case "formula-cell":
      return excelStrings.skipped.formulaCell(item.sheet, item.cell, item.formula ?? "");
    case "user-comment":
      return notesMode === "note" ? excelStrings.limits.noteRefused(item.sheet, item.cell) : excelStrings.skipped.userComment(item.sheet, item.cell);
    case "notes-unavailable":
      return excelStrings.degraded.notesUnavailable;
  }
}
