import type { Finding } from "./finding";
import { SEVERITY_ORDER } from "./finding";
import { type Grid, parseAddress } from "./grid";
import { runChecks, runWorkbookChecks, type SheetProjects } from "./checks";
import { skippedSheet, tableNotFound } from "./checks/table-not-found";
import { evaluateProject } from "./evaluate";
import { locateTables } from "./locate";
import type { EvaluatedProject } from "./evaluate/model";
import { buildPlan } from "./plan/build";
import { buildDraftPlan, draftRequests, overlayDrafts } from "./drafts/plan";
import { projectReport } from "./report/project-report";
import type { CheckOptions, WorkbookReport } from "./report/types";
import { buildProjectListSheet, isProjectListSheet, summariseSheets } from "./project-list";
import { skipReason } from "./check-scope";

/** Finds every table in the grids, checks and scores each, and returns the report and the plan. */
export function checkWorkbook(grids: Grid[], options: CheckOptions): WorkbookReport {
  const { profile } = options;
  const sheetFindings: Finding[] = [];
  const checked: { project: EvaluatedProject; grid: Grid; findings: Finding[] }[] = [];
  const sheets: WorkbookReport["sheets"] = [];
  const perSheet: SheetProjects[] = [];
  for (const grid of grids) {
    // The add-in's own list sheet is rewritten whole on each run, never checked.
    if (isProjectListSheet(grid)) {
      sheets.push({ name: grid.sheet, tables: 0, hidden: grid.hidden === true });
      continue;
    }
    const tables = locateTables(grid);
    // Targets tables and the blank template hold tables but no project's self-evaluation: reported, not scored.
    const skip = skipReason(grid, tables, options.templateSheet);
    if (skip) {
      sheets.push({ name: grid.sheet, tables: 0, hidden: grid.hidden === true });
      sheetFindings.push(skippedSheet(grid, skip));
      continue;
    }
    sheets.push({ name: grid.sheet, tables: tables.length, hidden: grid.hidden === true });
    const onSheet: SheetProjects = { grid, projects: [] };
    perSheet.push(onSheet);
    if (tables.length === 0) {
      sheetFindings.push(tableNotFound(grid, profile.severities["table-not-found"] ?? undefined));
      continue;
    }
    for (const table of tables) {
      const project = evaluateProject(grid, table, profile);
      onSheet.projects.push(project);
      checked.push({ project, grid, findings: sortFindings(runChecks(project, profile, grid, undefined, options.drafts)) });
    }
  }
  sheetFindings.push(...runWorkbookChecks(perSheet, profile, undefined, options.drafts));
  // Sheet-level findings in tab order (stable: per sheet, in the order they were found).
  const tab = new Map(grids.map((g, i) => [g.sheet, i]));
  sheetFindings.sort((a, b) => (tab.get(a.sheet) ?? -1) - (tab.get(b.sheet) ?? -1));
  const projects = checked.map((c) => projectReport(c.project, c.findings));
  let plan = options.plan === false ? { writes: [], highlights: [], notes: [] } : buildPlan(checked, sheetFindings, options);
  let drafts: WorkbookReport["drafts"];
  if (options.plan !== false && options.writeDrafts && options.drafts) {
    const drafted = buildDraftPlan(draftRequests(checked.flatMap((c) => c.findings)), grids, options.drafts.note);
    plan = overlayDrafts(plan, drafted.plan);
    drafts = { written: drafted.plan.writes.length, skipped: drafted.skipped };
  }
  if (options.plan !== false && options.projectList && projects.length > 0) plan.sheets = [buildProjectListSheet(projects, summariseSheets(grids))];
  const report: WorkbookReport = {
    profile: profile.id,
    findings: sheetFindings,
    projects,
    plan,
    sheets,
  };
  if (drafts) report.drafts = drafts;
  return report;
}

/** Reading order (row, then column), then severity, then code: stable across runs. */
function sortFindings(findings: Finding[]): Finding[] {
  // Each address is parsed once, not in every comparison.
  const keyed = findings.map((f) => ({ f, pos: f.cell ? parseAddress(f.cell) : { row: -1, col: -1 } }));
  keyed.sort((a, b) => a.pos.row - b.pos.row || a.pos.col - b.pos.col || SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.f.code.localeCompare(b.f.code));
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
  return findings;
}
