import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles/types";
import { ROLE_FILLS } from "../../../src/domain/template";
import { addProject, readProjectContext } from "../../../src/excel/projects/add-project";
import { ADDED_SETTING_KEY } from "../../../src/excel/projects/added-sheets";
import { createTemplateSheet } from "../../../src/excel/projects/create-template";
import type { NewProject } from "../../../src/excel/projects/project-types";
import { readWorkbook } from "../../../src/excel/check/read";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeContext, type FakeSheetSpec, documentSettings, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, fixtureSpecs } from "../../office-standin/book";

const project: NewProject = { name: "新建食堂经费", dept: "某县医疗保障局", unit: "某县医疗保障事务中心", year: 2025, initial: 12.5, annual: 13.75 };

/** seed000's list and ten project sheets, plus a template made by 创建模板 (on 1.18). */
async function bookWithTemplate(profile: RuleProfile = NATIONAL_PROFILE, extra: FakeSheetSpec[] = []): Promise<FakeBook> {
  const book = new FakeBook([...(await fixtureSpecs("seed000-national.xlsx")), ...extra]);
  const created = await createTemplateSheet({ profile, year: 2024, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
  if (!created.ok) throw new Error(created.message);
  book.settings.clear();
  return book;
}

async function add(book: FakeBook, version: string, options: Partial<Parameters<typeof addProject>[0]> = {}) {
  const excel = fakeExcelRun(book, version);
  const outcome = await addProject({ project, templateSheet: "模板", profile: NATIONAL_PROFILE, caps: CAPS[version], excelRun: excel.run, ...options });
  return { outcome, excel };
}

async function check(book: FakeBook, profile: RuleProfile = NATIONAL_PROFILE) {
  const grids = await readWorkbook(new FakeContext(book, "1.18").api, CAPS["1.18"]);
  return checkWorkbook(grids, { profile });
}

function withOffice<T>(book: FakeBook, body: () => Promise<T>): Promise<T> {
  (globalThis as { Office?: unknown }).Office = { context: { document: { settings: documentSettings(book) } } };
  return body().finally(() => delete (globalThis as { Office?: unknown }).Office);
}

describe("readProjectContext", () => {
  it("finds no template in a workbook without one, and lists the sheets in two syncs", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    book.sheets[3].visibility = "Hidden";
    const excel = fakeExcelRun(book, "1.18");
    const outcome = await readProjectContext({ caps: CAPS["1.18"], excelRun: excel.run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.template).toBeNull();
    expect(outcome.sheets).toEqual(book.names());
    expect(outcome.nonEmptySheets).toEqual(book.names().filter((_, i) => i !== 3));
    expect(outcome.canCopy).toBe(true);
    expect(excel.contexts[0].syncs).toHaveLength(2);
  });

  it("finds 模板 (or the marked sheet) and tells its form", async () => {
    const national = await bookWithTemplate();
    expect(await readProjectContext({ caps: CAPS["1.18"], excelRun: fakeExcelRun(national, "1.18").run })).toMatchObject({
      ok: true,
      template: { sheet: "模板", form: "national" },
    });
    const marked = await readProjectContext({ templateSheet: "3.物业管理费", caps: CAPS["1.6"], excelRun: fakeExcelRun(national, "1.6").run });
    expect(marked).toMatchObject({ ok: true, template: { sheet: "3.物业管理费", form: "national" }, canCopy: false });
    const sichuan = await bookWithTemplate(SICHUAN_PROFILE);
    const s = await readProjectContext({ templateSheet: "不存在", caps: CAPS["1.18"], excelRun: fakeExcelRun(sichuan, "1.18").run });
    expect(s).toMatchObject({ ok: true, template: { sheet: "模板", form: "sichuan" } });
    const blank = new FakeBook([{ name: "自评表模板", cells: { A1: "空白" } }, { name: "Sheet2" }]);
    const b = await readProjectContext({ caps: CAPS["1.18"], excelRun: fakeExcelRun(blank, "1.18").run });
    expect(b).toMatchObject({ ok: true, template: { sheet: "自评表模板", form: null }, nonEmptySheets: ["自评表模板"] });
  });
});

describe("addProject (Worksheet.copy)", () => {
  it.each(["1.18", "1.7"])("copies the template after the last project sheet and fills the form in 3 syncs (ExcelApi %s)", async (version) => {
    const book = await bookWithTemplate();
    const templateBefore = book.sheet("模板").full();
    const { outcome, excel } = await add(book, version);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.syncs).toBe(3);
    expect(excel.contexts[0].syncs).toHaveLength(3);
    expect(outcome.created).toEqual([project.name]);
    expect(outcome.messages).toEqual([]);

    const names = book.names();
    expect(names.indexOf(project.name)).toBe(names.indexOf("10.信息系统运行及维护费") + 1);
    expect(names[names.length - 1]).toBe("模板");
    const sheet = book.sheet(project.name);
    expect(sheet.visibility).toBe("Visible");
    expect(sheet.peek("A2")?.value).toBe("（2025年度）");
    expect(sheet.peek("B3")?.value).toBe(project.name);
    expect(sheet.peek("B4")?.value).toBe(project.dept);
    expect(sheet.peek("G4")?.value).toBe(project.unit);
    expect(sheet.peek("D6")?.value).toBe(12.5);
    expect(sheet.peek("E6")?.value).toBe(13.75);
    // A copy: the template's formats, merges and lists came along; the template itself is unchanged.
    expect(sheet.peek("A3")?.fill).toBe(ROLE_FILLS.label);
    expect(sheet.merges).toEqual(book.sheet("模板").merges);
    expect(book.sheet("模板").full()).toEqual(templateBefore);
    expect(excel.contexts[0].activeSheet).toBe(project.name);

    // The engine finds it as a table with what was typed.
    const report = check(book);
    const found = (await report).projects.find((p) => p.sheet === project.name);
    expect(found).toMatchObject({ name: project.name, funds: { annual: "13.75" } });
    expect(book.settings.has(ADDED_SETTING_KEY)).toBe(true);
    expect(JSON.parse(String(book.settings.get(ADDED_SETTING_KEY)))).toMatchObject({ kind: "add-project", sheets: [{ name: project.name }] });
  });

  it("refuses a name taken since the form was filled, with a free one to offer, and changes nothing", async () => {
    const book = await bookWithTemplate();
    const before = JSON.stringify(book.sheets.map((s) => s.full()));
    const { outcome, excel } = await add(book, "1.18", { project: { ...project, name: "1.食堂经费" } });
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.message).toContain("“1.食堂经费(2)”");
    expect(JSON.stringify(book.sheets.map((s) => s.full()))).toBe(before);
    expect(book.settings.size).toBe(0);
    expect(excel.contexts[0].syncs).toHaveLength(1);
  });

  it("says in Chinese when the template is gone", async () => {
    const book = await bookWithTemplate();
    for (const version of ["1.18", "1.6"]) {
      const { outcome } = await add(book, version, { templateSheet: "旧模板" });
      expect(outcome).toEqual({ ok: false, code: "ItemNotFound", message: excelStrings.project.templateMissing("旧模板") });
    }
  });

  it("adds the sheet even when the template's fields cannot be located, and says what to type", async () => {
    const book = new FakeBook([{ name: "模板", cells: { A1: "我的模板", A2: "请按财政局格式填写" } }]);
    const { outcome } = await add(book, "1.18");
    if (!outcome.ok) throw new Error(outcome.message);
    expect(book.names()).toEqual(["模板", project.name]);
    expect(outcome.messages).toEqual([
      excelStrings.project.noTable("模板"),
      excelStrings.project.fieldsByHand(project.name, ["项目名称", "主管部门", "实施单位", "年度", "年初预算数", "全年预算数"]),
    ]);
  });

  it("fills the Sichuan form's own fields (预算单位, the one 年度资金总额 figure)", async () => {
    const book = await bookWithTemplate(SICHUAN_PROFILE);
    const { outcome } = await add(book, "1.18", { profile: SICHUAN_PROFILE, project: { ...project, unit: "" } });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.messages).toEqual([]);
    const report = await check(book, SICHUAN_PROFILE);
    const found = report.projects.find((p) => p.sheet === project.name);
    expect(found).toMatchObject({ name: project.name, funds: { annual: "13.75" } });
    const sheet = book.sheet(project.name);
    expect([...sheet.cells.values()].some((c) => c.value === project.dept)).toBe(true);
  });

  it("says when the template is of the other form than the profile's", async () => {
    const book = await bookWithTemplate(SICHUAN_PROFILE);
    const { outcome } = await add(book, "1.18");
    expect(outcome.ok && outcome.messages).toEqual([excelStrings.project.formMismatch("模板", "四川", "全国通用")]);
  });
});

describe("addProject below ExcelApi 1.7 (built from the template's cells)", () => {
  /** A small styled template, as a user's own might be. */
  const styled = (): FakeSheetSpec => ({
    name: "模板",
    cells: {
      A1: "项目支出绩效自评表",
      A2: "（2023年度）",
      A3: { value: "项目名称", fill: "#F2F2F2" },
      A4: { value: "主管部门", fill: "#F2F2F2" },
      F4: { value: "实施单位", fill: "#F2F2F2" },
      A5: "项目资金（万元）",
      D5: "年初预算数",
      E5: "全年预算数",
      F5: "全年执行数",
      G5: "分值",
      H5: "执行率",
      I5: "得分",
      B6: "年度资金总额：",
      D6: { value: "", numberFormat: "#,##0.00" },
      E6: { value: "", numberFormat: "#,##0.00" },
      G6: 10,
      H6: { formula: "=IF(E6=0,\"\",F6/E6)", numberFormat: "0.00%" },
      B7: "其中：本年财政拨款",
      A8: "绩效指标",
      B8: "一级指标",
      C8: "二级指标",
      D8: "三级指标",
      E8: "年度指标值",
      F8: "实际完成值",
      G8: "分值",
      H8: "得分",
      I8: "偏差原因分析及改进措施",
      B9: "产出指标",
      C9: "数量指标",
      A10: "总分",
      G10: 100,
    },
    merges: ["A1:I1", "A2:I2", "B3:I3"],
    styles: { A1: { bold: true, size: 16, horizontalAlignment: "Center" }, A3: { bold: true, wrapText: true }, B3: { horizontalAlignment: "Left" } },
    columnWidths: { A: 60, D: 150 },
    rowHeights: { 1: 30 },
  });

  it.each(["1.6", "1.4"])("carries values, formulas, formats, fills, bold, alignment and sizes, in 3 syncs (ExcelApi %s)", async (version) => {
    const book = new FakeBook([styled(), { name: "Sheet2", cells: { A1: "其他" } }]);
    const { outcome, excel } = await add(book, version);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(excel.contexts[0].syncs).toHaveLength(3);
    expect(book.names()).toEqual(["模板", project.name, "Sheet2"]);
    const sheet = book.sheet(project.name);
    expect(sheet.peek("A2")?.value).toBe("（2025年度）");
    expect(sheet.peek("B3")?.value).toBe(project.name);
    expect(sheet.peek("B4")?.value).toBe(project.dept);
    expect(sheet.peek("G4")?.value).toBe(project.unit);
    expect(sheet.peek("D6")).toMatchObject({ value: 12.5, numberFormat: "#,##0.00" });
    expect(sheet.peek("H6")).toMatchObject({ formula: '=IF(E6=0,"",F6/E6)', numberFormat: "0.00%" });
    expect(sheet.peek("A3")?.fill).toBe("#F2F2F2");
    expect(sheet.styles.get("A3")).toMatchObject({ bold: true, wrapText: true });
    expect(sheet.styles.get("B3")).toMatchObject({ horizontalAlignment: "Left" });
    expect(sheet.styles.get("A1")).toMatchObject({ bold: true, horizontalAlignment: "Center" });
    expect(sheet.styles.get("A1")?.size).toBeUndefined(); // font sizes are not carried
    expect(sheet.columnWidths.get(0)).toBe(60);
    expect(sheet.columnWidths.get(3)).toBe(150);
    expect(sheet.rowHeights.get(0)).toBe(30);
    expect(sheet.merges).toEqual([]);
    const F = excelStrings.writer.features;
    expect(outcome.messages).toEqual([excelStrings.project.builtFromCells, excelStrings.project.notCarried([F.merges, F.borders, F.validations, F.notes, F.fonts])]);
    expect(book.settings.has(ADDED_SETTING_KEY)).toBe(true);
    const report = await check(book);
    expect(report.projects.find((p) => p.sheet === project.name)).toMatchObject({ name: project.name, funds: { annual: "13.75" } });
  });

  it("works on ExcelApi 1.1 (no sizes; the record in document settings)", async () => {
    const book = new FakeBook([styled()]);
    await withOffice(book, async () => {
      const { outcome, excel } = await add(book, "1.1");
      if (!outcome.ok) throw new Error(outcome.message);
      expect(excel.contexts[0].syncs).toHaveLength(3);
      const sheet = book.sheet(project.name);
      expect(sheet.peek("B3")?.value).toBe(project.name);
      expect(sheet.peek("A3")?.fill).toBe("#F2F2F2");
      expect(sheet.columnWidths.size).toBe(0);
      const F = excelStrings.writer.features;
      expect(outcome.messages[1]).toBe(excelStrings.project.notCarried([F.merges, F.borders, F.validations, F.notes, F.fonts, F.sizes]));
      expect(book.settings.size).toBe(0);
      expect(book.savedDocumentSettings.has(ADDED_SETTING_KEY)).toBe(true);
    });
  });

  it("carries merges when this Excel can read them", async () => {
    const book = new FakeBook([styled()]);
    const { outcome } = await add(book, "1.18", { caps: { ...CAPS["1.18"], worksheetCopy: false } });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(book.sheet(project.name).merges).toEqual(book.sheet("模板").merges);
    expect(outcome.messages[1]).not.toContain(excelStrings.writer.features.merges);
  });

  it("copies a full national template made by 创建模板 well enough for the engine (ExcelApi 1.6)", async () => {
    const book = await bookWithTemplate();
    const { outcome } = await add(book, "1.6");
    if (!outcome.ok) throw new Error(outcome.message);
    const report = await check(book);
    expect(report.projects.find((p) => p.sheet === project.name)).toMatchObject({ name: project.name, funds: { annual: "13.75" } });
  });
});
