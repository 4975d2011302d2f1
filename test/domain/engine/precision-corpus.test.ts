/**
 * The precision corpus (test/fixtures/real/): real tables with the findings a careful reviewer
 * would write beside them, decided by hand (expected.json, each with its reason; README.md there
 * explains the judgement calls). Any error or warning not in the list fails, and so does any listed
 * one not reported: a false alarm is a bug as serious as a missed error.
 */
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../src/domain/engine";
import type { Finding } from "../../../src/domain/finding";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { readWorkbookFile } from "../../../src/xlsx/read";

const REAL = path.join(__dirname, "../../fixtures/real");
const PROFILES = { national: NATIONAL_PROFILE, sichuan: SICHUAN_PROFILE } as const;

interface Expected {
  profiles: (keyof typeof PROFILES)[];
  findings: { sheet: string; cell?: string; code: string; severity: Finding["severity"]; why: string }[];
}
const expected: Record<string, Expected> = JSON.parse(fs.readFileSync(path.join(REAL, "expected.json"), "utf8"));
const key = (f: { sheet: string; cell?: string; code: string; severity: string }) => `${f.sheet}!${f.cell ?? "(sheet)"} ${f.code} ${f.severity}`;

describe("precision corpus", () => {
  it("has an expected list for every workbook in the folder, and a reason for every finding", () => {
    const onDisk = fs.readdirSync(REAL).filter((n) => n.endsWith(".xlsx")).sort();
    expect(Object.keys(expected).sort()).toEqual(onDisk);
    for (const e of Object.values(expected)) for (const f of e.findings) expect(f.why.length).toBeGreaterThan(10);
  });

  const cases = Object.entries(expected).flatMap(([file, e]) => e.profiles.map((p) => [file, p, e] as const));
  describe.each(cases)("%s (%s profile)", (file, profile, e) => {
    let reported: string[];
    beforeAll(async () => {
      const report = checkWorkbook(await readWorkbookFile(path.join(REAL, file)), { profile: PROFILES[profile] });
      reported = [...report.findings, ...report.projects.flatMap((p) => p.findings)].filter((f) => f.severity !== "info").map(key).sort();
    });

    it("reports no error or warning a reviewer would call noise", () => {
      const wanted = new Set(e.findings.map(key));
      expect(reported.filter((k) => !wanted.has(k))).toEqual([]);
    });

    it("misses none of the real mistakes", () => {
      const got = new Set(reported);
      expect(e.findings.map(key).filter((k) => !got.has(k))).toEqual([]);
    });

    it("reports each exactly once", () => {
      expect(new Set(reported).size).toBe(reported.length);
    });
  });
});
