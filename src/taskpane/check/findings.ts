/** The findings list as plain data: flattened, filtered, grouped by project and severity. */
import { SEVERITY_ORDER, type Severity } from "../../domain/finding";
import type { StoredFinding, StoredReport } from "../../services/results-store";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type FindingItem = StoredFinding & {
  /** Stable within one report: group key and position. */
  id: string;
  /** The group the finding belongs to: a project, or a sheet for sheet-level findings. */
  groupKey: string;
  /** Project name; "" for a finding not tied to a project. */
  project: string;
};

export type FindingGroup = {
  key: string;
  kind: "project" | "sheet";
  name: string;
  sheet: string;
  severities: { severity: Severity; items: FindingItem[] }[];
};

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

/** Groups findings (already in display order) by project or sheet, then by severity, errors first. */
export function groupFindings(items: readonly FindingItem[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const item of items) {
    let group = groups.get(item.groupKey);
    if (!group) {
      group = { key: item.groupKey, kind: item.groupKey.startsWith("project:") ? "project" : "sheet", name: item.project, sheet: item.sheet, severities: [] };
      groups.set(item.groupKey, group);
    }
    let bucket = group.severities.find((s) => s.severity === item.severity);
    if (!bucket) {
      bucket = { severity: item.severity, items: [] };
      group.severities.push(bucket);
    }
    bucket.items.push(item);
  }
  for (const group of groups.values()) group.severities.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return [...groups.values()];
}
