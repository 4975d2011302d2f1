/**
 * 填入说明草稿 some time after the check: the requests the pane holds are brought up to date with a
 * check of the workbook as it is now, so that a draft never lands in a row that moved or quotes
 * figures corrected since. The adapter reads the grids and writes the plan; everything decided in
 * between is here.
 */
import type { Finding } from "../finding";
import type { Grid } from "../grid";
import { checkWorkbook } from "../engine";
import { cellKey } from "../plan/cell-key";
import { sheetIndex } from "../sheets/workbook-sheets";
import type { RuleProfile } from "../profiles/types";
import { type DraftRequest, buildDraftPlan, draftRequests } from "./plan";
import type { DraftSkip, DraftSkipReason, DraftWording } from "./types";

/**
 * Requests made from an earlier check, brought up to date with a check of the workbook as it is now
 * (`current`: its findings, with drafts). A request stands when a current draft at the same cell is
 * about the same indicator (or is the execution rate's); it is then replaced by every current draft at
 * that cell, with today's figures (rows sharing a merged 偏差原因 go in together, never one without
 * the other). Otherwise the deviation it was made for is no longer there (rows inserted, the actual or
 * the score corrected): it is stale and nothing is written for it.
 */
export function refreshDraftRequests(requests: readonly DraftRequest[], current: readonly Finding[]): { requests: DraftRequest[]; skipped: DraftSkip[] } {
  const atCell = new Map<string, DraftRequest[]>();
  for (const r of draftRequests(current)) {
    const key = cellKey(r.sheet, r.cell);
    atCell.set(key, [...(atCell.get(key) ?? []), r]);
  }
  const out: DraftRequest[] = [];
  const taken = new Set<string>();
  const skipped: DraftSkip[] = [];
  for (const r of requests) {
    const key = cellKey(r.sheet, r.cell);
    const now = atCell.get(key) ?? [];
    if (!now.some((c) => c.about === (r.about ?? c.about) && (r.kind === "execution-low") === (c.kind === "execution-low"))) {
      if (!skipped.some((s) => cellKey(s.sheet, s.cell) === key)) skipped.push({ sheet: r.sheet, cell: r.cell, reason: "stale" });
      continue;
    }
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(...now);
  }
  return { requests: out, skipped };
}

/**
 * What the cell holds, when it says more than "stale": a cell typed into since the check (the
 * deviation is explained now), a draft already there, a formula, a sheet gone. Such a draft would not
 * be written today either, and its own reason tells the user what to do (and that a draft is there).
 */
const CELL_REASONS: ReadonlySet<DraftSkipReason> = new Set<DraftSkipReason>(["sheet-not-found", "bad-address", "formula-cell", "not-empty", "already-drafted"]);

export interface RefreshOptions {
  profile: RuleProfile;
  templateSheet?: string | null;
  wording: DraftWording;
}

/**
 * The requests brought up to date with a check of `grids` (the workbook as read now): the drafts to
 * write, and the requests left out. A request found stale is reported by what its cell holds when that
 * is a reason of its own (CELL_REASONS), and not at all when its cell gets today's drafts anyway
 * (another row of a merged 偏差原因 still deviates).
 */
export function refreshDrafts(asked: readonly DraftRequest[], grids: Grid[], options: RefreshOptions): { requests: DraftRequest[]; skipped: DraftSkip[] } {
  const report = checkWorkbook(grids, { profile: options.profile, templateSheet: options.templateSheet, drafts: options.wording, plan: false });
  const findings: Finding[] = [...report.findings, ...report.projects.flatMap((p) => p.findings)];
  // Sheets as the workbook spells them now (Excel finds a sheet whatever its letter case).
  const names = grids.map((g) => g.sheet);
  const requests = asked.map((r) => {
    const i = sheetIndex(names, r.sheet);
    return i < 0 ? r : { ...r, sheet: names[i] };
  });
  const refreshed = refreshDraftRequests(requests, findings);
  const going = new Set(refreshed.requests.map((r) => cellKey(r.sheet, r.cell)));
  const skipped: DraftSkip[] = [];
  for (const skip of refreshed.skipped) {
    const key = cellKey(skip.sheet, skip.cell);
    if (going.has(key)) continue;
    const own = requests.filter((r) => cellKey(r.sheet, r.cell) === key);
    const held = own.length > 0 ? buildDraftPlan(own, grids, options.wording.note).skipped.find((s) => CELL_REASONS.has(s.reason)) : undefined;
    if (held && going.has(cellKey(held.sheet, held.cell))) continue;
    skipped.push(held ?? skip);
  }
  return { requests: refreshed.requests, skipped };
}
