/**
 * One JSON value kept in the workbook under a key, so that the add-in's own undo still works after
 * the pane (or the file) is closed and reopened.
 *
 * ExcelApi 1.4+: `workbook.settings`. Its `add` is queued in the same batch as the writes, so saving
 * costs no round trip of its own, and because callers queue it first it is stored even if a later
 * operation of the batch fails. Older Excel: the common `Office.context.document.settings` (ExcelApi
 * 1.1 hosts have it): read from memory, persisted with `saveAsync` before the writes.
 */
import type { Capabilities } from "./capabilities";

export interface SettingStore {
  /** Queues (or performs) the save of the value as JSON; resolved before the batch's sync. */
  save(context: Excel.RequestContext, value: unknown): Promise<void>;
  /** Queues the read of the value. */
  queueLoad(context: Excel.RequestContext): void;
  /** The raw value queued by queueLoad (a JSON string, or null when none); call after the next sync. */
  raw(): unknown;
  /** Queues (or performs) the deletion; call after queueLoad's result is known. */
  remove(context: Excel.RequestContext): Promise<void>;
}

/** ExcelApi 1.4: the workbook's own settings, batched with everything else. */
export class WorkbookSetting implements SettingStore {
  private item: Excel.Setting | null = null;

  constructor(private readonly key: string) {}

  async save(context: Excel.RequestContext, value: unknown): Promise<void> {
    context.workbook.settings.add(this.key, JSON.stringify(value));
  }

  queueLoad(context: Excel.RequestContext): void {
    this.item = context.workbook.settings.getItemOrNullObject(this.key);
    this.item.load("value");
  }

  raw(): unknown {
    const setting = this.item;
    if (!setting || setting.isNullObject) return null;
    return setting.value;
  }

  async remove(context: Excel.RequestContext): Promise<void> {
    // The null-object check was done by the caller through queueLoad's result.
    if (this.item && !this.item.isNullObject) this.item.delete();
    else context.workbook.settings.add(this.key, ""); // never loaded: blank it (reads back as none)
  }
}

/** ExcelApi 1.1-1.3: the common API's document settings. */
export class DocumentSetting implements SettingStore {
  private value: unknown = null;

  constructor(
    private readonly settings: Office.Settings,
    private readonly key: string,
  ) {}

  async save(_context: Excel.RequestContext, value: unknown): Promise<void> {
    this.settings.set(this.key, JSON.stringify(value));
    await this.persist();
  }

  queueLoad(): void {
    this.value = this.settings.get(this.key);
  }

  raw(): unknown {
    return this.value;
  }

  async remove(): Promise<void> {
    this.settings.remove(this.key);
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

/** The setting store this Excel supports, for one key. */
export function settingFor(caps: Capabilities, key: string): SettingStore {
  if (caps.settings) return new WorkbookSetting(key);
  return new DocumentSetting(Office.context.document.settings, key);
}
