import * as path from "path";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import type { RuleProfile } from "../../../src/domain/profiles/types";
import { importTargets, tablesToSheets } from "../../../src/domain/targets";
import { ROLE_FILLS } from "../../../src/domain/template";
import { ADDED_SETTING_KEY } from "../../../src/excel/projects/added-sheets";
import { importTargetsFromSheet } from "../../../src/excel/projects/import-targets";
import { excelStrings } from "../../../src/strings/excel";
import { readWorkbookFile } from "../../../src/xlsx/read";
import { FakeBook, type FakeSheetSpec, fakeExcelRun } from "../../office-standin/fake-excel";
import { CAPS, FIXTURES, fixtureSpecs } from "../../office-standin/book";

const STACKED = "targets/seed004-targets.xlsx";
const STACKED_SHEET = "2024年项目支出绩效目标";

async function run(book: FakeBook, version: string, sheet: string, profile: RuleProfile = NATIONAL_PROFILE) {
  const excel = fakeExcelRun(book, version);
  const outcome = await importTargetsFromSheet({ sheet, profile, caps: CAPS[version], excelRun: excel.run });
  return { outcome, excel };
}

/** What the domain makes of the fixture's targets sheet, named against `existing`. */
async function expectedSpecs(file: string, sheet: string, existing: string[], profile: RuleProfile = NATIONAL_PROFILE) {
  const grid = (await readWorkbookFile(path.join(FIXTURES, file))).find((g) => g.sheet === sheet)!;
  const { tables, year } = importTargets([grid], profile, { defaultYear: 2025 });
  return tablesToSheets(tables, profile, year, { existingSheetNames: existing });
}

describe("importTargetsFromSheet", () => {
  it("adds one sheet per targets table, carrying every value, in 3 syncs; the targets sheet is untouched", async () => {
    const book = new FakeBook(await fixtureSpecs(STACKED));
    const before = book.sheet(STACKED_SHEET).full();
    const { outcome, excel } = await run(book, "1.18", STACKED_SHEET);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.tables).toBe(6);
    expect(outcome.syncs).toBe(3);
    expect(excel.contexts[0].syncs).toHaveLength(3);
    expect(book.sheet(STACKED_SHEET).full()).toEqual(before);

    const specs = await expectedSpecs(STACKED, STACKED_SHEET, [STACKED_SHEET]);
    expect(specs).toHaveLength(6);
    expect(outcome.created).toEqual(specs.map((s) => s.name));
    expect(book.names()).toEqual([STACKED_SHEET, ...specs.map((s) => s.name)]);
    let indicators = 0;
    for (const spec of specs) {
      const sheet = book.sheet(spec.name);
      for (const c of spec.cells) {
        expect([spec.name, c.address, sheet.peek(c.address)?.value ?? null]).toEqual([spec.name, c.address, c.value === null ? (sheet.peek(c.address) ? "" : null) : c.value]);
        expect(sheet.peek(c.address)?.fill ?? null).toBe(ROLE_FILLS[c.role]);
        if (c.role === "suggested") indicators++;
        if (c.note) expect(sheet.notes.get(c.address)).toBe(c.note);
      }
    }
    expect(indicators).toBeGreaterThan(30);
    const inferred = specs.flatMap((s) => s.cells).filter((c) => c.note?.startsWith("目标表此行未写一级指标")).length;
    expect(inferred).toBeGreaterThan(0);
    expect(outcome.messages).toEqual([excelStrings.project.suggestedWeights, excelStrings.project.inferredLevels(inferred), excelStrings.project.annualBudget]);
    expect(JSON.parse(String(book.settings.get(ADDED_SETTING_KEY)))).toMatchObject({ kind: "import-targets", sheets: specs.map((s) => ({ name: s.name })) });
    expect(excel.contexts[0].activeSheet).toBe(specs[0].name);
  });

  it("names the sheets apart from the workbook's and puts them after the last project sheet", async () => {
    const seed = await fixtureSpecs("seed000-national.xlsx");
    const targets = await fixtureSpecs(STACKED);
    const taken: FakeSheetSpec = { name: "食堂经费", cells: { A1: "我的表" } };
    const book = new FakeBook([...seed, taken, ...targets]);
    const { outcome } = await run(book, "1.18", STACKED_SHEET);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.created).toContain("食堂经费(2)");
    const names = book.names();
    const at = names.indexOf("10.信息系统运行及维护费");
    expect(names.slice(at + 1, at + 7)).toEqual(outcome.created);
    expect(names.slice(at + 7)).toEqual(["食堂经费", STACKED_SHEET]);
    expect(book.sheet("食堂经费").full()).toEqual(new FakeBook([taken]).sheet("食堂经费").full());
  });

  it("reads one table from a sheet of the per-sheet fixture, on the Sichuan form too", async () => {
    for (const profile of [NATIONAL_PROFILE, SICHUAN_PROFILE]) {
      const book = new FakeBook(await fixtureSpecs("targets/seed004-targets-per-sheet.xlsx"));
      const sheet = "3.信息系统运行及维护费";
      const { outcome } = await run(book, "1.18", sheet, profile);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.tables).toBe(1);
      const [spec] = await expectedSpecs("targets/seed004-targets-per-sheet.xlsx", sheet, book.names().slice(0, -1), profile);
      expect(outcome.created).toEqual([spec.name]);
      for (const c of spec.cells) if (c.value !== null) expect(book.sheet(spec.name).peek(c.address)?.value).toBe(c.value);
    }
  });

  it("says in Chinese when the sheet holds no targets table, or is gone", async () => {
    const book = new FakeBook(await fixtureSpecs("targets/seed004-targets-per-sheet.xlsx"));
    const before = book.names();
    const { outcome } = await run(book, "1.18", "公开清单");
    expect(outcome).toEqual({ ok: false, message: excelStrings.project.noTargets("公开清单") });
    const gone = await run(book, "1.18", "没有这张表");
    expect(gone.outcome).toMatchObject({ ok: false, message: excelStrings.project.sheetMissing("没有这张表") });
    expect(book.names()).toEqual(before);
    expect(book.settings.size).toBe(0);
  });

  it("degrades on older Excel: comments on 1.10, no notes or lists on 1.7, and says so", async () => {
    const at110 = new FakeBook(await fixtureSpecs(STACKED));
    const r110 = await run(at110, "1.10", STACKED_SHEET);
    if (!r110.outcome.ok) throw new Error(r110.outcome.message);
    expect(r110.outcome.messages).toContain(excelStrings.project.notesAsComments);
    expect(at110.sheets.slice(1).some((s) => s.comments.size > 0)).toBe(true);

    const at17 = new FakeBook(await fixtureSpecs(STACKED));
    const r17 = await run(at17, "1.7", STACKED_SHEET);
    if (!r17.outcome.ok) throw new Error(r17.outcome.message);
    expect(r17.excel.contexts[0].syncs).toHaveLength(3);
    expect(r17.outcome.messages).toContain(excelStrings.writer.degraded([excelStrings.writer.features.validations]));
    expect(r17.outcome.messages.some((m) => m.startsWith("当前 Excel 版本不能添加批注"))).toBe(true);
  });
});

describe("importTargetsFromSheet under Excel's limits", () => {
  // ~30 targets tables stacked on one sheet hold well over 512 merged areas: one
  // getMergedAreasOrNullObject over the sheet fails in Excel, so the read asks in bands.
  it("imports 30 stacked targets tables from one sheet, within every limit", async () => {
    // The six seed-004 tables five times over, each copy below the last.
    const [spec] = (await fixtureSpecs(STACKED)).filter((s) => s.name === STACKED_SHEET);
    const height = Math.max(...Object.keys(spec.cells ?? {}).map((a) => Number(/\d+$/.exec(a)?.[0] ?? 0))) + 2;
    const cells: NonNullable<FakeSheetSpec["cells"]> = {};
    const merges: string[] = [];
    const shift = (address: string, k: number) => address.replace(/\d+/g, (n) => String(Number(n) + k * height));
    for (let k = 0; k < 5; k++) {
      for (const [a, v] of Object.entries(spec.cells ?? {})) cells[shift(a, k)] = v;
      for (const m of spec.merges ?? []) merges.push(m.split(":").map((x) => shift(x, k)).join(":"));
    }
    const book = new FakeBook([{ ...spec, cells, merges }]);
    expect(merges.length).toBeGreaterThan(512);
    const { outcome, excel } = await run(book, "1.18", STACKED_SHEET);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.tables).toBe(30);
    const syncs = excel.contexts[0].syncs as unknown as { maxMergedAreasPerCall: number; requestBytes: number; responseBytes: number }[];
    expect(Math.max(...syncs.map((s) => s.maxMergedAreasPerCall))).toBeLessThanOrEqual(512);
    expect(Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(5 * 1024 * 1024);
  });
});
