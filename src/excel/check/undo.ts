/**
 * The add-in's own undo ("撤销本次检查") and "清除标记", both driven by the record apply stored.
 *
 * Round trips (the same for any number of cells and sheets):
 *   sync U1  the record (workbook.settings), the sheet list with protection, and on the comments
 *            path the workbook's comments;
 *   sync U2  the current value, formula and fill of every recorded cell, and its note (or the cell
 *            each comment sits on) — so that a cell the user changed after the run is left alone;
 *   sync U3  the restoring batch, and the record deleted (undo) or rewritten without the marks.
 * Undo also takes back the sheets the run wrote whole (the 项目清单 list; loaded in U2, restored in
 * U3): a list the run created is deleted, a list it rewrote gets its earlier values back, and a list
 * the user has changed since is left alone. 清除标记 leaves the list as it is.
 * With nothing recorded it stops after U1.
 */
import type { CellValue } from "../../domain/grid";
import { isCellError, rangeAddress } from "../../domain/grid";
import { excelStrings } from "../../strings/excel";
import type { Capabilities } from "../host/capabilities";
import { splitSheetAddress } from "../host/address";
import { cellKey } from "../../domain/plan/cell-key";
import { cellInput } from "../projects/cell-input";
import { contentOfRange } from "../../domain/sheets/fingerprint";
import { normaliseColor } from "../host/colors";
import { fillOf, notesModeOf, toFormula } from "./read";
import { NO_FILL } from "./cell-state";
import { countedSync, newCounter, type SyncCounter } from "../host/sync";
import { type OwnedSheetUndo, type UndoCell, type UndoStore, undoStoreFor } from "./undo-store";

/** Why an undo or 清除标记 did nothing: no run is recorded, or its record cannot be read. */
export type UndoFailure = "no-undo-record" | "bad-undo-record";

export interface UndoOutcome {
  ok: boolean;
  /** Set when ok is false. */
  reason?: UndoFailure;
  /** Cells where something was restored. */
  restored: number;
  /** Chinese lines for the pane: the result, cells left alone, sheets that are gone. */
  messages: string[];
  syncs: number;
}

export interface UndoOptions {
  counter?: SyncCounter;
  store?: UndoStore;
}

/** Restores every cell the last run touched (values, formulas, number formats, fills, notes), then forgets the run. */
export function undoLastRun(context: Excel.RequestContext, caps: Capabilities, options: UndoOptions = {}): Promise<UndoOutcome> {
  return restore(context, caps, "undo", options);
}

/** Removes the last run's fills and notes only (restoring what was there before), keeping the values it wrote. */
export function clearMarks(context: Excel.RequestContext, caps: Capabilities, options: UndoOptions = {}): Promise<UndoOutcome> {
  return restore(context, caps, "marks", options);
}

interface CellLoads {
  entry: UndoCell;
  range: Excel.Range;
  note: Excel.Note | null;
}

interface CommentLike {
  content: string;
  getLocation(): Excel.Range;
  delete(): void;
}

async function restore(context: Excel.RequestContext, caps: Capabilities, mode: "undo" | "marks", options: UndoOptions): Promise<UndoOutcome> {
  const counter = options.counter ?? newCounter();
  const start = counter.syncs;
  const store = options.store ?? undoStoreFor(caps);
  const done = (ok: boolean, restored: number, messages: string[], reason?: UndoFailure): UndoOutcome => ({ ok, reason, restored, messages, syncs: counter.syncs - start });

  // U1
  store.queueLoad(context);
  const worksheets = context.workbook.worksheets;
  worksheets.load(caps.protection ? "items/name,items/visibility,items/protection/protected" : "items/name,items/visibility");
  const commentsMode = notesModeOf(caps) === "comment";
  const comments = commentsMode ? context.workbook.comments.load("items/content") : null;
  await countedSync(context, counter);

  const loaded = store.loaded();
  if (loaded.kind === "none") return done(false, 0, [excelStrings.undo.nothingToUndo], "no-undo-record");
  if (loaded.kind === "bad") return done(false, 0, [excelStrings.undo.badRecord], "bad-undo-record");
  const record = loaded.record;

  const messages: string[] = [];
  const sheets = new Map<string, Excel.Worksheet>();
  const blocked = new Set<string>();
  for (const ws of worksheets.items) sheets.set(ws.name, ws);
  for (const name of new Set(record.cells.map((c) => c.sheet))) {
    const ws = sheets.get(name);
    if (!ws) {
      blocked.add(name);
      messages.push(excelStrings.undo.sheetMissing(name));
    } else if (caps.protection && ws.protection?.protected === true) {
      blocked.add(name);
      messages.push(excelStrings.undo.sheetProtected(name));
    }
  }
  const wanted = (c: UndoCell) => (mode === "undo" ? true : c.wrote.fill !== undefined || c.wrote.note !== undefined);
  const entries = record.cells.filter((c) => !blocked.has(c.sheet) && wanted(c));
  const notesMode = record.notesMode;

  // U2
  const loads: CellLoads[] = entries.map((entry) => {
    const ws = sheets.get(entry.sheet)!;
    const range = ws.getRange(entry.cell);
    if (caps.cellProperties) range.load("values,formulas,format/fill/color,format/fill/pattern");
    else range.load("values,formulas,format/fill/color");
    let note: Excel.Note | null = null;
    if (entry.wrote.note !== undefined && notesMode === "note" && caps.notes) {
      note = ws.notes.getItemOrNullObject(entry.cell);
      note.load("content");
    }
    return { entry, range, note };
  });
  // The sheets the run wrote whole (项目清单): only undo takes them back; 清除标记 leaves them.
  const owned = mode === "undo" ? queueOwnedLoads(record.ownedSheets ?? [], sheets, caps, messages) : [];
  const commentItems = (comments?.items ?? []) as unknown as CommentLike[];
  const commentLocations = notesMode === "comment" ? commentItems.map((c) => c.getLocation().load("address")) : [];
  await countedSync(context, counter);

  const commentAt = new Map<string, CommentLike>();
  commentLocations.forEach((loc, i) => {
    const { sheet, range } = splitSheetAddress(loc.address);
    if (sheet !== null) commentAt.set(cellKey(sheet, range.split(":")[0]), commentItems[i]);
  });

  // U3
  let restored = 0;
  const keep: UndoCell[] = [];
  for (const { entry, range, note } of loads) {
    const { before, wrote } = entry;
    let touched = false;
    let changed = false;
    const remaining: UndoCell["wrote"] = {};

    if (mode === "undo" && (wrote.value !== undefined || wrote.formula !== undefined)) {
      if (stillOurs(range, wrote)) {
        if (before.formula !== null) range.formulas = [[before.formula]];
        else range.values = [[toExcelValue(before.value)]];
        if (wrote.numberFormat !== undefined) range.numberFormat = [[before.numberFormat ?? "General"]];
        touched = true;
      } else if (!stillAsBefore(range, before)) changed = true;
    }
    if (wrote.fill !== undefined) {
      const current = caps.cellProperties ? fillOf({ color: range.format.fill.color, pattern: range.format.fill.pattern }) : normaliseColor(range.format.fill.color);
      if (current === normaliseColor(wrote.fill)) {
        if (before.fill === null || before.fill === NO_FILL) range.format.fill.clear();
        else range.format.fill.color = before.fill;
        touched = true;
      } else if (current !== (before.fill ?? NO_FILL)) changed = true;
    }
    if (wrote.note !== undefined) {
      if (notesMode === "note" && note && !note.isNullObject && note.content === wrote.note) {
        if (before.note === null) note.delete();
        else note.content = before.note;
        touched = true;
      } else if (notesMode === "comment") {
        const comment = commentAt.get(cellKey(entry.sheet, entry.cell));
        if (comment && comment.content === wrote.note) {
          if (before.note === null) comment.delete();
          else comment.content = before.note;
          touched = true;
        } else if ((comment?.content ?? null) !== before.note) changed = true;
      } else if (notesMode === "note") {
        // A note the run never got to write (the batch failed first) is as it was: nothing changed.
        const current = note && !note.isNullObject ? note.content : null;
        if (current !== before.note) changed = true;
      }
    }
    if (mode === "marks" && (wrote.value !== undefined || wrote.formula !== undefined)) {
      // Values stay: keep them undoable.
      if (wrote.value !== undefined) remaining.value = wrote.value;
      if (wrote.formula !== undefined) remaining.formula = wrote.formula;
      if (wrote.numberFormat !== undefined) remaining.numberFormat = wrote.numberFormat;
    }
    if (touched) restored++;
    if (changed) messages.push(excelStrings.undo.changedSince(entry.sheet, entry.cell));
    if (Object.keys(remaining).length > 0) keep.push({ ...entry, wrote: remaining, before: { ...before, fill: null } });
  }
  if (mode === "marks") {
    // Cells whose values the run wrote but that had no marks stay undoable too.
    for (const c of record.cells) if (!wanted(c) && !blocked.has(c.sheet)) keep.push(c);
  }

  if (mode === "undo") {
    let visible = worksheets.items.filter((ws) => ws.visibility === "Visible").length;
    for (const o of owned) {
      const line = restoreOwned(o, visible);
      if (line.deleted && o.ws.visibility === "Visible") visible--;
      messages.push(line.message);
    }
  }
  const ownedKept = mode === "marks" && (record.ownedSheets ?? []).length > 0;
  if (mode === "undo" || (keep.length === 0 && !ownedKept)) await store.remove(context);
  else await store.save(context, { ...record, cells: keep });
  await countedSync(context, counter);

  messages.unshift(mode === "undo" ? excelStrings.undo.restored(restored) : excelStrings.undo.marksCleared(restored));
  return done(true, restored, messages);
}

interface OwnedLoads {
  entry: OwnedSheetUndo;
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** U2 for the owned sheets: what each holds now (missing and protected ones are reported and skipped). */
function queueOwnedLoads(entries: OwnedSheetUndo[], sheets: Map<string, Excel.Worksheet>, caps: Capabilities, messages: string[]): OwnedLoads[] {
  return entries.flatMap((entry) => {
    const ws = sheets.get(entry.name);
    if (!ws) {
      messages.push(excelStrings.listSheet.undoMissing(entry.name));
      return [];
    }
    if (caps.protection && ws.protection?.protected === true) {
      messages.push(excelStrings.undo.sheetProtected(entry.name));
      return [];
    }
    const used = caps.usedRangeValuesOnly ? ws.getUsedRange(true) : ws.getUsedRange();
    used.load("values,formulas,rowIndex,columnIndex");
    return [{ entry, ws, used }];
  });
}

/** U3 for one owned sheet: deleted when the run created it, its earlier contents written back otherwise. */
function restoreOwned({ entry, ws, used }: OwnedLoads, visibleSheets: number): { message: string; deleted: boolean } {
  const now = contentOfRange(used.rowIndex, used.columnIndex, used.values, used.formulas).fingerprint();
  if (now !== entry.fingerprint) return { message: excelStrings.listSheet.undoChanged(entry.name), deleted: false };
  const previous = entry.previous;
  if (previous === null) {
    if (ws.visibility === "Visible" && visibleSheets <= 1) return { message: excelStrings.added.lastSheet(entry.name), deleted: false };
    ws.delete();
    return { message: excelStrings.listSheet.undoDeleted(entry.name), deleted: true };
  }
  ws.getRange().clear("Contents");
  const width = previous.cells.reduce((w, row) => Math.max(w, row.length), 0);
  if (previous.cells.length > 0 && width > 0) {
    const values = previous.cells.map((row) => Array.from({ length: width }, (_, c) => cellInput(row[c] ?? null, true)));
    ws.getRange(rangeAddress(previous.top, previous.left, previous.top + values.length - 1, previous.left + width - 1)).values = values;
  }
  return { message: excelStrings.listSheet.undoRestored(entry.name), deleted: false };
}

/** True when the cell still holds what the run wrote (the user has not typed over it). */
/**
 * The cell holds what it held before the run: the run never got to write it (a write batch that
 * failed after the first one). Nothing to put back, and nothing the user changed either.
 */
function stillAsBefore(range: Excel.Range, before: UndoCell["before"]): boolean {
  const formula = toFormula(range.formulas?.[0]?.[0]);
  if (before.formula !== null) return formula === before.formula;
  const value = range.values?.[0]?.[0];
  return formula === null && (value === toExcelValue(before.value) || (before.value === null && (value === "" || value === null)));
}

function stillOurs(range: Excel.Range, wrote: UndoCell["wrote"]): boolean {
  const formula = toFormula(range.formulas?.[0]?.[0]);
  if (wrote.formula !== undefined) return formula !== null && formula.replace(/\s+/g, "").toUpperCase() === wrote.formula.replace(/\s+/g, "").toUpperCase();
  return formula === null && range.values?.[0]?.[0] === wrote.value;
}

/** A recorded value as Office.js takes it: "" for empty, the error text for an error, text kept as text. */
function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (value instanceof Date) return value.toISOString();
  return cellInput(value);
}
