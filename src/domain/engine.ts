import type { Finding } from "./finding";
import { SEVERITY_ORDER } from "./finding";
import { type Grid, parseAddress } from "./grid";
import { runChecks } from "./checks";
import { tableNotFound } from "./checks/table-not-found";
import { evaluateProject } from "./evaluate";
import { locateTables } from "./locate";
import type { EvaluatedProject } from "./model";
import { buildPlan } from "./plan";
import { projectReport } from "./report";
import type { CheckOptions, WorkbookReport } from "./report-types";

/** Finds every table in the grids, checks and scores each, and returns the report and the plan. */
export function checkWorkbook(grids: Grid[], options: CheckOptions): WorkbookReport {
  const { profile } = options;
  const sheetFindings: Finding[] = [];
  const checked: { project: EvaluatedProject; grid: Grid; findings: Finding[] }[] = [];
  const sheets: WorkbookReport["sheets"] = [];
  for (const grid of grids) {
    const tables = locateTables(grid);
    sheets.push({ name: grid.sheet, tables: tables.length, hidden: grid.hidden === true });
    if (tables.length === 0) {
      sheetFindings.push(tableNotFound(grid, profile.severities["table-not-found"] ?? undefined));
      continue;
    }
    for (const table of tables) {
      const project = evaluateProject(grid, table, profile);
      checked.push({ project, grid, findings: sortFindings(runChecks(project, profile, grid)) });
    }
  }
  return {
    profile: profile.id,
    findings: sheetFindings,
    projects: checked.map((c) => projectReport(c.project, c.findings)),
    plan: buildPlan(checked, sheetFindings, options),
    sheets,
  };
}

/** Reading order (row, then column), then severity, then code: stable across runs. */
function sortFindings(findings: Finding[]): Finding[] {
  const pos = (f: Finding) => (f.cell ? parseAddress(f.cell) : { row: -1, col: -1 });
  return findings.sort((a, b) => {
    const pa = pos(a);
    const pb = pos(b);
    return pa.row - pb.row || pa.col - pb.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code);
  });
}
