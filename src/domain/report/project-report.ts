import type Decimal from "decimal.js";
import { cellAddress, rangeAddress } from "../grid";
import type { Finding } from "../finding";
import type { EvaluatedProject } from "../evaluate/model";
import type { ProjectReport } from "./types";
import { formatFixed } from "../score";

const fixed2 = (d: Decimal | null) => (d === null ? null : formatFixed(d, 2));

/** The report of one project: where it is, what was read and computed, and its findings. */
export function projectReport(project: EvaluatedProject, findings: Finding[]): ProjectReport {
  const t = project.table;
  const f = project.funds;
  const num = (c: typeof f.annual) => (c?.kind === "number" ? c.value.toString() : null);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const x of findings) counts[x.severity]++;
  return {
    sheet: t.sheet,
    range: rangeAddress(t.top, t.left, t.bottom, t.right),
    variant: t.variant,
    name: project.name,
    unit: project.unit,
    year: project.year,
    funds: { initial: num(f.initial), annual: num(f.annual), executed: num(f.executed), rate: f.rate === null ? null : f.rate.toDecimalPlaces(12).toString(), rateScore: fixed2(f.rateScore) },
    indicators: project.indicators.map((ind) => {
      const at = ind.row.score ?? ind.row.nameCell;
      const computed = ind.scoring.kind === "quantitative" ? ind.scoring.score : ind.scoreSource === "computed" ? ind.effectiveScore : null;
      return {
        cell: cellAddress(at.row, at.col),
        name: ind.row.name,
        level1: ind.row.level1,
        level2: ind.row.level2,
        target: ind.target.raw,
        actual: ind.actual.raw,
        weight: ind.weight?.kind === "number" ? ind.weight.value.toString() : null,
        score: fixed2(ind.effectiveScore),
        computedScore: fixed2(computed),
        scoreSource: ind.scoreSource,
      };
    }),
    total: fixed2(project.total),
    grade: project.grade,
    findings,
    counts,
  };
}

