import { runChecks } from "../../src/domain/checks";
import type { Check } from "../../src/domain/checks";
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
  const report = checkWorkbook(Array.isArray(grids) ? grids : [grids], { profile });
  return [...report.findings, ...report.projects.flatMap((p) => p.findings)];
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

/** The part of a finding a check test asserts on: code, cell, severity and the named data fields. */
export interface ExpectedFinding {
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
export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

/**
 * Declares the valid / invalid tables of one check code: a valid grid yields no finding of that
 * code; an invalid grid yields exactly the listed findings (in reading order), each matched on cell,
 * severity and a subset of data.
 */
export function describeCheck(code: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(code, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        expect(findingsOf(code, c.grid, c.profile)).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_name, c) => {
        const actual = findingsOf(code, c.grid, c.profile);
        expect(actual).toHaveLength(c.findings.length);
        expect(actual).toEqual(c.findings.map((f) => expectedFinding(code, f)));
      });
    });
  });
}

/** An asymmetric matcher for one finding. */
export function expectedFinding(code: string, f: ExpectedFinding): unknown {
  const shape: Record<string, unknown> = { code, message: expect.any(String) };
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
