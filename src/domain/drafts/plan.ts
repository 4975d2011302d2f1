/**
 * What 填入说明草稿 writes: each draft into its cell, with the draft fill and note. A cell that holds
 * anything is never overwritten: a 偏差原因 cell must be empty, and 实际完成情况 gets the draft after
 * its text. Several drafts for one cell (a 偏差原因 merged over several rows) become one text.
 */
import { type CellValue, type Grid, cellAddress, formulaAt, isBlank, mergeAt, valueAt } from "../grid";
import type { Finding } from "../finding";
import type { CellNote, CellWrite, Highlight, Plan } from "../plan/types";
import { cellKey, cellPosition } from "../plan/cell-key";
import { sheetIndex } from "../sheets/workbook-sheets";
import { hasDraftPlaceholder } from "./placeholder";
import type { DraftKind, DraftSkip } from "./types";

export type { DraftSkip, DraftSkipReason } from "./types";

/** One draft to put into a cell. */
export interface DraftRequest {
  sheet: string;
  cell: string;
  text: string;
  /** After the text already in the cell (实际完成情况); else only into an empty cell. */
  append: boolean;
  /** The finding's draft kind and subject (FindingDraft.about), to find it again in a later check. */
  kind?: DraftKind;
  about?: string;
}

/** Excel's limit of characters in one cell ("Excel specifications and limits"). */
export const CELL_TEXT_MAX = 32767;

export interface DraftPlan {
  /** Writes (role "draft"), "draft" fills and notes only. */
  plan: Plan;
  skipped: DraftSkip[];
}

/** The drafts of these findings that have a cell to go into, in the findings' order. */
export function draftRequests(findings: readonly Finding[]): DraftRequest[] {
  const out: DraftRequest[] = [];
  for (const f of findings) {
    if (f.draft?.cell) out.push({ sheet: f.sheet, cell: f.draft.cell, text: f.draft.text, append: f.draft.append, kind: f.draft.kind, about: f.draft.about });
  }
  return out;
}

/**
 * Joins the draft to what the cell holds: the draft alone in an empty cell, else the text unchanged
 * (to the last character, so that its formatted runs stay) and the draft on a new line.
 */
function placed(current: string, text: string): string {
  if (current.trim() === "") return text;
  return current.endsWith("\n") ? `${current}${text}` : `${current}\n${text}`;
}

/**
 * The plan that writes `requests` into the workbook whose grids are `grids` (as read now, so that a
 * cell typed into since the check is seen). `note` is the note a drafted cell gets (src/strings).
 */
export function buildDraftPlan(requests: readonly DraftRequest[], grids: readonly Grid[], note: string): DraftPlan {
  const skipped: DraftSkip[] = [];
  // One line per cell left out, however many requests named it (rows of one merged 偏差原因).
  const skip = (sheet: string, cell: string, reason: DraftSkip["reason"]) => {
    if (!skipped.some((s) => cellKey(s.sheet, s.cell) === cellKey(sheet, cell))) skipped.push({ sheet, cell, reason });
  };
  const names = grids.map((g) => g.sheet);
  const byCell = new Map<string, { grid: Grid; cell: string; original: CellValue; current: string; texts: string[] }>();
  for (const r of requests) {
    const i = sheetIndex(names, r.sheet);
    if (i < 0) {
      skip(r.sheet, r.cell, "sheet-not-found");
      continue;
    }
    const grid = grids[i];
    const pos = cellPosition(r.cell);
    if (pos === null) {
      skip(grid.sheet, r.cell, "bad-address");
      continue;
    }
    const area = mergeAt(grid, pos.row, pos.col);
    const row = area ? area.top : pos.row;
    const col = area ? area.left : pos.col;
    const cell = cellAddress(row, col);
    const key = cellKey(grid.sheet, cell);
    const seen = byCell.get(key);
    if (seen) {
      if (!seen.texts.includes(r.text)) seen.texts.push(r.text);
      continue;
    }
    if (formulaAt(grid, row, col) !== null) {
      skip(grid.sheet, cell, "formula-cell");
      continue;
    }
    const value = valueAt(grid, row, col);
    const current = typeof value === "string" ? value : "";
    if (hasDraftPlaceholder(current)) {
      skip(grid.sheet, cell, "already-drafted");
      continue;
    }
    // Never over what the user typed; text a value would turn into a formula is not written either.
    if ((!r.append && !isBlank(value)) || (value !== null && typeof value !== "string") || current.trimStart().startsWith("=")) {
      skip(grid.sheet, cell, "not-empty");
      continue;
    }
    // The execution rate's draft follows what the accountant wrote of the year; alone it would read as
    // the year's account and hide that 实际完成情况 is still to be written (missing-field).
    if (r.append && isBlank(value)) {
      skip(grid.sheet, cell, "empty-goal");
      continue;
    }
    byCell.set(key, { grid, cell, original: value, current, texts: [r.text] });
  }

  const writes: CellWrite[] = [];
  const highlights: Highlight[] = [];
  const notes: CellNote[] = [];
  for (const { grid, cell, original, current, texts } of byCell.values()) {
    const text = placed(current, texts.join("\n"));
    if (text.length > CELL_TEXT_MAX) {
      skip(grid.sheet, cell, "too-long");
      continue;
    }
    writes.push({ sheet: grid.sheet, cell, role: "draft", value: text, text, previous: { value: original, formula: null } });
    highlights.push({ sheet: grid.sheet, cell, kind: "draft", code: "draft" });
    notes.push({ sheet: grid.sheet, cell, text: note });
  }
  return { plan: { writes, highlights, notes }, skipped };
}

/**
 * A check's plan with drafts laid over it: at a drafted cell the draft's fill and note replace those
 * of the findings (the deviation they reported now has its draft, and draft-unedited takes over on
 * the next check).
 */
export function overlayDrafts(plan: Plan, drafts: Plan): Plan {
  const drafted = new Set(drafts.writes.map((w) => cellKey(w.sheet, w.cell)));
  const off = (x: { sheet: string; cell: string }) => !drafted.has(cellKey(x.sheet, x.cell));
  return {
    ...plan,
    writes: [...plan.writes.filter(off), ...drafts.writes],
    highlights: [...plan.highlights.filter(off), ...drafts.highlights],
    notes: [...plan.notes.filter(off), ...drafts.notes],
  };
}
