import { INTERNAL_ERROR, messageIdOf, runChecks } from "../../src/domain/checks";
import type { Check, CheckCode, MessageIdOf } from "../../src/domain/checks";
import { checkWorkbook } from "../../src/domain/engine";
import { evaluateProject } from "../../src/domain/evaluate";
import type { Finding } from "../../src/domain/finding";
import type { CellValue, Grid } from "../../src/domain/grid";
import { locateTables } from "../../src/domain/locate";
import type { EvaluatedProject } from "../../src/domain/evaluate/model";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import type { RuleProfile } from "../../src/domain/profiles/types";
import { DEFAULT_INDICATORS, type TableSpec, gridOf, tableGrid, tableMerges, tableRows } from "./grids";

/** Every finding of a full run (sheet-level findings first, then each project's), for one or more grids. */
export function allFindings(grids: Grid | Grid[], profile: RuleProfile = NATIONAL_PROFILE): Finding[] {
  return runWorkbook(grids, profile).findings;
}

/** The findings with `code` of a full checkWorkbook run on `grid`. */
export function findingsOf(code: string, grid: Grid | Grid[], profile: RuleProfile = NATIONAL_PROFILE): Finding[] {
  return allFindings(grid, profile).filter((f) => f.code === code);
}

/** Locates and evaluates every table of a grid (for running a hand-picked list of checks). */
export function evaluateGrid(grid: Grid, profile: RuleProfile = NATIONAL_PROFILE): EvaluatedProject[] {
  return locateTables(grid).map((table) => evaluateProject(grid, table, profile));
}

/** Runs only `checks` (default: the registry) on the first table of `grid`. */
export function runOn(grid: Grid, checks?: readonly Check[], profile: RuleProfile = NATIONAL_PROFILE): Finding[] {
  const [project] = evaluateGrid(grid, profile);
  if (!project) throw new Error(`no table found on ${grid.sheet}`);
  return runChecks(project, profile, grid, checks);
}

/** The part of a finding a check test asserts on: its messageId, and its cell, severity and named data fields. */
export interface ExpectedFinding<Id extends string = string> {
  messageId: Id;
  cell?: string;
  severity?: Finding["severity"];
  data?: Record<string, unknown>;
}

/** A case of an ESLint-style table: a name, a grid and (for invalid cases) the expected findings. */
export interface ValidCase {
  name: string;
  grid: Grid;
  profile?: RuleProfile;
}
export interface InvalidCase<Id extends string = string> extends ValidCase {
  findings: ExpectedFinding<Id>[];
}

/** Codes that say the run went wrong rather than the table: the locator found nothing, or a check threw. */
const RUN_FAILURES = ["table-not-found", INTERNAL_ERROR.code];

/** A full run's view of some grids: the tables located on each sheet, and every finding. */
export function runWorkbook(grids: Grid | Grid[], profile: RuleProfile = NATIONAL_PROFILE): { tables: number[]; findings: Finding[] } {
  const report = checkWorkbook(Array.isArray(grids) ? grids : [grids], { profile });
  return { tables: report.sheets.map((s) => s.tables), findings: [...report.findings, ...report.projects.flatMap((p) => p.findings)] };
}

/**
 * A valid case of `code`: the grid is located as exactly one table (a grid the locator misses would
 * pass vacuously), the run reports neither table-not-found nor internal-error, and no `code` finding.
 */
export function assertValidCase(code: CheckCode, c: ValidCase): void {
  const run = runWorkbook(c.grid, c.profile);
  expect(run.tables).toEqual([1]);
  expect(run.findings.filter((f) => RUN_FAILURES.includes(f.code))).toEqual([]);
  expect(run.findings.filter((f) => f.code === code)).toEqual([]);
}

/**
 * An invalid case of `code`: no internal-error, and exactly the listed `code` findings (in reading
 * order), each matched on its messageId, and on cell, severity and a subset of data where given.
 */
export function assertInvalidCase<C extends CheckCode>(code: C, c: InvalidCase<MessageIdOf<C>>): void {
  const run = runWorkbook(c.grid, c.profile);
  expect(run.findings.filter((f) => f.code === INTERNAL_ERROR.code)).toEqual([]);
  const actual = run.findings.filter((f) => f.code === code).map(withMessageId);
  expect(actual).toHaveLength(c.findings.length);
  expect(actual).toEqual(c.findings.map((f) => expectedFinding(code, f)));
}

/** Declares the valid / invalid tables of one check code (see assertValidCase and assertInvalidCase). */
export function describeCheck<C extends CheckCode>(code: C, cases: { valid: ValidCase[]; invalid: InvalidCase<MessageIdOf<C>>[] }): void {
  describe(code, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => assertValidCase(code, c));
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => assertInvalidCase(code, c));
    });
  });
}

/** A case of a workbook-level table: several sheets, and the tables expected on each. */
export interface WorkbookValidCase {
  name: string;
  grids: Grid[];
  profile?: RuleProfile;
  /** Tables the locator must find on each sheet; default one each. A sheet with none gets its table-not-found. */
  tables?: number[];
}
export interface WorkbookInvalidCase<Id extends string = string> extends Omit<WorkbookValidCase, "tables"> {
  findings: (ExpectedFinding<Id> & { sheet: string })[];
}

/**
 * A valid workbook case of `code`: each sheet located as the tables it declares (one by default),
 * table-not-found on exactly the sheets declared without a table, no internal-error, no `code` finding.
 */
export function assertValidWorkbookCase(code: CheckCode, c: WorkbookValidCase): void {
  const run = runWorkbook(c.grids, c.profile);
  const tables = c.tables ?? c.grids.map(() => 1);
  expect(run.tables).toEqual(tables);
  expect(run.findings.filter((f) => f.code === "table-not-found").map((f) => f.sheet)).toEqual(c.grids.filter((_, i) => tables[i] === 0).map((g) => g.sheet));
  expect(run.findings.filter((f) => f.code === INTERNAL_ERROR.code)).toEqual([]);
  expect(run.findings.filter((f) => f.code === code)).toEqual([]);
}

/** An invalid workbook case of `code`: no internal-error, and exactly the listed `code` findings, in sheet order. */
export function assertInvalidWorkbookCase<C extends CheckCode>(code: C, c: WorkbookInvalidCase<MessageIdOf<C>>): void {
  const run = runWorkbook(c.grids, c.profile);
  expect(run.findings.filter((f) => f.code === INTERNAL_ERROR.code)).toEqual([]);
  const actual = run.findings.filter((f) => f.code === code).map(withMessageId);
  expect(actual).toHaveLength(c.findings.length);
  expect(actual).toEqual(c.findings.map((f) => expectedFinding(code, f)));
}

/** describeCheck for a workbook-level code: its cases name several sheets. */
export function describeWorkbookCheck<C extends CheckCode>(code: C, cases: { valid: WorkbookValidCase[]; invalid: WorkbookInvalidCase<MessageIdOf<C>>[] }): void {
  describe(code, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => assertValidWorkbookCase(code, c));
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => assertInvalidWorkbookCase(code, c));
    });
  });
}

/** A finding with the messageId it was made from beside its fields (Finding itself does not carry it). */
export function withMessageId(f: Finding): Finding & { messageId: string | undefined } {
  return { ...f, messageId: messageIdOf(f) };
}

/** An asymmetric matcher for one finding (with its messageId, see withMessageId). */
export function expectedFinding(code: string, f: ExpectedFinding & { sheet?: string }): unknown {
  const shape: Record<string, unknown> = { code, messageId: f.messageId, message: expect.any(String) };
  if (f.sheet !== undefined) shape.sheet = f.sheet;
  if (f.cell !== undefined) shape.cell = f.cell;
  if (f.severity !== undefined) shape.severity = f.severity;
  if (f.data !== undefined) shape.data = expect.objectContaining(f.data);
  return expect.objectContaining(shape);
}

type IndicatorSpec = NonNullable<TableSpec["indicators"]>[number];

/** The canonical table with indicator `i` (0-based, row 13 + i) patched; `spec` overrides the rest. */
export function withIndicator(i: number, patch: Partial<IndicatorSpec>, spec: TableSpec = {}, sheet?: string): Grid {
  return tableGrid({ ...spec, indicators: DEFAULT_INDICATORS.map((d, k) => (k === i ? { ...d, ...patch } : d)) }, sheet);
}

/**
 * The canonical table with a consistent fund block: the total line and the 财政拨款 sub-line carry
 * `annual` / `executed` (initial = annual), the other sub-lines 0; `funds` overrides the total line.
 */
export function withFunds(annual: CellValue, executed: CellValue, funds: TableSpec["funds"] = {}, spec: TableSpec = {}): Grid {
  return tableGrid({
    ...spec,
    funds: { initial: annual, annual, executed, ...funds },
    subLines: spec.subLines ?? [
      [annual, annual, executed],
      [0, 0, 0],
      [0, 0, 0],
    ],
  });
}

/** The canonical rows passed through `edit` (0-based rows: row index 5 is Excel row 6), with its merges. */
export function editedTable(edit: (rows: CellValue[][]) => void, spec: TableSpec = {}, options: { formulas?: Record<string, string>; sheet?: string } = {}): Grid {
  const rows = tableRows(spec);
  edit(rows);
  return gridOf(rows, { merges: tableMerges((spec.indicators ?? DEFAULT_INDICATORS).length), ...options });
}
