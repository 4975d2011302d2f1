/** The findings list as plain data: flattened, sorted errors first, filtered, split by severity. */
import { SEVERITY_ORDER, type Severity } from "../../domain/finding";
import type { StoredFinding, StoredReport } from "../../services/results-store";
import type { FillDraftsOutcome } from "../../excel/check/drafts";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type FindingItem = StoredFinding & {
  /** Stable within one report: group key and position. */
  id: string;
  /** The group the finding belongs to: a project, or a sheet for sheet-level findings. */
  groupKey: string;
  /** Project name; "" for a finding not tied to a project. */
  project: string;
};

/** The findings of one severity, in the order the list shows them. */
export type SeverityBucket = { severity: Severity; items: FindingItem[] };

export type SeverityFilter = Record<Severity, boolean>;

export const ALL_SEVERITIES: SeverityFilter = { error: true, warning: true, info: true };

/** Every finding of the report, in sheet order: each project's, then the sheet-level ones. */
export function collectFindings(report: StoredReport): FindingItem[] {
  const sheetRank = new Map(report.sheets.map((sheet, index) => [sheet.name, index]));
  const rank = (sheet: string) => sheetRank.get(sheet) ?? Number.MAX_SAFE_INTEGER;
  const groups: { key: string; sheet: string; project: string; findings: StoredFinding[] }[] = [
    ...report.projects.map((p) => ({ key: `project:${p.sheet}!${p.range}`, sheet: p.sheet, project: p.name, findings: p.findings })),
    ...[...new Set(report.findings.map((f) => f.sheet))].map((sheet) => ({
      key: `sheet:${sheet}`,
      sheet,
      project: "",
      findings: report.findings.filter((f) => f.sheet === sheet),
    })),
  ];
  // Array.prototype.sort is stable: projects keep their order within a sheet.
  groups.sort((a, b) => rank(a.sheet) - rank(b.sheet));
  return groups.flatMap((group) =>
    group.findings.map((finding, index) => ({ ...finding, id: `${group.key}#${index}`, groupKey: group.key, project: group.project })),
  );
}

export function countBySeverity(items: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.severity]++;
  return counts;
}

/** The findings that pass the severity toggles and the code filter ("" = every code). */
export function filterFindings(items: readonly FindingItem[], severities: SeverityFilter, code: string): FindingItem[] {
  return items.filter((item) => severities[item.severity] && (code === "" || item.code === code));
}

/**
 * The list's order: errors, then warnings, then information (what blocks submission first); within
 * a severity, project findings in sheet order, then the sheet-level ones (a sheet that holds no
 * project table is news, not work).
 */
export function sortFindings(items: readonly FindingItem[]): FindingItem[] {
  const sheetLevel = (item: FindingItem) => (item.groupKey.startsWith("project:") ? 0 : 1);
  // Array.prototype.sort is stable: sheet order stays within each key.
  return [...items].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || sheetLevel(a) - sheetLevel(b));
}

/** Findings (already sorted) by severity, errors first; severities without findings are left out. */
export function bucketBySeverity(items: readonly FindingItem[]): SeverityBucket[] {
  return SEVERITIES.map((severity) => ({ severity, items: items.filter((item) => item.severity === severity) })).filter((b) => b.items.length > 0);
}

/** The key of a drafted cell ("Sheet!I14"), as the tab's state keeps it: the cell is last and has no "!". */
export function draftKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.replace(/\$/g, "").toUpperCase()}`;
}

/**
 * The cells a 填入说明草稿 leaves holding drafts (draftKey): those it wrote (with every draft of the
 * cell, whichever of its findings was clicked: rows sharing a merged 偏差原因 are drafted together)
 * and those that already held one (from before a reload, say). Every finding whose draft cell is one
 * of them is then marked 已填入草稿; a draft skipped (stale, text typed since, …) leaves its finding
 * unmarked.
 */
export function draftedKeys(outcome: FillDraftsOutcome): string[] {
  if (!outcome.ok) return [];
  return [...outcome.drafted, ...outcome.skipped.filter((s) => s.reason === "already-drafted")].map((d) => draftKey(d.sheet, d.cell));
}

/** The cell the finding's draft goes into (填入说明草稿), or null when it has no draft or no such cell. */
export function draftCellOf(finding: StoredFinding): string | null {
  return finding.draft?.cell ?? null;
}

/** True when the finding's draft has gone into its cell (填入说明草稿 or 全部填入草稿). */
export function isDrafted(finding: StoredFinding, drafted: ReadonlySet<string>): boolean {
  const cell = draftCellOf(finding);
  return cell !== null && drafted.has(draftKey(finding.sheet, cell));
}

/** The findings whose draft can still be put in: a draft with a cell, not yet drafted. */
export function fillableFindings<T extends StoredFinding>(items: readonly T[], drafted: ReadonlySet<string>): T[] {
  return items.filter((f) => draftCellOf(f) !== null && !isDrafted(f, drafted));
}
