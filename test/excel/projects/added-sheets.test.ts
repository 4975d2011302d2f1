import { locateTables } from "../../../src/domain/locate";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { readWorkbook } from "../../../src/excel/check/read";
import { addProject } from "../../../src/excel/projects/add-project";
import { ADDED_SETTING_KEY, parseAddedRecord, undoAddedSheets } from "../../../src/excel/projects/added-sheets";
import { createTemplateSheet } from "../../../src/excel/projects/create-template";
import { importTargetsFromSheet } from "../../../src/excel/projects/import-targets";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeContext, documentSettings, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, fixtureSpecs } from "../../office-standin/book";

async function importSix(book: FakeBook, version = "1.18") {
  const outcome = await importTargetsFromSheet({ sheet: "2024年项目支出绩效目标", profile: NATIONAL_PROFILE, caps: CAPS[version], excelRun: fakeExcelRun(book, version).run });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe("createTemplateSheet", () => {
  it("adds 模板 (or a free variant) in 2 syncs and records it", async () => {
    const book = new FakeBook([{ name: "模板", cells: { A1: "用户自己的" } }]);
    const excel = fakeExcelRun(book, "1.18");
    const outcome = await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2025, caps: CAPS["1.18"], excelRun: excel.run });
    expect(outcome).toMatchObject({ ok: true, created: ["模板(2)"], syncs: 2, messages: [] });
    expect(excel.contexts[0].syncs).toHaveLength(2);
    expect(book.sheet("模板(2)").peek("A2")?.value).toBe("（2025年度）");
    expect(book.sheet("模板").full()).toEqual(new FakeBook([{ name: "模板", cells: { A1: "用户自己的" } }]).sheet("模板").full());
    expect(parseAddedRecord(book.settings.get(ADDED_SETTING_KEY))).toMatchObject({ kind: "record", record: { kind: "create-template", sheets: [{ name: "模板(2)" }] } });
  });

  it("makes a sheet the engine locates, on the national and the Sichuan form", async () => {
    for (const [profile, form] of [[NATIONAL_PROFILE, "national"], [SICHUAN_PROFILE, "sichuan"]] as const) {
      const book = new FakeBook([{ name: "Sheet1" }]);
      await createTemplateSheet({ profile, year: 2025, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
      const grids = await readWorkbook(new FakeContext(book, "1.18").api, CAPS["1.18"]);
      expect(locateTables(grids[1]).map((t) => t.variant)).toEqual([form]);
    }
  });
});

describe("undoAddedSheets", () => {
  it("deletes an untouched added sheet in 3 syncs and forgets the record", async () => {
    const book = new FakeBook([{ name: "Sheet1", cells: { A1: "x" } }]);
    const before = book.dump();
    await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2025, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    const excel = fakeExcelRun(book, "1.18");
    const outcome = await undoAddedSheets({ caps: CAPS["1.18"], excelRun: excel.run });
    expect(outcome).toEqual({ ok: true, removed: ["模板"], kept: [], messages: [excelStrings.added.removed(["模板"])] });
    expect(excel.contexts[0].syncs).toHaveLength(3);
    expect(book.dump()).toEqual(before);
    expect(book.settings.has(ADDED_SETTING_KEY)).toBe(false);
    expect(await undoAddedSheets({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run })).toEqual({ ok: false, message: excelStrings.added.nothing });
  });

  it("keeps a sheet the user has typed in, and deletes the others", async () => {
    const book = new FakeBook(await fixtureSpecs("targets/seed004-targets.xlsx"));
    const before = book.sheet("2024年项目支出绩效目标").full();
    const imported = await importSix(book);
    const edited = imported.created[2];
    book.sheet(edited).cell("F13").value = 95; // an actual value typed in
    const outcome = await undoAddedSheets({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.kept).toEqual([edited]);
    expect(outcome.removed).toEqual(imported.created.filter((n) => n !== edited));
    expect(outcome.messages).toContain(excelStrings.added.kept(edited));
    expect(book.names()).toEqual(["2024年项目支出绩效目标", edited]);
    expect(book.sheet("2024年项目支出绩效目标").full()).toEqual(before);
  });

  it("never deletes a sheet it did not record, nor one renamed since", async () => {
    const book = new FakeBook([{ name: "Sheet1", cells: { A1: "x" } }]);
    await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2025, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    book.sheet("模板").name = "我的模板";
    book.sheets.push(new FakeBook([{ name: "模板", cells: { A1: "另一个" } }]).sheets[0]);
    const outcome = await undoAddedSheets({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(outcome).toMatchObject({ ok: true, removed: [], kept: ["模板"] });
    expect(book.names()).toEqual(["Sheet1", "我的模板", "模板"]);
  });

  it("works with the record in document settings (ExcelApi 1.1)", async () => {
    const book = new FakeBook([{ name: "Sheet1", cells: { A1: "x" } }]);
    (globalThis as { Office?: unknown }).Office = { context: { document: { settings: documentSettings(book) } } };
    try {
      const created = await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2025, caps: CAPS["1.1"], excelRun: fakeExcelRun(book, "1.1").run });
      expect(created).toMatchObject({ ok: true, created: ["模板"] });
      expect(created.ok && created.messages).toEqual([excelStrings.writer.degraded([excelStrings.writer.features.merges, excelStrings.writer.features.sizes, excelStrings.writer.features.validations])]);
      expect(book.savedDocumentSettings.has(ADDED_SETTING_KEY)).toBe(true);
      const outcome = await undoAddedSheets({ caps: CAPS["1.1"], excelRun: fakeExcelRun(book, "1.1").run });
      expect(outcome).toMatchObject({ ok: true, removed: ["模板"] });
      expect(book.names()).toEqual(["Sheet1"]);
      expect(book.savedDocumentSettings.has(ADDED_SETTING_KEY)).toBe(false);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("undoes 新增项目 too, and only that sheet", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2025, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    const project = { name: "新项目甲", dept: "局", unit: "中心", year: 2025, initial: 1, annual: 2 };
    for (const version of ["1.18", "1.6"]) {
      const added = await addProject({ project, templateSheet: "模板", profile: NATIONAL_PROFILE, caps: CAPS[version], excelRun: fakeExcelRun(book, version).run });
      expect(added).toMatchObject({ ok: true });
      const outcome = await undoAddedSheets({ caps: CAPS[version], excelRun: fakeExcelRun(book, version).run });
      expect(outcome).toMatchObject({ ok: true, removed: ["新项目甲"], kept: [] });
      expect(book.names()).toContain("模板");
    }
  });
});
