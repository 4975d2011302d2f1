/**
 * What 检查并评分 scores after 导入绩效目标 and 创建标准模板: the project sheets, not the targets sheet
 * the projects came from (its tables are start-of-year targets, not self-evaluations), and not the
 * blank template. Scored, the targets tables were six more projects that every imported sheet
 * "duplicated", the targets sheet got marks, and 模板 was a nameless project full of errors.
 */
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { createTemplateSheet } from "../../../src/excel/projects/create-template";
import { importTargetsFromSheet } from "../../../src/excel/projects/import-targets";
import { checkAndScore } from "../../../src/excel/check/run";
import { checkWorkbook } from "../../../src/domain/engine";
import type { Grid } from "../../../src/domain/grid";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { FakeBook, type FakeSheetSpec, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, FIXTURES, fixtureSpecs } from "../../office-standin/book";
import * as path from "path";

const TARGETS = "targets/seed004-targets.xlsx";
const TARGETS_SHEET = "2024年项目支出绩效目标";

describe("the sheets a check run scores", () => {
  it("after an import and a new template: the imported projects only; the targets sheet is left as it was", async () => {
    const book = new FakeBook(await fixtureSpecs(TARGETS));
    const excel = fakeExcelRun(book, "1.18");
    const imported = await importTargetsFromSheet({ sheet: TARGETS_SHEET, profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: excel.run });
    if (!imported.ok) throw new Error(imported.message);
    const template = await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2024, caps: CAPS["1.18"], excelRun: excel.run });
    if (!template.ok) throw new Error(template.message);
    const targetsBefore = book.sheet(TARGETS_SHEET).full();
    const templateBefore = book.sheet(template.created[0]).full();

    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, projectList: true, caps: CAPS["1.18"], excelRun: excel.run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.report.projects.map((p) => p.sheet)).toEqual(imported.created);
    const findings = [...outcome.report.findings, ...outcome.report.projects.flatMap((p) => p.findings)];
    const onSkipped = findings.filter((f) => f.code === "duplicate-project" || f.sheet === TARGETS_SHEET || f.sheet === template.created[0]);
    // Each left-out sheet is said so, once, as information: never a silent skip.
    expect(onSkipped.map((f) => [f.sheet, f.code, f.severity, f.data?.skipped])).toEqual([
      [TARGETS_SHEET, "table-not-found", "info", "targets"],
      [template.created[0], "table-not-found", "info", "blank-template"],
    ]);
    expect(onSkipped[0].message).toContain("绩效目标表");
    expect(book.sheet(TARGETS_SHEET).full()).toEqual(targetsBefore);
    expect(book.sheet(template.created[0]).full()).toEqual(templateBefore);
  });

  it("checks a template sheet that holds a project, and a sheet with a targets table beside a self-evaluation", async () => {
    const targets = (await readWorkbookFile(path.join(FIXTURES, TARGETS)))[0];
    const national = (await readWorkbookFile(path.join(FIXTURES, "seed000-national.xlsx"))).find((g) => g.sheet === "1.食堂经费")!;
    expect(national.top).toBe(0);
    const checked = (grids: Grid[], templateSheet?: string) => checkWorkbook(grids, { profile: NATIONAL_PROFILE, templateSheet }).projects.map((p) => p.sheet);
    // The user marked a filled-in project sheet as the template: it is still a project.
    expect(checked([national], national.sheet)).toEqual([national.sheet]);
    expect(checked([{ ...national, sheet: "模板" }])).toEqual(["模板"]);
    expect(checked([targets, national])).toEqual([national.sheet]);
    // Both kinds of table on one sheet: the sheet is checked.
    const rows = targets.values.length + 2;
    const mixed = { ...targets, sheet: "混合", values: [...targets.values, [], [], ...national.values], formulas: undefined, merges: [...targets.merges, ...national.merges.map((m) => ({ ...m, top: m.top + rows, bottom: m.bottom + rows }))] };
    expect(checked([mixed])).toContain("混合");
  });

  it("leaves the blank template out by the name the user marked", async () => {
    const specs: FakeSheetSpec[] = await fixtureSpecs("seed000-national.xlsx");
    const book = new FakeBook(specs);
    const excel = fakeExcelRun(book, "1.18");
    const made = await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2024, caps: CAPS["1.18"], excelRun: excel.run });
    if (!made.ok) throw new Error(made.message);
    book.sheet(made.created[0]).name = "我的空白表";
    const unmarked = await checkAndScore({ profile: NATIONAL_PROFILE, dryRun: true, caps: CAPS["1.18"], excelRun: excel.run });
    const marked = await checkAndScore({ profile: NATIONAL_PROFILE, dryRun: true, templateSheet: "我的空白表", caps: CAPS["1.18"], excelRun: excel.run });
    if (!unmarked.ok || !marked.ok) throw new Error("the check failed");
    expect(unmarked.report.projects.map((p) => p.sheet)).toContain("我的空白表");
    expect(marked.report.projects.map((p) => p.sheet)).not.toContain("我的空白表");
    expect(marked.report.projects).toHaveLength(unmarked.report.projects.length - 1);
  });
});
