import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { PROJECT_LIST_TEXT } from "../../../src/domain/template";
import type { Plan } from "../../../src/domain/plan/types";
import { buildProjectListSheet, summariseSheets } from "../../../src/domain/project-list";
import { applyPlan } from "../../../src/excel/check/apply";
import { readWorkbookState } from "../../../src/excel/check/read";
import { checkAndScore, clearCheckMarks, undoLastCheck } from "../../../src/excel/check/run";
import { UNDO_SETTING_KEY, parseRecord, undoStoreFor } from "../../../src/excel/check/undo-store";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeContext, type FakeSheetSpec, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, blank, fixtureSpecs } from "../../office-standin/book";

const LIST = PROJECT_LIST_TEXT.sheetName;

/** seed000 with the first table's results blanked, so the run writes values too. */
async function book(extra: FakeSheetSpec[] = []): Promise<FakeBook> {
  const specs = await fixtureSpecs("seed000-national.xlsx");
  specs[1] = blank(specs[1], "H6", "I6", "H13");
  return new FakeBook([...specs, ...extra]);
}

async function check(b: FakeBook, version = "1.18") {
  const excel = fakeExcelRun(b, version);
  const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, projectList: true, caps: CAPS[version], excelRun: excel.run });
  if (!outcome.ok) throw new Error(outcome.message);
  return { outcome, excel };
}

/** The list's values row by row (A1 marker, headers, one row per project, 合计). */
function listRows(b: FakeBook, name = LIST): unknown[][] {
  const sheet = b.sheet(name);
  const used = sheet.usedArea()!;
  const rows: unknown[][] = [];
  for (let r = used.top; r <= used.bottom; r++) {
    const row: unknown[] = [];
    for (let c = used.left; c <= used.right; c++) {
      const cell = sheet.peek(`${String.fromCharCode(65 + c)}${r + 1}`);
      row.push(cell?.formula ?? cell?.value ?? "");
    }
    rows.push(row);
  }
  return rows;
}

describe("the 项目清单 sheet in a check run", () => {
  it("is written as the last tab in the run's write sync: still 3 syncs on ExcelApi 1.18", async () => {
    const b = await book();
    const { outcome, excel } = await check(b);
    expect(outcome.syncs).toBe(3);
    expect(excel.contexts[0].syncs).toHaveLength(3);
    const names = b.names();
    expect(names[names.length - 1]).toBe(LIST);
    expect(outcome.apply?.ownedSheets).toEqual([LIST]);
    expect(outcome.apply?.notices).toEqual([excelStrings.listSheet.written(LIST)]);
    expect(outcome.messages).not.toContain(excelStrings.listSheet.written(LIST));
    const rows = listRows(b);
    expect(rows[0][0]).toBe(PROJECT_LIST_TEXT.marker);
    expect(rows[1]).toEqual([...PROJECT_LIST_TEXT.headers]);
    expect(rows).toHaveLength(2 + outcome.report.projects.length + 1);
    expect(rows[2][1]).toBe("食堂经费");
    expect(String(rows[2][2])).toMatch(/^=HYPERLINK\("#'1\.食堂经费'!A1"/);
    // The seed's own list sheet (项目清单, no marker) is the user's: untouched.
    expect(b.sheet("项目清单").full()).toEqual(new FakeBook([(await fixtureSpecs("seed000-national.xlsx"))[0]]).sheet("项目清单").full());
  });

  it("is rewritten on the next run: one list sheet, still the last tab, still 3 syncs", async () => {
    const b = await book();
    await check(b);
    const first = listRows(b);
    b.sheet("2.执法工作经费").cell("F6").value = 1; // changes that project's execution figures
    const { outcome } = await check(b);
    expect(outcome.syncs).toBe(3);
    const names = b.names();
    expect(names.filter((n) => n.startsWith("项目清单（"))).toEqual([LIST]);
    expect(names[names.length - 1]).toBe(LIST);
    expect(listRows(b)).not.toEqual(first);
    // Once the findings have settled, another run leaves the workbook exactly as it was.
    await check(b);
    const after = JSON.stringify(b.sheets.map((s) => s.full()));
    await check(b);
    expect(JSON.stringify(b.sheets.map((s) => s.full()))).toBe(after);
  });

  it("never touches a user's sheet named 项目清单（自动）", async () => {
    const mine: FakeSheetSpec = { name: LIST, cells: { A1: "我自己的清单", B2: 42 } };
    const b = await book([mine]);
    const before = b.sheet(LIST).full();
    const { outcome } = await check(b);
    expect(b.sheet(LIST).full()).toEqual(before);
    expect(outcome.apply?.ownedSheets).toEqual([PROJECT_LIST_TEXT.alternativeName]);
    expect(b.names()[b.names().length - 1]).toBe(PROJECT_LIST_TEXT.alternativeName);
  });

  it("is deleted by 撤销本次检查 when the run created it", async () => {
    const b = await book();
    const before = b.dump();
    await check(b);
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone).toMatchObject({ ok: true, syncs: 3 });
    expect(undone.ok && undone.messages).toContain(excelStrings.listSheet.undoDeleted(LIST));
    expect(b.names()).not.toContain(LIST);
    expect(b.dump()).toEqual(before);
  });

  it("gets its earlier values back from 撤销本次检查 when the run rewrote it", async () => {
    const b = await book();
    await check(b);
    const first = listRows(b);
    b.sheet("2.执法工作经费").cell("F6").value = 1;
    await check(b);
    expect(listRows(b)).not.toEqual(first);
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone.ok && undone.messages).toContain(excelStrings.listSheet.undoRestored(LIST));
    expect(listRows(b)).toEqual(first);
  });

  it("is left alone by 清除标记, and still taken back by a later undo", async () => {
    const b = await book();
    await check(b);
    const list = b.sheet(LIST).full();
    const cleared = await clearCheckMarks({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(cleared).toMatchObject({ ok: true });
    expect(b.sheet(LIST).full()).toEqual(list);
    await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(b.names()).not.toContain(LIST);
  });

  it("is kept by undo when the user has typed in it since", async () => {
    const b = await book();
    await check(b);
    b.sheet(LIST).cell("K3").value = "我的备注";
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone.ok && undone.messages).toContain(excelStrings.listSheet.undoChanged(LIST));
    expect(b.names()).toContain(LIST);
  });

  it("keeps one level of undo: after two runs, undo brings back the first run's list", async () => {
    const b = await book();
    await check(b);
    const first = listRows(b);
    await check(b);
    const record = parseRecord(b.settings.get(UNDO_SETTING_KEY));
    expect(record.kind === "record" && record.record.ownedSheets?.map((o) => [o.name, o.previous?.cells.length])).toEqual([[LIST, first.length]]);
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone.ok && undone.messages).toContain(excelStrings.listSheet.undoRestored(LIST));
    expect(listRows(b)).toEqual(first);
  });

  it("joins the earlier record when a run has nothing else to write", async () => {
    const b = new FakeBook([{ name: "Sheet1", cells: { A1: "x", B2: 1 } }]);
    const spec = buildProjectListSheet([], summariseSheets([]));
    const apply = async (plan: Plan) => {
      const ctx = new FakeContext(b, "1.18");
      const store = undoStoreFor(CAPS["1.18"]);
      const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true, store });
      return applyPlan(ctx.api, plan, CAPS["1.18"], { state, store });
    };
    const write = { sheet: "Sheet1", cell: "B2", role: "total" as const, value: 2, text: "2", previous: { value: 1, formula: null } };
    await apply({ writes: [write], highlights: [], notes: [], sheets: [spec] });
    const second = await apply({ writes: [], highlights: [], notes: [], sheets: [spec] });
    expect(second.ownedSheets).toEqual([LIST]);
    const record = parseRecord(b.settings.get(UNDO_SETTING_KEY));
    expect(record.kind === "record" && record.record.cells.map((c) => c.cell)).toEqual(["B2"]);
    expect(record.kind === "record" && record.record.ownedSheets).toEqual([expect.objectContaining({ name: LIST, previous: null })]);
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(undone.ok && undone.messages).toContain(excelStrings.listSheet.undoDeleted(LIST));
    expect(b.names()).toEqual(["Sheet1"]);
    expect(b.sheet("Sheet1").peek("B2")?.value).toBe(1);
  });

  it("is written on ExcelApi 1.7 too (4 syncs there, as any check), without what 1.7 lacks", async () => {
    const b = await book();
    const { outcome } = await check(b, "1.7");
    expect(outcome.syncs).toBe(4);
    expect(b.names()[b.names().length - 1]).toBe(LIST);
    await undoLastCheck({ caps: CAPS["1.7"], excelRun: fakeExcelRun(b, "1.7").run });
    expect(b.names()).not.toContain(LIST);
  });

  it("reads undo records written before the list existed", () => {
    const old = { version: 1, createdAt: "2024-01-01T00:00:00.000Z", notesMode: "note", cells: [] };
    expect(parseRecord(JSON.stringify(old))).toEqual({ kind: "record", record: old });
    const junk = parseRecord(JSON.stringify({ ...old, ownedSheets: [{ name: 3 }] }));
    expect(junk).toEqual({ kind: "record", record: old });
  });

  it("is not written without projectList", async () => {
    const b = await book();
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    expect(outcome.ok && outcome.apply?.ownedSheets).toEqual([]);
    expect(b.names()).not.toContain(LIST);
  });
});
