/**
 * What the pane should show and write, computed in Node by the same code it bundles: the engine on
 * the fixture file (checkWorkbook over readWorkbookFile), and the Excel adapter (checkAndScore) over
 * the Node fake of the same JSON book.
 */
import Decimal from "decimal.js";
import { checkWorkbook } from "../../../src/domain/engine";
import type { Finding } from "../../../src/domain/finding";
import type { Grid } from "../../../src/domain/grid";
import { getProfile, NATIONAL_PROFILE, type RuleProfile } from "../../../src/domain/profiles";
import type { WorkbookReport } from "../../../src/domain/report/types";
import { capabilitiesFor } from "../../../src/excel/host/capabilities";
import { readWorkbook } from "../../../src/excel/check/read";
import { checkAndScore, type RunOutcome } from "../../../src/excel/check/run";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { FakeBook, fakeExcelRun } from "../../office-standin/fake-excel";
import type { StandinBook } from "../../office-standin/protocol";

/** The settings a run used (read from the pane's controls). */
export interface PaneSettings {
  profile: RuleProfile;
  rateAsFormula: boolean;
  addNotes: boolean;
  /** 更新项目清单工作表: the run rewrites the add-in's list sheet. */
  projectList: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { profile: NATIONAL_PROFILE, rateAsFormula: false, addNotes: true, projectList: true };

export function profileFromText(text: string): RuleProfile {
  const t = text.trim().toLowerCase();
  if (t.includes("四川") || t.includes("sichuan")) return getProfile("sichuan") ?? NATIONAL_PROFILE;
  return NATIONAL_PROFILE;
}

/** checkWorkbook in Node over the file, as the command line would read it. */
export async function engineReport(file: string, settings: PaneSettings): Promise<WorkbookReport> {
  return checkWorkbook(await readWorkbookFile(file), { profile: settings.profile, rateAsFormula: settings.rateAsFormula, addNotes: settings.addNotes, projectList: settings.projectList });
}

export function allFindings(report: WorkbookReport): Finding[] {
  return [...report.findings, ...report.projects.flatMap((p) => p.findings)];
}

export function severityCounts(report: WorkbookReport): { projects: number; error: number; warning: number; info: number } {
  const counts = { projects: report.projects.length, error: 0, warning: 0, info: 0 };
  for (const f of allFindings(report)) counts[f.severity]++;
  return counts;
}

/** "94.75%" from the exact fraction "0.947494033413" (half-up, 2 places, as the README says). */
export function rateText(rate: string): string {
  return `${new Decimal(rate).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

export interface AdapterRun {
  outcome: RunOutcome;
  before: unknown;
  after: unknown;
  /** Every cell written, "Sheet!A1", sorted and unique. */
  written: string[];
}

/** The Excel adapter's own run over the Node fake of the same book: what the host should end up holding. */
export async function adapterRun(book: StandinBook, settings: PaneSettings): Promise<AdapterRun> {
  const fake = new FakeBook(JSON.parse(JSON.stringify(book.sheets)));
  const before = fake.dump();
  const excel = fakeExcelRun(fake, book.excelApi);
  const outcome = await checkAndScore({
    profile: settings.profile,
    rateAsFormula: settings.rateAsFormula,
    addNotes: settings.addNotes,
    projectList: settings.projectList,
    caps: capabilitiesFor(book.excelApi),
    excelRun: excel.run,
  });
  const written = [...new Set(excel.contexts.flatMap((c) => c.syncs.flatMap((s) => s.writes)))].sort();
  return { outcome, before, after: JSON.parse(JSON.stringify(fake.dump())), written };
}

/** The grids the Excel adapter reads from a book (values, formulas, merges): what the pane's engine sees. */
export async function gridsOf(book: StandinBook): Promise<Grid[]> {
  const fake = new FakeBook(JSON.parse(JSON.stringify(book.sheets)));
  return fakeExcelRun(fake, book.excelApi).run((context) => readWorkbook(context, capabilitiesFor(book.excelApi)));
}
