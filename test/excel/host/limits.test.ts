/**
 * The adapter under Excel's documented limits (src/excel/host/limits.ts), enforced by the stand-in: a
 * workbook of 200 project sheets, a sheet of 30 stacked tables (over 512 merged areas) and a sheet
 * with 20,000 pasted rows is checked and scored completely, finds what `selfeval check` finds in the
 * same file, and never sends or receives more than Excel on the web accepts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { readWorkbookState } from "../../../src/excel/check/read";
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES, RANGE_CELL_LIMIT } from "../../../src/excel/host/limits";
import { bandRows, mergeBands, remainingChunks, windowShape } from "../../../src/excel/check/read-plan";
import { checkAndScore } from "../../../src/excel/check/run";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { LARGE, writeLargeWorkbook } from "../../helpers/large-workbook";
import { CAPS, fixtureSpecs as fixtureSpecsOf, specFromGrid } from "../../office-standin/book";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeError, fakeExcelRun } from "../../office-standin/fake-excel";

describe("read plan", () => {
  it("shares the first sync's budget between the sheets, 12 columns wide", () => {
    expect(windowShape(1, 40_000)).toEqual({ rows: 400, cols: 12 });
    expect(windowShape(50, 40_000)).toEqual({ rows: 66, cols: 12 });
    expect(windowShape(10_000, 40_000)).toEqual({ rows: 1, cols: 12 });
  });

  it("asks for merges in bands of at most 512 cells, so never over 512 merged areas", () => {
    for (const cols of [1, 9, 26, 100, 600]) {
      const bands = mergeBands({ top: 3, left: 0, bottom: 5000, right: cols - 1 });
      expect(bands[0].top).toBe(3);
      expect(bands[bands.length - 1].bottom).toBe(5000);
      for (const b of bands) expect((b.bottom - b.top + 1) * (b.right - b.left + 1)).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
      // The bands tile the area: every cell in exactly one band.
      expect(bands.reduce((n, b) => n + (b.bottom - b.top + 1) * (b.right - b.left + 1), 0)).toBe((5000 - 3 + 1) * cols);
      expect(bandRows(cols)).toBeGreaterThanOrEqual(1);
    }
  });

  it("covers the rest of the used range in chunks within the budget, each cell once", () => {
    const used = { top: 0, left: 0, bottom: 20_029, right: 39 };
    const window = { top: 0, left: 0, bottom: 29, right: 11 };
    const chunks = remainingChunks(used, window, 40_000);
    const seen = new Set<string>();
    let cells = 0;
    for (const c of chunks) {
      const n = (c.bottom - c.top + 1) * (c.right - c.left + 1);
      expect(n).toBeLessThanOrEqual(40_000);
      cells += n;
      for (const r of [c.top, c.bottom]) for (const col of [c.left, c.right]) seen.add(`${r}:${col}`);
    }
    expect(cells + 30 * 12).toBe(20_030 * 40);
  });
});

describe("a workbook past the limits, in Excel on the web", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "selfeval-limits-"));
    file = path.join(dir, "large.xlsx");
    await writeLargeWorkbook(file);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is checked and scored completely, within every limit, and finds what selfeval check finds", async () => {
    const grids = await readWorkbookFile(file);
    const cli = checkWorkbook(grids, { profile: NATIONAL_PROFILE, plan: false });
    const book = new FakeBook(grids.map((g) => specFromGrid(g)));
    const excel = fakeExcelRun(book, "1.18");
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS["1.18"], excelRun: excel.run });
    if (!outcome.ok) throw new Error(outcome.message);

    expect(outcome.report.projects).toHaveLength(LARGE.projectSheets + LARGE.stackedTables + 1);
    const figures = (r: typeof cli) => r.projects.map((p) => ({ sheet: p.sheet, range: p.range, name: p.name, funds: p.funds, total: p.total, grade: p.grade, findings: p.findings.map((f) => `${f.cell} ${f.code}`) }));
    expect(figures(outcome.report)).toEqual(figures(cli));
    expect(outcome.report.findings.map((f) => `${f.sheet} ${f.code}`)).toEqual(cli.findings.map((f) => `${f.sheet} ${f.code}`));
    // The seed's printed rates and totals are right, so the run marks and notes rather than writes.
    expect(outcome.counts.highlighted).toBeGreaterThan(0);
    expect(outcome.counts.notes).toBeGreaterThan(0);

    const syncs = excel.contexts[0].syncs;
    const max = (key: "requestBytes" | "responseBytes" | "maxCellsPerRead" | "maxMergedAreasPerCall") => Math.max(...syncs.map((s) => Number((s as unknown as Record<string, number>)[key] ?? 0)));
    expect(max("requestBytes")).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // Planned at half the limit (READ_BYTE_BUDGET); the model may be off, not by a factor of two.
    expect(max("responseBytes")).toBeLessThan(PAYLOAD_LIMIT_BYTES * 0.7);
    expect(max("maxCellsPerRead")).toBeLessThan(RANGE_CELL_LIMIT);
    expect(max("maxMergedAreasPerCall")).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
    // Round trips grow with the data (the 20,000 rows), not with the 202 sheets.
    expect(syncs.length).toBeLessThan(20);
  }, 120_000);

  it("takes 3 round trips for an ordinary workbook of 50 project sheets", async () => {
    const grids = (await readWorkbookFile(file)).slice(0, 50);
    const book = new FakeBook(grids.map((g) => specFromGrid(g)));
    const excel = fakeExcelRun(book, "1.18");
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS["1.18"], excelRun: excel.run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.syncs).toBe(3);
  }, 60_000);

  it("starts the read again with a quarter of the budget when Excel on the web refuses the payload anyway", async () => {
    const grids = (await readWorkbookFile(file)).slice(0, 3);
    const plain = new FakeBook(grids.map((g) => specFromGrid(g)));
    const expected = await fakeExcelRun(plain, "1.18").run((context) => readWorkbookState(context, CAPS["1.18"]));
    const book = new FakeBook(grids.map((g) => specFromGrid(g)));
    // Sync A passes; the first sheet read is refused as Excel on the web refuses a response over 5 MB.
    book.failNextSyncs.push(undefined as unknown as FakeError, new FakeError("ResponsePayloadSizeLimitExceeded"));
    const state = await fakeExcelRun(book, "1.18").run((context) => readWorkbookState(context, CAPS["1.18"]));
    expect(state.stats.restarts).toBe(1);
    expect(state.grids).toEqual(expected.grids);
  });
});

describe("a used range no read can cover", () => {
  it("a stray value at J1048576 is refused with advice, not read for minutes (or into the memory's end)", async () => {
    const specs = await fixtureSpecsOf("seed000-national.xlsx");
    specs[1] = { ...specs[1], cells: { ...specs[1].cells, J1048576: "x" } };
    const book = new FakeBook(specs);
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(outcome).toMatchObject({ ok: false, code: "RangeExceedsLimit", message: excelStrings.errors.rangeTooLarge });
  });
});
