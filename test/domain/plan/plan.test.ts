import { checkWorkbook } from "../../../src/domain/engine";
import { type Grid, parseAddress } from "../../../src/domain/grid";
import type { Plan } from "../../../src/domain/plan/types";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { DEFAULT_INDICATORS, gridOf, tableMerges, tableRows } from "../../helpers/grids";

const profile = NATIONAL_PROFILE;

/** Applies a plan's writes to a grid in memory, as an adapter would. */
function applyWrites(grid: Grid, plan: Plan): Grid {
  const values = grid.values.map((r) => [...r]);
  const formulas = grid.formulas?.map((r) => [...r]) ?? values.map((r) => r.map(() => null));
  for (const w of plan.writes) {
    const p = parseAddress(w.cell);
    values[p.row - grid.top][p.col - grid.left] = w.value;
    formulas[p.row - grid.top][p.col - grid.left] = w.formula ?? null;
  }
  return { ...grid, values, formulas };
}

describe("buildPlan", () => {
  const spec = {
    funds: { annual: 25.14, executed: 23.82, rate: null, score: null },
    indicators: DEFAULT_INDICATORS.map((i, n) => (n === 0 ? { ...i, actual: 14, target: "≥17人", score: null, why: "受疫情影响" } : i)),
    totalScore: null,
  };

  it("writes the rate, the execution score, empty indicator scores and the total, nothing else", () => {
    const grid = gridOf(tableRows(spec), { merges: tableMerges(6) });
    const { plan } = checkWorkbook([grid], { profile });
    expect(plan.writes.map((w) => `${w.cell} ${w.role} ${w.text}`)).toEqual(["H6 rate 0.9475", "I6 rateScore 9.47", "H13 indicatorScore 16.47", "H19 total 95.94"]);
    expect(plan.writes.every((w) => w.previous.value === null)).toBe(true);
    expect(plan.writes[0].numberFormat).toBe("0.00%");
  });

  it("keeps a score the accountant typed, and only reports it", () => {
    const rows = tableRows({ ...spec, indicators: spec.indicators.map((i, n) => (n === 0 ? { ...i, score: 20 } : i)) });
    const { plan, projects } = checkWorkbook([gridOf(rows)], { profile });
    expect(plan.writes.find((w) => w.role === "indicatorScore")).toBeUndefined();
    expect(projects[0].findings.find((f) => f.code === "score-mismatch")?.cell).toBe("H13");
  });

  it("never writes over the user's own formulas", () => {
    const grid = gridOf(tableRows(spec), { formulas: { H6: "=F6/E6", H19: "=SUM(H13:H18)+I6" } });
    const { plan } = checkWorkbook([grid], { profile });
    expect(plan.writes.map((w) => w.cell)).toEqual(["I6", "H13"]);
  });

  it("can write the execution rate as a live formula", () => {
    const { plan } = checkWorkbook([gridOf(tableRows(spec))], { profile, rateAsFormula: true });
    expect(plan.writes[0]).toMatchObject({ cell: "H6", formula: "=F6/E6", value: 0.9475 });
  });

  it("is idempotent: a second run on the checked grid writes nothing", () => {
    const grid = gridOf(tableRows(spec));
    const first = checkWorkbook([grid], { profile });
    const second = checkWorkbook([applyWrites(grid, first.plan)], { profile });
    expect(second.plan.writes).toEqual([]);
    expect(second.projects[0].total).toBe(first.projects[0].total);
  });

  it("highlights findings by severity and written cells as results, one note per cell", () => {
    const grid = gridOf(tableRows({ ...spec, indicators: spec.indicators.map((i, n) => (n === 0 ? { ...i, why: null } : i)) }));
    const { plan } = checkWorkbook([grid], { profile });
    expect(plan.highlights.find((h) => h.cell === "I13")).toMatchObject({ kind: "error", code: "deviation-unexplained" });
    expect(plan.highlights.find((h) => h.cell === "H6")).toMatchObject({ kind: "result" });
    const keys = plan.notes.map((n) => `${n.sheet}!${n.cell}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(plan.notes.find((n) => n.cell === "I13")?.text).toMatch(/^\[错误\] /);
    expect(checkWorkbook([grid], { profile, addNotes: false }).plan.notes).toEqual([]);
  });
});
