/**
 * "撤销新增": deletes the sheets the last 新增项目 / 创建模板 / 导入绩效目标 added, unless the user has
 * typed in them since. The record of what was added lives in the workbook's settings (settings-store.ts),
 * saved in the same write batch as the sheets (ExcelApi 1.4+), so it survives closing the pane.
 *
 * Round trips of undoAddedSheets (flat in the number of sheets):
 *   sync 1  the record and the sheet list (name, visibility);
 *   sync 2  values and formulas of the used range of every recorded sheet that still exists;
 *   sync 3  the deletions and the record's removal, in one batch.
 */
import { excelStrings } from "../../strings/excel";
import type { Capabilities } from "../host/capabilities";
import { contentOfRange } from "../../domain/sheets/fingerprint";
import { type Failure, runProjectOperation } from "./project-run";
import type { AddedSheetsRecord, ProjectRunOptions, UndoAddOutcome } from "./project-types";
import { type SettingStore, settingFor } from "../host/settings-store";
import { countedSync, newCounter } from "../host/sync";
import { sheetIndex } from "../../domain/sheets/workbook-sheets";

export const ADDED_SETTING_KEY = "selfeval.added.v1";

/** The store of the added-sheets record in this Excel. */
export function addedStoreFor(caps: Capabilities): SettingStore {
  return settingFor(caps, ADDED_SETTING_KEY);
}

export type LoadedAdded = { kind: "record"; record: AddedSheetsRecord } | { kind: "none" } | { kind: "bad" };

export function parseAddedRecord(raw: unknown): LoadedAdded {
  if (raw === null || raw === undefined || raw === "") return { kind: "none" };
  try {
    const r = (typeof raw === "string" ? JSON.parse(raw) : raw) as Partial<AddedSheetsRecord>;
    const sheetsOk = Array.isArray(r?.sheets) && r.sheets.every((s) => typeof s?.name === "string" && typeof s?.fingerprint === "string");
    if (r && typeof r.kind === "string" && sheetsOk) return { kind: "record", record: r as AddedSheetsRecord };
  } catch {
    // fall through
  }
  return { kind: "bad" };
}

/** A new record for sheets just queued. */
export function addedRecord(kind: AddedSheetsRecord["kind"], sheets: { name: string; fingerprint: string }[], now: Date = new Date()): AddedSheetsRecord {
  return { kind, createdAt: now.toISOString(), sheets };
}

/** Deletes the recorded sheets the user has not changed, keeps the others, then forgets the record; never throws. */
export async function undoAddedSheets(options: ProjectRunOptions = {}): Promise<UndoAddOutcome> {
  const outcome = await runProjectOperation<UndoAddOutcome & { ok: true }>(options, async (context, caps) => {
    const counter = newCounter();
    const store = addedStoreFor(caps);

    // Sync 1
    store.queueLoad(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    await countedSync(context, counter);
    const loaded = parseAddedRecord(store.raw());
    if (loaded.kind === "none") return { ok: false, message: excelStrings.added.nothing } satisfies Failure;
    if (loaded.kind === "bad") return { ok: false, message: excelStrings.added.badRecord } satisfies Failure;

    // Sync 2: what each recorded sheet holds now.
    const items = worksheets.items;
    const names = items.map((ws) => ws.name);
    const messages: string[] = [];
    const present = loaded.record.sheets.flatMap((entry) => {
      const i = sheetIndex(names, entry.name);
      if (i < 0 || names[i] !== entry.name) {
        messages.push(excelStrings.added.missing(entry.name));
        return [];
      }
      const used = caps.usedRangeValuesOnly ? items[i].getUsedRange(true) : items[i].getUsedRange();
      used.load("values,formulas,rowIndex,columnIndex");
      return [{ entry, ws: items[i], used }];
    });
    await countedSync(context, counter);

    // Sync 3: delete the untouched ones, in one batch, and forget the record.
    const removed: string[] = [];
    const kept: string[] = [];
    let visible = items.filter((ws) => ws.visibility === "Visible").length;
    for (const { entry, ws, used } of present) {
      const now = contentOfRange(used.rowIndex, used.columnIndex, used.values, used.formulas).fingerprint();
      if (now !== entry.fingerprint) {
        kept.push(entry.name);
        messages.push(excelStrings.added.kept(entry.name));
        continue;
      }
      // Excel refuses to delete the last visible sheet.
      if (ws.visibility === "Visible" && visible <= 1) {
        kept.push(entry.name);
        messages.push(excelStrings.added.lastSheet(entry.name));
        continue;
      }
      if (ws.visibility === "Visible") visible--;
      ws.delete();
      removed.push(entry.name);
    }
    await store.remove(context);
    await countedSync(context, counter);
    if (removed.length > 0) messages.unshift(excelStrings.added.removed(removed));
    return { ok: true, removed, kept, messages };
  });
  return outcome.ok ? outcome : { ok: false, message: outcome.message };
}
