import type Decimal from "decimal.js";
import { type CellPos, type Grid, cellAddress, formulaAt, valueAt } from "../grid";
import type { Finding } from "../finding";
import { SEVERITY_LABELS, SEVERITY_ORDER } from "../finding";
import type { EvaluatedProject } from "../evaluate/model";
import type { CellWrite, CellNote, Highlight, Plan, ResultRole } from "./types";
import type { CheckOptions } from "../report/types";
import { cellNumber } from "../cell-number";
import { strongestHighlights } from "./highlight";
import { mayWrite } from "./resolve";
import { formatFixed } from "../score";

export const RATE_FORMAT = "0.00%";
export const SCORE_FORMAT = "0.00";

/**
 * What to write back for one workbook: computed results into result cells only (execution rate,
 * execution score, empty indicator scores, total), a fill per finding and per written cell, and one
 * note per cell. Cells holding a formula are never written (mayWrite, the rule the writers follow too).
 */
export function buildPlan(checked: { project: EvaluatedProject; grid: Grid; findings: Finding[] }[], sheetFindings: Finding[], options: Omit<CheckOptions, "profile">): Plan {
  const writes: CellWrite[] = [];
  for (const { project, grid } of checked) writes.push(...resultWrites(project, grid, options.rateAsFormula === true));

  const allFindings = [...sheetFindings, ...checked.flatMap((c) => c.findings)].filter((f) => f.cell);
  // A written cell shows "result" only where no finding marks it.
  const highlights = strongestHighlights([
    ...allFindings.map((f): Highlight => ({ sheet: f.sheet, cell: f.cell!, kind: f.severity, code: f.code })),
    ...writes.map((w): Highlight => ({ sheet: w.sheet, cell: w.cell, kind: "result" })),
  ]);

  const notes: CellNote[] = [];
  if (options.addNotes !== false) {
    const byCell = new Map<string, Finding[]>();
    for (const f of allFindings) {
      const key = `${f.sheet}!${f.cell}`;
      byCell.set(key, [...(byCell.get(key) ?? []), f]);
    }
    for (const list of byCell.values()) {
      list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      notes.push({ sheet: list[0].sheet, cell: list[0].cell!, text: list.map((f) => `[${SEVERITY_LABELS[f.severity]}] ${f.message}`).join("\n") });
    }
  }
  return { writes, highlights, notes };
}


function resultWrites(project: EvaluatedProject, grid: Grid, rateAsFormula: boolean): CellWrite[] {
  const out: CellWrite[] = [];
  const sheet = project.table.sheet;
  const add = (pos: CellPos | undefined, role: ResultRole, value: Decimal | null, places: number, format: string, formula?: string) => {
    if (!pos || value === null) return;
    const previous = { value: valueAt(grid, pos.row, pos.col), formula: formulaAt(grid, pos.row, pos.col) };
    if (!mayWrite(previous.formula)) return;
    const rounded = value.toDecimalPlaces(places);
    // Compared at Excel's 15 significant digits: what a number cell can hold of the value written.
    if (!formula && typeof previous.value === "number" && (rounded.equals(String(previous.value)) || rounded.toSignificantDigits(15).equals(cellNumber(previous.value)))) return;
    out.push({ sheet, cell: cellAddress(pos.row, pos.col), role, value: rounded.toNumber(), text: formatFixed(rounded, places), formula, numberFormat: format, previous });
  };
  const f = project.funds;
  const total = f.total;
  if (total) {
    const formula = rateAsFormula && total.executed && total.annual ? `=${cellAddress(total.executed.row, total.executed.col)}/${cellAddress(total.annual.row, total.annual.col)}` : undefined;
    add(total.rate, "rate", f.rateShown, 4, RATE_FORMAT, formula);
    add(total.score, "rateScore", f.rateScore, 2, SCORE_FORMAT);
  }
  for (const ind of project.indicators) {
    if (ind.scoreSource !== "computed" || ind.enteredScore?.kind !== "empty") continue;
    add(ind.row.score, "indicatorScore", ind.effectiveScore, 2, SCORE_FORMAT);
  }
  add(project.table.total?.score, "total", project.total, 2, SCORE_FORMAT);
  return out;
}
