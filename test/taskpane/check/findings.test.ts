import type { StoredReport } from "../../../src/services/results-store";
import { ALL_SEVERITIES, bucketBySeverity, collectFindings, countBySeverity, filterFindings, sortFindings } from "../../../src/taskpane/check/findings";

function project(sheet: string, range: string, name: string, findings: StoredReport["projects"][number]["findings"]): StoredReport["projects"][number] {
  return {
    sheet,
    range,
    variant: "national",
    name,
    funds: { initial: null, annual: null, executed: null, rate: null, rateScore: null },
    indicators: [],
    total: null,
    grade: null,
    findings,
    counts: { error: 0, warning: 0, info: 0 },
  };
}

const report: StoredReport = {
  profile: "national",
  sheets: ["清单", "A", "B"].map((name) => ({ name, tables: 1, hidden: false })),
  findings: [
    { code: "table-not-found", severity: "info", message: "m0", sheet: "清单" },
    { code: "internal-error", severity: "error", message: "m1", sheet: "B" },
  ],
  projects: [
    project("A", "A1:I20", "甲", [
      { code: "direction-suspect", severity: "warning", message: "w", sheet: "A", cell: "C9" },
      { code: "score-mismatch", severity: "error", message: "e", sheet: "A", cell: "H13" },
    ]),
    project("A", "A22:I40", "乙", [{ code: "missing-field", severity: "warning", message: "w2", sheet: "A", cell: "B25" }]),
    project("B", "A1:I20", "丙", []),
  ],
};

describe("findings", () => {
  it("collects every finding in sheet order, projects before the sheet's own findings", () => {
    const items = collectFindings(report);
    expect(items.map((f) => f.message)).toEqual(["m0", "w", "e", "w2", "m1"]);
    expect(items.map((f) => f.project)).toEqual(["", "甲", "甲", "乙", ""]);
    expect(new Set(items.map((f) => f.id)).size).toBe(items.length);
  });

  it("sorts errors first, then warnings, then information; sheet order within each, sheet-level findings last", () => {
    const sorted = sortFindings(collectFindings(report));
    expect(sorted.map((f) => f.message)).toEqual(["e", "m1", "w", "w2", "m0"]);
    expect(bucketBySeverity(sorted).map((b) => [b.severity, b.items.map((f) => f.message)])).toEqual([
      ["error", ["e", "m1"]],
      ["warning", ["w", "w2"]],
      ["info", ["m0"]],
    ]);
    expect(bucketBySeverity(sorted.filter((f) => f.severity !== "warning")).map((b) => b.severity)).toEqual(["error", "info"]);
  });

  it("filters by severity and by code, and counts", () => {
    const items = collectFindings(report);
    expect(countBySeverity(items)).toEqual({ error: 2, warning: 2, info: 1 });
    expect(filterFindings(items, { ...ALL_SEVERITIES, warning: false }, "").map((f) => f.message)).toEqual(["m0", "e", "m1"]);
    expect(filterFindings(items, ALL_SEVERITIES, "missing-field").map((f) => f.message)).toEqual(["w2"]);
    expect(filterFindings(items, { error: false, warning: false, info: false }, "")).toEqual([]);
  });
});
