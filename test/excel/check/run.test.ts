import { checkAndScore, clearCheckMarks, undoLastCheck } from "../../../src/excel/check/run";
import { excelStrings } from "../../../src/strings/excel";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { FakeBook, FakeError, documentSettings, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, blank, fixtureSpecs } from "../../office-standin/book";

const noSleep = async () => undefined;

/** The national fixture with the first table's results blanked, so the run has values to write. */
async function book(sheets?: number): Promise<FakeBook> {
  const specs = await fixtureSpecs("seed000-national.xlsx");
  specs[1] = blank(specs[1], "H6", "I6", "H13");
  return new FakeBook(sheets === undefined ? specs : specs.slice(1, 1 + sheets));
}

describe("checkAndScore", () => {
  it("takes 3 syncs on ExcelApi 1.9+, for 1 sheet and for 11", async () => {
    for (const n of [1, undefined]) {
      const b = await book(n);
      const excel = fakeExcelRun(b, "1.18");
      const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS["1.18"], excelRun: excel.run });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.syncs).toBe(3);
      expect(excel.contexts[0].syncs).toHaveLength(3);
      expect(outcome.counts.written).toBeGreaterThanOrEqual(3);
      expect(outcome.apply?.undoCells).toBeGreaterThan(0);
      // Plain data only: survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(outcome.report))).toEqual(outcome.report);
    }
    const b = await book();
    expect(b.sheet("1.食堂经费").cell("H6").numberFormat).toBe("General");
    await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(b.sheet("1.食堂经费").cell("H6").numberFormat).toBe("0.00%");
    expect(b.sheet("2.执法工作经费").notes.size).toBeGreaterThan(0);
  });

  it("is idempotent: a second check writes no value and leaves the workbook exactly as the first left it", async () => {
    for (const api of ["1.18", "1.10"]) {
      const b = await book();
      const first = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS[api], excelRun: fakeExcelRun(b, api).run });
      if (!first.ok) throw new Error(first.message);
      expect(first.counts.written).toBeGreaterThan(0);
      const afterFirst = JSON.stringify(b.dump());
      const second = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS[api], excelRun: fakeExcelRun(b, api).run });
      if (!second.ok) throw new Error(second.message);
      expect(second.counts.written).toBe(0);
      // Same values, formats, fills and note texts: nothing changed and no note was stacked.
      expect(JSON.stringify(b.dump())).toBe(afterFirst);
    }
  });

  // Office.js returns a date as its serial: 2023-12-31 in 全年执行数 arrived as 45291 万元 and an
  // execution rate in the thousands of percent went into the filing.
  it("a date typed into 全年执行数 is a not-a-number finding at that cell, and nothing is written for it", async () => {
    const specs = await fixtureSpecs("seed000-national.xlsx");
    const sheet = specs.findIndex((s) => s.name === "8.城乡医保筹资经费");
    specs[sheet] = { ...specs[sheet], cells: { ...blank(specs[sheet], "H6", "I6").cells, F6: { value: 45291, numberFormat: "yyyy/m/d" } } };
    const b = new FakeBook(specs);
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    const project = outcome.report.projects.find((p) => p.sheet === "8.城乡医保筹资经费")!;
    expect(project.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: "not-a-number", cell: "F6", message: expect.stringContaining("2023-12-31") })]));
    const ws = b.sheet("8.城乡医保筹资经费");
    expect(ws.cell("F6").value).toBe(45291);
    expect(ws.cell("H6").value).toBe("");
    expect(ws.cell("I6").value).toBe("");
  });

  it("takes 4 syncs below ExcelApi 1.9 (one snapshot of the touched cells)", async () => {
    const b = await book();
    const excel = fakeExcelRun(b, "1.7");
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.7"], excelRun: excel.run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.syncs).toBe(4);
    expect(outcome.messages).toEqual(expect.arrayContaining([excelStrings.degraded.mergesUnavailable, excelStrings.degraded.notesUnavailable]));
    expect(b.settings.size).toBe(1); // workbook.settings from 1.4
  });

  it("runs on ExcelApi 1.1 with the undo record in document settings", async () => {
    const b = await book();
    const before = b.dump();
    (globalThis as { Office?: unknown }).Office = { context: { document: { settings: documentSettings(b) } } };
    try {
      const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.1"], excelRun: fakeExcelRun(b, "1.1").run });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.syncs).toBe(4);
      expect(b.savedDocumentSettings.size).toBe(1);
      expect(b.settings.size).toBe(0);
      const undone = await undoLastCheck({ caps: CAPS["1.1"], excelRun: fakeExcelRun(b, "1.1").run });
      expect(undone).toMatchObject({ ok: true });
      expect(b.dump()).toEqual(before);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("retries while Excel is in cell-edit mode, and reports it", async () => {
    const b = await book(1);
    b.failNextSyncs = [new FakeError("InvalidOperationInCellEditMode")];
    const excel = fakeExcelRun(b, "1.18");
    const sleep = jest.fn(noSleep);
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: excel.run, sleep });
    expect(outcome).toMatchObject({ ok: true, retries: 1 });
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(outcome.ok && outcome.messages).toContain(excelStrings.retry.cellEditMode(1));
    expect(excel.contexts).toHaveLength(2);
  });

  it("surfaces cell-edit mode in Chinese when the retries run out", async () => {
    const b = await book(1);
    b.failNextSyncs = [1, 2, 3].map(() => new FakeError("InvalidOperationInCellEditMode"));
    const before = b.dump();
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run, retries: 2, sleep: noSleep });
    expect(outcome).toEqual({ ok: false, code: "InvalidOperationInCellEditMode", message: excelStrings.errors.cellEditMode, retries: 2 });
    expect(b.dump()).toEqual(before);
  });

  it("turns any other Office error into a Chinese message without retrying", async () => {
    const b = await book(1);
    b.failNextSyncs = [new FakeError("AccessDenied", "The operation was denied")];
    const sleep = jest.fn(noSleep);
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run, sleep });
    expect(outcome).toMatchObject({ ok: false, code: "AccessDenied", message: excelStrings.errors.accessDenied, retries: 0 });
    expect(sleep).not.toHaveBeenCalled();
  });

  it("undoes and clears marks from the pane's entry points", async () => {
    const b = await book(1);
    const before = b.dump();
    await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    const cleared = await clearCheckMarks({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(cleared).toMatchObject({ ok: true, syncs: 3 });
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone).toMatchObject({ ok: true });
    expect(b.dump()).toEqual(before);
    const nothing = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(nothing).toEqual({ ok: false, reason: "no-undo-record", message: excelStrings.undo.nothingToUndo });
  });
});
