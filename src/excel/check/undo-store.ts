/**
 * Where the undo record lives: in the workbook, so "撤销本次检查" still works after the pane (or the
 * file) is closed and reopened. One record only: a new check replaces it; 填入说明草稿 adds its cells
 * to it (apply's undo: "extend"), so that one 撤销本次检查 takes back the check and its drafts.
 *
 * Kept through settings-store.ts: `workbook.settings` on ExcelApi 1.4+ (queued in the write batch),
 * else the common `Office.context.document.settings` (saved with `saveAsync` before the writes).
 */
import type { CellValue } from "../../domain/grid";
import type { Capabilities } from "../host/capabilities";
import type { FillState, NotesMode } from "./cell-state";
import { DocumentSetting, WorkbookSetting } from "../host/settings-store";

export const UNDO_SETTING_KEY = "selfeval.undo.v1";

/** One touched cell: how it was before the run, and what the run put there. */
export interface UndoCell {
  sheet: string;
  cell: string;
  before: {
    value: CellValue;
    formula: string | null;
    numberFormat: string | null;
    /** "#RRGGBB" or "none"; null when not known (the cell's fill was not touched). */
    fill: FillState | null;
    note: string | null;
  };
  /** Only the parts the run changed are present. */
  wrote: {
    value?: number | string;
    formula?: string;
    numberFormat?: string;
    fill?: string;
    note?: string;
  };
}

/** A sheet the run wrote whole (the 项目清单 list): how to take it back. */
export interface OwnedSheetUndo {
  name: string;
  /** Fingerprint of what the run wrote (fingerprint.ts): a sheet that no longer matches is left alone. */
  fingerprint: string;
  /** null: the run created the sheet (undo deletes it); else what the sheet held before (undo writes it back). */
  previous: { top: number; left: number; cells: (string | number | boolean | null)[][] } | null;
}

export interface UndoRecord {
  version: 1;
  createdAt: string;
  profile?: string;
  notesMode: NotesMode;
  cells: UndoCell[];
  /** Sheets written whole; absent in records of earlier versions of the add-in. */
  ownedSheets?: OwnedSheetUndo[];
}

/** A record read back: the record, none, or something unreadable. */
export type LoadedRecord = { kind: "record"; record: UndoRecord } | { kind: "none" } | { kind: "bad" };

export interface UndoStore {
  /** Queues (or performs) the save; resolved before the batch's sync. */
  save(context: Excel.RequestContext, record: UndoRecord): Promise<void>;
  /** Queues the read of the record. */
  queueLoad(context: Excel.RequestContext): void;
  /** The record queued by queueLoad; call after the next sync. */
  loaded(): LoadedRecord;
  /** Queues (or performs) the deletion of the record; call after queueLoad's result is known. */
  remove(context: Excel.RequestContext): Promise<void>;
}

export function parseRecord(raw: unknown): LoadedRecord {
  if (raw === null || raw === undefined || raw === "") return { kind: "none" };
  try {
    const value = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
    const r = value as Partial<UndoRecord>;
    if (r && r.version === 1 && Array.isArray(r.cells)) {
      const record = r as UndoRecord;
      if (record.ownedSheets !== undefined) {
        const valid = Array.isArray(record.ownedSheets) ? record.ownedSheets.filter(isOwnedSheetUndo) : [];
        if (valid.length > 0) record.ownedSheets = valid;
        else delete record.ownedSheets;
      }
      return { kind: "record", record };
    }
  } catch {
    // fall through
  }
  return { kind: "bad" };
}

function isOwnedSheetUndo(x: unknown): x is OwnedSheetUndo {
  const o = x as Partial<OwnedSheetUndo> | null;
  if (!o || typeof o.name !== "string" || typeof o.fingerprint !== "string") return false;
  const p = o.previous;
  return p === null || (typeof p === "object" && p !== undefined && typeof p.top === "number" && typeof p.left === "number" && Array.isArray(p.cells));
}

/** ExcelApi 1.4: the workbook's own settings, batched with everything else. */
export class WorkbookSettingsStore implements UndoStore {
  private readonly setting = new WorkbookSetting(UNDO_SETTING_KEY);

  save(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
    return this.setting.save(context, record);
  }

  queueLoad(context: Excel.RequestContext): void {
    this.setting.queueLoad(context);
  }

  loaded(): LoadedRecord {
    return parseRecord(this.setting.raw());
  }

  remove(context: Excel.RequestContext): Promise<void> {
    return this.setting.remove(context);
  }
}

/** ExcelApi 1.1-1.3: the common API's document settings. */
export class DocumentSettingsStore implements UndoStore {
  private readonly setting: DocumentSetting;

  constructor(settings: Office.Settings) {
    this.setting = new DocumentSetting(settings, UNDO_SETTING_KEY);
  }

  save(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
    return this.setting.save(context, record);
  }

  queueLoad(context: Excel.RequestContext): void {
    this.setting.queueLoad();
    void context;
  }

  loaded(): LoadedRecord {
    return parseRecord(this.setting.raw());
  }

  remove(): Promise<void> {
    return this.setting.remove();
  }
}

/** The store this Excel supports. */
export function undoStoreFor(caps: Capabilities): UndoStore {
  if (caps.settings) return new WorkbookSettingsStore();
  return new DocumentSettingsStore(Office.context.document.settings);
}
