import { allFindings, describeCheck, editedTable, findingsOf } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, tableGrid } from "../../helpers/grids";

const CODE = "year-end-pending";

/** The canonical table as import-targets leaves it: targets and weights in, year-end figures out. */
const fresh = (patch: (rows: ReturnType<typeof Array.prototype.slice>) => void = () => undefined) =>
  editedTable((rows) => {
    for (const r of [5, 6, 7, 8]) for (const c of [4, 5, 7, 8]) if (rows[r][c] !== "—") rows[r][c] = null;
    rows[10][5] = null;
    for (let i = 0; i < DEFAULT_INDICATORS.length; i++) {
      rows[12 + i][5] = null;
      rows[12 + i][7] = null;
    }
    rows[12 + DEFAULT_INDICATORS.length][7] = null;
    patch(rows);
  });

describeCheck(CODE, {
  valid: [
    { name: "a filled-in table", grid: tableGrid() },
    { name: "全年执行数 filled, the actuals not yet: each missing actual is reported where it is", grid: fresh((rows) => (rows[5][5] = 4.5)) },
    { name: "one actual filled, the rest not", grid: fresh((rows) => (rows[12][5] = 8)) },
    // Handed in with scores, a total or 实际完成情况 written: not a fresh table; the missing figures are errors.
    { name: "scores typed, 全年执行数 and actuals empty", grid: fresh((rows) => (rows[12][7] = 20)) },
    { name: "a total typed", grid: fresh((rows) => (rows[18][7] = 100)) },
    { name: "实际完成情况 written", grid: fresh((rows) => (rows[10][5] = "已完成全年任务。")) },
  ],
  invalid: [
    {
      name: "DOMAIN: a table right after import-targets (全年执行数 and every 实际完成值 empty)",
      grid: fresh(),
      findings: [{ messageId: "pending", cell: "F6", severity: "warning", data: { actuals: DEFAULT_INDICATORS.length } }],
    },
  ],
});

describe(`${CODE}: one to-do instead of dozens`, () => {
  it("a fresh table gets the to-do and no error or other warning", () => {
    const findings = allFindings(fresh()).filter((f) => f.severity !== "info");
    expect(findings.map((f) => f.code)).toEqual([CODE]);
    expect(findings[0].message).toContain("全年预算数、全年执行数、实际完成情况、6 个指标的实际完成值");
  });

  it("once some year-end figures are in, each missing one is reported at its cell", () => {
    const grid = fresh((rows) => {
      rows[5][4] = 4.5;
      rows[5][5] = 4.5;
    });
    const missing = findingsOf("missing-field", grid).map((f) => f.cell);
    expect(missing).toEqual(expect.arrayContaining(["F11", "F13", "F14", "F15", "F16", "F17", "F18"]));
    expect(findingsOf(CODE, grid)).toEqual([]);
  });
});
