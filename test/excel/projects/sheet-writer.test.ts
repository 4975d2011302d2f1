import { checkWorkbook } from "../../../src/domain/engine";
import { cellAddress } from "../../../src/domain/grid";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../../src/domain/profiles";
import { ROLE_FILLS, buildTemplate, hyperlinkFormula } from "../../../src/domain/template";
import type { SheetSpec } from "../../../src/domain/template/types";
import { parseRangeAddress } from "../../../src/excel/host/address";
import { excelWouldConvert } from "../../../src/excel/projects/cell-input";
import { contentOfRange } from "../../../src/domain/sheets/fingerprint";
import { readWorkbook } from "../../../src/excel/check/read";
import { columnPoints, queueSheetSpec } from "../../../src/excel/projects/sheet-writer";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeContext } from "../../office-standin/fake-excel";
import { CAPS } from "../../office-standin/book";

const template = () => buildTemplate({ profile: NATIONAL_PROFILE, year: 2025, sheetName: "模板" });

async function write(spec: SheetSpec, version: string, book = new FakeBook([{ name: "Sheet1", cells: { A1: "x" } }])) {
  const ctx = new FakeContext(book, version);
  const queued = queueSheetSpec(ctx.api, spec, { caps: CAPS[version] });
  await ctx.sync();
  return { book, ctx, queued, sheet: book.sheet(spec.name) };
}

function cellsIn(range: string): string[] {
  const a = parseRangeAddress(range)!;
  const out: string[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(cellAddress(r, c));
  return out;
}

describe("queueSheetSpec", () => {
  it("writes every part of the template in one batch on ExcelApi 1.18", async () => {
    const spec = template();
    const { book, ctx, queued, sheet } = await write(spec, "1.18");
    expect(ctx.syncs).toHaveLength(1);
    expect(queued.lost).toEqual([]);
    expect(book.names()).toEqual(["Sheet1", "模板"]);

    for (const c of spec.cells) {
      const cell = sheet.peek(c.address);
      if (c.value === null) expect(cell?.value ?? "").toBe("");
      else expect(cell?.value).toBe(c.value);
      expect(cell?.numberFormat ?? "General").toBe(c.numFmt ?? "General");
      expect(cell?.fill ?? null).toBe(ROLE_FILLS[c.role]);
      const style = sheet.styles.get(c.address) ?? {};
      expect(style.bold === true).toBe(c.role === "label" || c.role === "title");
      expect(style.horizontalAlignment).toBe(c.align === "left" ? "Left" : "Center");
      expect(style.wrapText).toBe(true);
    }
    expect(sheet.styles.get("A1")?.size).toBe(16);
    expect(sheet.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).sort()).toEqual([...spec.merges].sort());
    spec.widths.forEach((w, i) => expect(sheet.columnWidths.get(i)).toBe(columnPoints(w)));
    for (const h of spec.rowHeights) expect(sheet.rowHeights.get(h.row - 1)).toBe(h.height);
    for (const address of cellsIn(spec.borders[0])) {
      const b = sheet.styles.get(address)?.borders;
      for (const side of ["top", "bottom", "left", "right"] as const) expect(b?.[side]).toEqual({ style: "Continuous", weight: "Thin" });
    }
    for (const v of spec.validations) {
      for (const address of cellsIn(v.range)) {
        const dv = sheet.styles.get(address)?.validation;
        expect(dv?.rule).toEqual({ list: { inCellDropDown: true, source: v.list.join(",") } });
        expect(dv?.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
        expect(dv?.prompt).toMatchObject({ showPrompt: true, message: v.prompt });
      }
    }
    // The fingerprint is the one of what Excel now reports.
    const used = sheet.usedArea()!;
    const ctx2 = new FakeContext(book, "1.18");
    const range = ctx2.api.workbook.worksheets.getItem("模板").getUsedRange(true).load("values,formulas,rowIndex,columnIndex");
    await ctx2.sync();
    expect(contentOfRange(used.top, used.left, range.values, range.formulas).fingerprint()).toBe(queued.fingerprint);
  });

  it("gives the engine a table it locates, on both forms", async () => {
    for (const profile of [NATIONAL_PROFILE, SICHUAN_PROFILE]) {
      const spec = buildTemplate({ profile, year: 2025, sheetName: "模板", project: { name: "测试项目", unit: "某单位", initial: 12, annual: 12 } });
      const { book } = await write(spec, "1.18");
      const grids = await readWorkbook(new FakeContext(book, "1.18").api, CAPS["1.18"]);
      const report = checkWorkbook(grids, { profile });
      expect(report.projects.map((p) => [p.sheet, p.name])).toEqual([["模板", "测试项目"]]);
    }
  });

  it("writes notes as notes on 1.18, as comments on 1.10, and names them lost on 1.8", async () => {
    const spec = template();
    spec.cells.find((c) => c.address === "D13")!.note = "请核对";
    const notes = await write(spec, "1.18");
    expect(notes.sheet.notes.get("D13")).toBe("请核对");
    expect(notes.queued).toMatchObject({ notes: 1, notesAsComments: false, notesLost: 0 });
    const comments = await write(spec, "1.10");
    expect(comments.sheet.comments.get("D13")).toBe("请核对");
    expect(comments.queued).toMatchObject({ notes: 1, notesAsComments: true });
    const none = await write(spec, "1.8");
    expect(none.sheet.notes.size + none.sheet.comments.size).toBe(0);
    expect(none.queued.lost).toEqual(["notes"]);
    expect(none.queued.notesLost).toBe(1);
  });

  it("leaves out what older Excel lacks, and says so", async () => {
    const spec = template();
    const at17 = await write(spec, "1.7");
    expect(at17.queued.lost).toEqual(["validations"]);
    expect(at17.sheet.merges.length).toBe(spec.merges.length);
    expect([...at17.sheet.styles.values()].some((s) => s.validation)).toBe(false);
    const at11 = await write(spec, "1.1");
    expect(at11.queued.lost.sort()).toEqual(["merges", "sizes", "validations"]);
    expect(at11.sheet.merges).toEqual([]);
    expect(at11.sheet.columnWidths.size).toBe(0);
    // Values, fills and borders are there on any version.
    expect(at11.sheet.peek("A1")?.value).toBe("项目支出绩效自评表");
    expect(at11.sheet.peek("A3")?.fill).toBe(ROLE_FILLS.label);
    expect(excelStrings.writer.degraded(["合并单元格"])).toContain("合并单元格");
  });

  it("keeps text as text (quote prefix) and writes links as HYPERLINK formulas", async () => {
    const spec: SheetSpec = {
      name: "清单",
      cells: [
        { address: "A1", value: "100%", role: "input" },
        { address: "B1", value: "2024", role: "input" },
        { address: "C1", value: "2024/1/5", role: "input" },
        { address: "D1", value: "≥8人", role: "input" },
        { address: "E1", value: 12.5, role: "result", numFmt: "0.00" },
        { address: "F1", value: "1.食堂经费", role: "result", link: { sheet: "1.食堂经费", cell: "A1" } },
      ],
      merges: [],
      widths: [],
      rowHeights: [],
      borders: [],
      validations: [],
    };
    const { sheet } = await write(spec, "1.18");
    expect(["A1", "B1", "C1", "D1"].map((a) => sheet.peek(a)?.value)).toEqual(["100%", "2024", "2024/1/5", "≥8人"]);
    expect(sheet.peek("E1")).toMatchObject({ value: 12.5, numberFormat: "0.00" });
    expect(sheet.peek("F1")?.formula).toBe(`=${hyperlinkFormula({ sheet: "1.食堂经费", cell: "A1" }, "1.食堂经费")}`);
    expect(sheet.styles.get("F1")).toMatchObject({ color: "#0563C1", underline: "Single" });
    expect(["≥8人", "（2024年度）", "产出指标"].map(excelWouldConvert)).toEqual([false, false, false]);
    expect(["12", "1,200.5", "50%", "TRUE", "2024-01-05", "=A1", "-3"].map(excelWouldConvert)).toEqual([true, true, true, true, true, true, true]);
  });

  it("converts widths in characters to points for Chinese Office's default font", () => {
    expect(columnPoints(10)).toBe(63.75);
    expect(columnPoints(8.38)).toBe(54.03);
  });

  it("fails the sync (leaving nothing) when the sheet name is taken", async () => {
    const book = new FakeBook([{ name: "模板", cells: { A1: "mine" } }]);
    await expect(write(template(), "1.18", book)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(book.names()).toEqual(["模板"]);
  });
});
