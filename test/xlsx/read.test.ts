import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/domain/grid";
import { valueAt, formulaAt, formatAt } from "../../src/domain/grid";
import { parseRange } from "../../src/domain/grid";
import { readWorkbookBuffer, readWorkbookFile } from "../../src/xlsx/read";

async function roundTrip(wb: ExcelJS.Workbook): Promise<Grid[]> {
  const buf = await wb.xlsx.writeBuffer();
  return readWorkbookBuffer(Buffer.from(buf as ArrayBuffer));
}

function buildWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();

  const data = wb.addWorksheet("数据");
  data.getCell("A1").value = 25;
  data.getCell("B1").value = "项目名称";
  data.getCell("C1").value = { richText: [{ text: "年度资金" }, { text: "总额：", font: { bold: true } }] };
  data.getCell("D1").value = { text: "政策文件", hyperlink: "https://example.org/a" };
  data.getCell("A2").value = { formula: "A1*2", result: 50 };
  data.getCell("B2").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  data.getCell("C2").value = new Date(Date.UTC(2023, 11, 31));
  data.getCell("D2").value = { formula: "_xlfn.IFS(A1>0,1)", result: 1 };
  // A shared formula: A3 is the master, A4 follows it (exceljs reports A4's formula translated).
  data.getCell("A3").value = { formula: "A1+1", result: 26, shareType: "shared", ref: "A3:A4" } as ExcelJS.CellFormulaValue;
  data.getCell("A4").value = { sharedFormula: "A3", result: 51 } as ExcelJS.CellSharedFormulaValue;
  data.getCell("B3").value = { formula: "1/0", result: { error: "#DIV/0!" } as ExcelJS.CellErrorValue };
  data.getCell("C3").value = true;
  data.getCell("D3").value = { formula: 'IF(A1>0,"是","否")', result: "是" };
  data.getCell("B4").value = { formula: "SUM(A1:A2)" } as ExcelJS.CellFormulaValue; // never calculated
  data.getCell("C4").value = 0.9475;
  data.getCell("D4").value = "  两端有空格  ";
  data.mergeCells("E1:F2");
  data.getCell("E1").value = "合并";

  const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
  hidden.getCell("B2").value = "x";

  const offset = wb.addWorksheet("偏移");
  offset.getCell("C5").value = "起点";
  offset.getCell("E7").value = 7;
  offset.mergeCells("C6:D7");

  wb.addWorksheet("空");
  return wb;
}

describe("readWorkbookBuffer", () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await roundTrip(buildWorkbook());
  });

  it("returns one grid per worksheet in tab order, hidden sheets flagged", () => {
    expect(grids.map((g) => g.sheet)).toEqual(["数据", "隐藏", "偏移", "空"]);
    expect(grids.map((g) => g.hidden === true)).toEqual([false, true, false, false]);
  });

  it("normalises values and keeps formulas with their cached results", () => {
    expect(grids[0]).toEqual({
      sheet: "数据",
      top: 0,
      left: 0,
      values: [
        [25, "项目名称", "年度资金总额：", "政策文件", "合并", null],
        [50, { error: "#DIV/0!" }, new Date(Date.UTC(2023, 11, 31)), 1, null, null],
        [26, { error: "#DIV/0!" }, true, "是", null, null],
        [51, null, 0.9475, "  两端有空格  ", null, null],
      ],
      formulas: [
        [null, null, null, null, null, null],
        ["=A1*2", null, null, "=IFS(A1>0,1)", null, null],
        ["=A1+1", "=1/0", null, '=IF(A1>0,"是","否")', null, null],
        ["=A2+1", "=SUM(A1:A2)", null, null, null, null],
      ],
      merges: [{ top: 0, left: 4, bottom: 1, right: 5 }],
      // exceljs writes a Date with a date format: the one cell with a kind.
      formats: [
        [null, null, null, null, null, null],
        [null, null, "date", null, null, null],
        [null, null, null, null, null, null],
        [null, null, null, null, null, null],
      ],
    });
  });

  it("reads a hidden sheet like any other", () => {
    expect(grids[1]).toEqual({
      sheet: "隐藏",
      hidden: true,
      top: 1,
      left: 1,
      values: [["x"]],
      formulas: [[null]],
      merges: [],
    });
  });

  it("places an offset used range at its sheet coordinates", () => {
    const g = grids[2];
    expect(g).toEqual({
      sheet: "偏移",
      top: 4,
      left: 2,
      values: [
        ["起点", null, null],
        [null, null, null],
        [null, null, 7],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, null],
      ],
      merges: [{ top: 5, left: 2, bottom: 6, right: 3 }],
    });
    expect(valueAt(g, 4, 2)).toBe("起点");
    expect(valueAt(g, 6, 4)).toBe(7);
    expect(valueAt(g, 0, 0)).toBeNull();
    expect(formulaAt(g, 6, 4)).toBeNull();
  });

  it("reads an empty sheet as an empty grid", () => {
    expect(grids[3]).toEqual({ sheet: "空", top: 0, left: 0, values: [], formulas: [], merges: [] });
  });

  it("rejects bytes that are not an .xlsx", async () => {
    await expect(readWorkbookBuffer(Buffer.from("not a zip at all"))).rejects.toThrow();
  });
});

describe("number formats", () => {
  async function formatted(): Promise<Grid> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("格式");
    const put = (address: string, value: ExcelJS.CellValue, numFmt?: string) => {
      const cell = ws.getCell(address);
      cell.value = value;
      if (numFmt !== undefined) cell.numFmt = numFmt;
    };
    put("A1", 0.96, "0.00%");
    put("B1", new Date(Date.UTC(2023, 11, 31)), 'yyyy"年"m"月"d"日"');
    put("C1", 12.5, '0.00"万元"');
    put("D1", 12.5); // General
    put("E1", { formula: "D1/13", result: 0.9615 } as ExcelJS.CellFormulaValue, "0.0%");
    put("A2", 45291, "yyyy/m/d"); // a serial in a date format: exceljs reads it back as a Date
    put("B2", 3, "#,##0.00_);[Red](#,##0.00)");
    put("C2", 0.5, '"%"0'); // a quoted percent sign does not scale
    ws.getCell("D2").numFmt = "0%"; // a blank with a percent format, inside the used range
    ws.getCell("H9").numFmt = "0%"; // a blank outside the used range
    return (await roundTrip(wb))[0];
  }

  it("marks dates and percents, keeps the values, and leaves every other format null", async () => {
    const g = await formatted();
    expect(g.values[0]).toEqual([0.96, new Date(Date.UTC(2023, 11, 31)), 12.5, 12.5, 0.9615]);
    expect(g.formulas?.[0][4]).toBe("=D1/13");
    expect(g.formats).toEqual([
      ["percent", "date", null, null, "percent"],
      ["date", null, null, "percent", null],
    ]);
    expect(g.values[1][0]).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(formatAt(g, 0, 0)).toBe("percent");
    expect(formatAt(g, 8, 7)).toBeNull();
  });

  it("leaves formats out when no cell is a date or a percent", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("无");
    ws.getCell("A1").value = 1;
    ws.getCell("A1").numFmt = '0.00"万元"';
    ws.getCell("B1").value = "文字";
    ws.getCell("B1").numFmt = "@";
    const [g] = await roundTrip(wb);
    expect(g.formats).toBeUndefined();
    expect(g.values).toEqual([[1, "文字"]]);
  });
});

describe("readWorkbookFile", () => {
  it("reads the same grids from disk", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-read-"));
    try {
      const file = path.join(dir, "book.xlsx");
      await buildWorkbook().xlsx.writeFile(file);
      const fromFile = await readWorkbookFile(file);
      const fromBuffer = await readWorkbookBuffer(await fs.readFile(file));
      expect(fromFile).toEqual(fromBuffer);
      expect(fromFile[0].values[0][0]).toBe(25);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it("reads a large sheet in one pass", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("大表");
    for (let r = 1; r <= 5000; r++) ws.getRow(r).values = [r, `行${r}`, { formula: `A${r}*2`, result: r * 2 }];
    const [g] = await roundTrip(wb);
    expect(g.values).toHaveLength(5000);
    expect(g.values[4999]).toEqual([5000, "行5000", 10000]);
    expect(g.formulas?.[4999]).toEqual([null, null, "=A5000*2"]);
  });
});

describe("parseRange", () => {
  it("parses A1 ranges and single cells into 0-based areas", () => {
    expect(parseRange("B2:D4")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange("$AA$10")).toEqual({ top: 9, left: 26, bottom: 9, right: 26 });
    expect(parseRange("not a range")).toBeNull();
  });
});
