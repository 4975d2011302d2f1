/**
 * One real workbook per case, its expected report beside it in test/fixtures/expected/.
 * Regenerate on purpose with UPDATE_EXPECTED=1 and read the diff before committing.
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../src/domain/engine";
import { getProfile } from "../../../src/domain/profiles";
import type { WorkbookReport } from "../../../src/domain/report-types";
import { readWorkbookFile } from "../../../src/xlsx/read";

const FIXTURES = path.join(__dirname, "../../fixtures");
const EXPECTED = path.join(FIXTURES, "expected");
const CASES: [file: string, profile: string][] = [
  ["seed000-national.xlsx", "national"],
  ["seed000-offset-stacked.xlsx", "national"],
  ["seed000-label-variants.xlsx", "national"],
  ["seed003-sichuan.xlsx", "sichuan"],
  ["seed003-sichuan-full.xlsx", "sichuan"],
  ["no-table.xlsx", "national"],
  ["peer-mistakes.xlsx", "national"],
];

/** The parts of a report a reviewer reads, in a stable, diff-friendly shape. */
function summarize(report: WorkbookReport) {
  return {
    profile: report.profile,
    sheets: report.sheets,
    findings: report.findings.map((f) => `${f.severity} ${f.code} ${f.sheet} ${f.message}`),
    projects: report.projects.map((p) => ({
      where: `${p.sheet}!${p.range}`,
      name: p.name,
      year: p.year,
      funds: p.funds,
      total: p.total,
      grade: p.grade,
      indicators: p.indicators.map((i) => `${i.cell} ${i.name} | ${i.target} | ${i.actual} | w=${i.weight} score=${i.score} (${i.scoreSource}) computed=${i.computedScore}`),
      findings: p.findings.map((f) => `${f.cell} ${f.severity} ${f.code} ${f.message}`),
    })),
    writes: report.plan.writes.map((w) => `${w.sheet}!${w.cell} ${w.role} ${JSON.stringify(w.previous.value)} -> ${w.text}`),
  };
}

describe.each(CASES)("%s", (file, profileId) => {
  it("matches its expected report", async () => {
    const grids = await readWorkbookFile(path.join(FIXTURES, file));
    const actual = summarize(checkWorkbook(grids, { profile: getProfile(profileId)! }));
    const expectedPath = path.join(EXPECTED, file.replace(/\.xlsx$/, ".json"));
    if (process.env.UPDATE_EXPECTED === "1" || !fs.existsSync(expectedPath)) {
      if (process.env.CI === "true" && !fs.existsSync(expectedPath)) throw new Error(`missing expected report ${expectedPath}`);
      fs.mkdirSync(EXPECTED, { recursive: true });
      fs.writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
    }
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, "utf8")));
  });
});
