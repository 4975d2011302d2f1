/**
 * runFile reads with the fast reader when it writes no copy, and with exceljs when it does: both
 * must give the same findings, projects and sheets for every fixture; the fast path must not load
 * exceljs at all (that is its point); and a file the fast reader does not model goes to exceljs
 * and gets exactly exceljs's answer.
 */
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { getProfile } from "../../src/domain/profiles";
import type { RuleProfile } from "../../src/domain/profiles/types";
import type { FileResult } from "../../src/cli/file-result";
import { runFile, type RunFileOptions } from "../../src/cli/run-file";
import { FastReadUnsupported, readGridsFast } from "../../src/xlsx/fast/read";
import { DRAFT_WORDING } from "../../src/strings/drafts";

const FIXTURES = path.join(__dirname, "../fixtures");
const SAMPLE = path.join(__dirname, "../../samples/2023年度项目支出绩效自评表-样例.xlsx");

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-fast-run-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

function options(output?: string): RunFileOptions {
  const profile = getProfile("national") as RuleProfile;
  return { check: { profile, drafts: DRAFT_WORDING }, notes: false, ...(output ? { output } : {}) };
}

/** What a reviewer sees of one file's check, without the parts only a written copy has. */
function seen(r: FileResult) {
  return { checked: r.checked, findings: r.findings.filter((f) => f.code !== "formula-kept"), projects: r.projects, sheets: r.sheets };
}

async function workbooks(): Promise<string[]> {
  const inDir = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(dir, n));
  return [...(await inDir(FIXTURES)), ...(await inDir(path.join(FIXTURES, "real"))), ...(await inDir(path.join(FIXTURES, "bad"))), SAMPLE];
}

describe("runFile: the fast reader without --write, exceljs with it", () => {
  it("gives the same findings, projects and sheets for every fixture workbook", async () => {
    const files = await workbooks();
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const file of files) {
      const readOnly = await runFile(file, options());
      const written = await runFile(file, options(path.join(tmp, `copy-${path.basename(file)}`)));
      expect({ file, ...seen(readOnly) }).toEqual({ file, ...seen(written) });
      // Every fixture (the bad ones are bad in content, not in form) takes the fast path.
      expect(() => readGridsFast(readFileSync(file))).not.toThrow();
    }
  });

  it("does not load exceljs when it writes no copy, and does when it writes one", async () => {
    const file = path.join(FIXTURES, "peer-mistakes.xlsx");
    const loaded: string[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock("exceljs", () => {
        loaded.push("exceljs");
        return jest.requireActual("exceljs");
      });
      const { runFile: isolatedRunFile } = await import("../../src/cli/run-file");
      const readOnly = await isolatedRunFile(file, options());
      expect(readOnly.checked).toBe(true);
      expect(loaded).toEqual([]);
      const written = await isolatedRunFile(file, options(path.join(tmp, "loaded.xlsx")));
      expect(written.output).toBeDefined();
      expect(loaded).toEqual(["exceljs"]);
    });
  });

  it("sends a workbook the fast reader does not model to exceljs, with exceljs's answer", async () => {
    // A DOCTYPE in a worksheet: exceljs's XML parser reads past it; the fast reader does not model
    // declarations and must hand the file over.
    const zip = await JSZip.loadAsync(await fs.readFile(path.join(FIXTURES, "peer-mistakes.xlsx")));
    const first = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) as string;
    const xml = (await zip.file(first)?.async("string")) as string;
    zip.file(first, xml.replace(/<worksheet\b/, "<!DOCTYPE worksheet>\n<worksheet"));
    const doctype = path.join(tmp, "doctype.xlsx");
    await fs.writeFile(doctype, await zip.generateAsync({ type: "nodebuffer" }));
    expect(() => readGridsFast(readFileSync(doctype))).toThrow(FastReadUnsupported);

    const readOnly = await runFile(doctype, options());
    const written = await runFile(doctype, options(path.join(tmp, "doctype-copy.xlsx")));
    expect(readOnly.checked).toBe(true);
    expect(seen(readOnly)).toEqual(seen(written));
    const original = await runFile(path.join(FIXTURES, "peer-mistakes.xlsx"), options());
    expect(seen(readOnly).findings).toEqual(seen(original).findings);
  });

  it("reports a damaged file as unreadable on both paths", async () => {
    const damaged = path.join(tmp, "damaged.xlsx");
    const bytes = await fs.readFile(path.join(FIXTURES, "peer-mistakes.xlsx"));
    await fs.writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const readOnly = await runFile(damaged, options());
    const written = await runFile(damaged, options(path.join(tmp, "damaged-copy.xlsx")));
    expect(readOnly.checked).toBe(false);
    expect(readOnly.findings.map((f) => f.code)).toEqual(["file-unreadable"]);
    expect(seen(readOnly)).toEqual(seen(written));
  });
});
