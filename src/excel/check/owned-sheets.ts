/**
 * Sheets the add-in owns whole (the 项目清单 list a check run writes): created when absent, rewritten
 * when the sheet of that name is ours (its A1 holds the spec's marker), never touched when it is the
 * user's. Queued inside apply's write batch (sync C), so a check run keeps its round trips; the undo
 * record says how to take each one back.
 */
import { type CellValue, type Grid, displayText, isCellError, valueAt } from "../../domain/grid";
import type { SheetSpec } from "../../domain/template/types";
import { excelStrings } from "../../strings/excel";
import type { Capabilities } from "../host/capabilities";
import type { WorkbookState } from "./read";
import { type LostFeature, queueSheetSpec, specContents } from "../projects/sheet-writer";
import type { OwnedSheetUndo } from "./undo-store";
import { sheetIndex } from "../../domain/sheets/workbook-sheets";

export interface OwnedSheetPlan {
  spec: SheetSpec;
  /** The existing sheet of ours to replace; null when the sheet is new. */
  replaces: string | null;
  undo: OwnedSheetUndo;
}

/** Which specs can be written, and the Chinese line for each that cannot. */
export function planOwnedSheets(specs: SheetSpec[], state: WorkbookState): { plans: OwnedSheetPlan[]; messages: string[] } {
  const names = state.grids.map((g) => g.sheet);
  const plans: OwnedSheetPlan[] = [];
  const messages: string[] = [];
  for (const spec of specs) {
    // Workbook structure protection (ExcelApi 1.7) forbids adding and deleting sheets: known from the
    // read pass, so the batch is never sent to fail; the rest of the run is written as usual.
    if (state.structureProtected === true) {
      messages.push(excelStrings.limits.structureProtected(spec.name));
      continue;
    }
    const fingerprint = specContents(spec).fingerprint();
    const i = sheetIndex(names, spec.name);
    if (i < 0) {
      plans.push({ spec, replaces: null, undo: { name: spec.name, fingerprint, previous: null } });
      continue;
    }
    const grid = state.grids[i];
    const marker = spec.cells.find((c) => c.address === "A1")?.value;
    if (marker === undefined || marker === null || displayText(valueAt(grid, 0, 0)) !== String(marker)) {
      messages.push(excelStrings.listSheet.userSheet(grid.sheet));
      continue;
    }
    if (state.sheets[i].protected === true) {
      messages.push(excelStrings.listSheet.protectedSheet(grid.sheet));
      continue;
    }
    plans.push({ spec, replaces: grid.sheet, undo: { name: spec.name, fingerprint, previous: snapshotOf(grid) } });
  }
  return { plans, messages };
}

/** Queues the planned sheets (a replaced sheet is deleted and added again, as the last tab); returns features lost. */
export function queueOwnedSheets(context: Excel.RequestContext, plans: OwnedSheetPlan[], caps: Capabilities): LostFeature[] {
  const lost: LostFeature[] = [];
  for (const plan of plans) {
    if (plan.replaces !== null) context.workbook.worksheets.getItem(plan.replaces).delete();
    lost.push(...queueSheetSpec(context, plan.spec, { caps }).lost);
  }
  return lost;
}

/** The contents of a sheet (formulas as their text), to be written back by undo. */
function snapshotOf(grid: Grid): NonNullable<OwnedSheetUndo["previous"]> {
  const cells = grid.values.map((row, r) => row.map((v, c) => grid.formulas?.[r]?.[c] ?? plainValue(v)));
  return { top: grid.top, left: grid.left, cells };
}

function plainValue(v: CellValue): string | number | boolean | null {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (isCellError(v)) return v.error;
  return v.toISOString();
}

/**
 * Records to keep for the owned sheets: entries of an earlier record are kept for sheets this run
 * rewrote again, with their "before" (what the sheet held before either run) and the new fingerprint.
 */
export function carryOwned(current: OwnedSheetUndo[], previous: OwnedSheetUndo[] | undefined): OwnedSheetUndo[] {
  const earlier = previous ?? [];
  const names = earlier.map((p) => p.name);
  return current.map((entry) => {
    const i = sheetIndex(names, entry.name);
    return i >= 0 ? { ...entry, previous: earlier[i].previous } : entry;
  });
}
