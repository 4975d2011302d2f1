/**
 * Every workbook directly in test/fixtures/ is a case, found from the folder; its expected report
 * lies beside it (NAME.expected.json, whose `profile` says which rules to check it by). Expected
 * reports are written only on purpose, with UPDATE_EXPECTED=1 (read the diff before committing);
 * a workbook without one fails.
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../src/domain/engine";
import { getProfile } from "../../../src/domain/profiles";
import type { WorkbookReport } from "../../../src/domain/report/types";
import { readWorkbookFile } from "../../../src/xlsx/read";

const FIXTURES = path.join(__dirname, "../../fixtures");
const UPDATE = process.env.UPDATE_EXPECTED === "1";
const expectedPathOf = (file: string) => path.join(FIXTURES, file.replace(/\.xlsx$/, ".expected.json"));
/** The profile a case is checked by: its expected report's, or (writing a new one) by its name. */
function profileOf(file: string): string {
  const p = expectedPathOf(file);
  if (fs.existsSync(p)) return (JSON.parse(fs.readFileSync(p, "utf8")) as { profile: string }).profile;
  return /sichuan/.test(file) ? "sichuan" : "national";
}
const CASES: [file: string, profile: string][] = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((f) => [f, profileOf(f)]);

it("finds the fixtures in their folder", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(7);
});

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
    const expectedPath = expectedPathOf(file);
    if (UPDATE) fs.writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
    if (!fs.existsSync(expectedPath)) throw new Error(`no expected report beside ${file}: write one with UPDATE_EXPECTED=1 and read it`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, "utf8")));
  });
});
