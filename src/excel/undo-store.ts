/**
 * Where the undo record lives: in the workbook, so "撤销本次检查" still works after the pane (or the
 * file) is closed and reopened. One record only: a new run replaces it.
 *
 * ExcelApi 1.4+: `workbook.settings`. Its `add` is queued in the same batch as the cell writes, so
 * saving the record costs no round trip of its own, and because it is queued first it is stored even
 * if a later operation of the batch fails. Older Excel: the common `Office.context.document.settings`
 * (ExcelApi 1.1 hosts have it): read from memory, persisted with `saveAsync` before the writes.
 */
import type { CellValue } from "../domain/grid";
import type { Capabilities } from "./capabilities";
import type { FillState, NotesMode } from "./read";

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
    value?: number;
    formula?: string;
    numberFormat?: string;
    fill?: string;
    note?: string;
  };
}

export interface UndoRecord {
  version: 1;
  createdAt: string;
  profile?: string;
  notesMode: NotesMode;
  cells: UndoCell[];
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
    if (r && r.version === 1 && Array.isArray(r.cells)) return { kind: "record", record: r as UndoRecord };
  } catch {
    // fall through
  }
  return { kind: "bad" };
}

/** ExcelApi 1.4: the workbook's own settings, batched with everything else. */
export class WorkbookSettingsStore implements UndoStore {
  private item: Excel.Setting | null = null;

  async save(context: Excel.RequestContext, record: UndoRecord): Promise<void> {
    context.workbook.settings.add(UNDO_SETTING_KEY, JSON.stringify(record));
  }

  queueLoad(context: Excel.RequestContext): void {
    this.item = context.workbook.settings.getItemOrNullObject(UNDO_SETTING_KEY);
    this.item.load("value");
  }

  loaded(): LoadedRecord {
    const setting = this.item;
    if (!setting || setting.isNullObject) return { kind: "none" };
    return parseRecord(setting.value);
  }

  async remove(context: Excel.RequestContext): Promise<void> {
    // The null-object check was done by the caller through queueLoad's result.
    if (this.item && !this.item.isNullObject) this.item.delete();
    else context.workbook.settings.add(UNDO_SETTING_KEY, ""); // never loaded: blank it (reads back as none)
  }
}

/** ExcelApi 1.1-1.3: the common API's document settings. */
export class DocumentSettingsStore implements UndoStore {
  constructor(private readonly settings: Office.Settings) {}

  async save(_context: Excel.RequestContext, record: UndoRecord): Promise<void> {
    this.settings.set(UNDO_SETTING_KEY, JSON.stringify(record));
    await this.persist();
  }

  private raw: unknown = null;

  queueLoad(): void {
    this.raw = this.settings.get(UNDO_SETTING_KEY);
  }

  loaded(): LoadedRecord {
    return parseRecord(this.raw);
  }

  async remove(): Promise<void> {
    this.settings.remove(UNDO_SETTING_KEY);
    await this.persist();
  }

  private persist(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Compared as text: the enum object only exists inside Office.
        if (String(result.status) === "failed") reject(result.error);
        else resolve();
      });
    });
  }
}

/** The store this Excel supports. */
export function undoStoreFor(caps: Capabilities): UndoStore {
  if (caps.settings) return new WorkbookSettingsStore();
  return new DocumentSettingsStore(Office.context.document.settings);
}
