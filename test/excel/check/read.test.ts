import { readWorkbook, readWorkbookState } from "../../../src/excel/check/read";
import { parseRangeAddress, splitAreas, splitSheetAddress } from "../../../src/excel/host/address";
import { formatAt } from "../../../src/domain/grid";
import { FakeBook, FakeContext, type FakeSheetSpec } from "../../office-standin/fake-excel";
import { CAPS, fixtureSpecs } from "../../office-standin/book";

const table = (name: string): FakeSheetSpec => ({
  name,
  cells: { A1: "项目支出绩效自评表", B3: "项目名称", C3: "食堂经费", D6: 4.5, E6: 4.5, F6: 4, H6: "=F6/E6", I6: "#DIV/0!", C7: true },
  merges: ["A1:I1", "C3:I3"],
});

describe("readWorkbook", () => {
  it("takes the same 2 syncs for 1 sheet and for 10 sheets", async () => {
    for (const version of ["1.18", "1.13", "1.7", "1.4", "1.1"]) {
      const one = new FakeContext(new FakeBook([table("Sheet1")]), version);
      const ten = new FakeContext(new FakeBook(Array.from({ length: 10 }, (_, i) => table(`项目 ${i + 1}`))), version);
      const spyOne = jest.spyOn(one, "sync");
      const spyTen = jest.spyOn(ten, "sync");
      const a = await readWorkbook(one.api, CAPS[version]);
      const b = await readWorkbook(ten.api, CAPS[version]);
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(10);
      expect(spyOne).toHaveBeenCalledTimes(2);
      expect(spyTen).toHaveBeenCalledTimes(2);
    }
  });

  it("converts values, formulas, errors and merges", async () => {
    const ctx = new FakeContext(new FakeBook([table("'项目' 1")]), "1.18");
    const [grid] = await readWorkbook(ctx.api, CAPS["1.18"]);
    expect(grid.sheet).toBe("'项目' 1");
    expect(grid.top).toBe(0);
    expect(grid.left).toBe(0);
    expect(grid.values[0][0]).toBe("项目支出绩效自评表");
    expect(grid.values[0][1]).toBeNull(); // "" → null
    expect(grid.values[5][3]).toBe(4.5);
    expect(grid.values[5][8]).toEqual({ error: "#DIV/0!" });
    expect(grid.values[6][2]).toBe(true);
    expect(grid.formulas?.[5][7]).toBe("=F6/E6");
    expect(grid.formulas?.[5][3]).toBeNull(); // a constant is not a formula
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 2, left: 2, bottom: 2, right: 8 },
    ]);
  });

  it("reads no merges (and calls no 1.13 API) when caps.merges is false", async () => {
    const ctx = new FakeContext(new FakeBook([table("Sheet1")]), "1.7"); // the fake throws on 1.13 calls
    const [grid] = await readWorkbook(ctx.api, CAPS["1.7"]);
    expect(grid.merges).toEqual([]);
    expect(grid.values[2][2]).toBe("食堂经费");
  });

  it("places an offset used range at its sheet coordinates", async () => {
    const ctx = new FakeContext(new FakeBook([{ name: "偏移", cells: { C5: "项目名称", K29: 1 } }]), "1.18");
    const [grid] = await readWorkbook(ctx.api, CAPS["1.18"]);
    expect([grid.top, grid.left, grid.values.length, grid.values[0].length]).toEqual([4, 2, 25, 9]);
    expect(grid.values[24][8]).toBe(1);
  });

  it("gives a blank sheet an empty grid, with and without getUsedRangeOrNullObject", async () => {
    for (const version of ["1.18", "1.1"]) {
      const ctx = new FakeContext(new FakeBook([{ name: "Sheet2" }, table("Sheet1")]), version);
      const grids = await readWorkbook(ctx.api, CAPS[version]);
      expect(grids[0]).toMatchObject({ sheet: "Sheet2", top: 0, left: 0, values: [], merges: [] });
      expect(grids[1].values.length).toBe(7);
    }
  });

  it("marks hidden sheets and reads protection, notes and fills for the undo snapshot", async () => {
    const book = new FakeBook([
      { ...table("Sheet1"), protected: true, notes: { C3: "用户备注" } },
      { ...table("隐藏"), visibility: "Hidden" },
    ]);
    book.sheet("Sheet1").cell("D6").fill = "#FFFF00";
    book.sheet("Sheet1").cell("D6").numberFormat = "0.00";
    const ctx = new FakeContext(book, "1.18");
    const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true });
    expect(state.syncs).toBe(2);
    expect(state.grids[1].hidden).toBe(true);
    expect(state.sheets.map((s) => [s.name, s.hidden, s.protected])).toEqual([
      ["Sheet1", false, true],
      ["隐藏", true, false],
    ]);
    expect(state.sheets[0].fills?.[5][3]).toBe("#FFFF00");
    expect(state.sheets[0].fills?.[5][4]).toBe("none");
    expect(state.sheets[0].numberFormats?.[5][3]).toBe("0.00");
    expect(state.notesMode).toBe("note");
    expect(Object.values(state.notes)).toEqual(["用户备注"]);
  });

  it("marks date serials and percents by their number format, keeping the numbers, on every ExcelApi version", async () => {
    const serial = 45291; // 2023-12-31
    const spec: FakeSheetSpec = {
      name: "格式",
      cells: {
        B2: { value: 0.96, numberFormat: "0.00%" },
        C2: { value: serial, numberFormat: 'yyyy"年"m"月"d"日"' },
        D2: { value: 12.5, numberFormat: '0.00"万元"' },
        E2: 12.5, // General
        F2: { formula: "=E2/13", value: 0.9615, numberFormat: "0.0%" },
        B3: { value: serial, numberFormat: "[$-804]yyyy/m/d;@" },
        C3: { value: 3, numberFormat: "#,##0.00_);[Red](#,##0.00)" },
      },
    };
    for (const version of ["1.18", "1.4", "1.1"]) {
      const ctx = new FakeContext(new FakeBook([spec]), version);
      const [grid] = await readWorkbook(ctx.api, CAPS[version]);
      expect([grid.top, grid.left]).toEqual([1, 1]);
      expect(grid.values).toEqual([
        [0.96, serial, 12.5, 12.5, 0.9615],
        [serial, 3, null, null, null],
      ]);
      expect(grid.formulas?.[0][4]).toBe("=E2/13");
      expect(grid.formats).toEqual([
        ["percent", "date", null, null, "percent"],
        ["date", null, null, null, null],
      ]);
      expect(formatAt(grid, 1, 2)).toBe("date");
    }
  });

  it("loads number formats without styles, keeps their codes only with styles, and leaves formats out when none is a date or percent", async () => {
    const book = new FakeBook([table("Sheet1"), { name: "百分比", cells: { A1: { value: 0.5, numberFormat: "0%" } } }]);
    book.sheet("Sheet1").cell("D6").numberFormat = "0.00";
    const plain = await readWorkbookState(new FakeContext(book, "1.18").api, CAPS["1.18"]);
    expect(plain.syncs).toBe(2);
    expect(plain.grids[0].formats).toBeUndefined();
    expect(plain.grids[1].formats).toEqual([["percent"]]);
    expect(plain.sheets.map((s) => s.numberFormats)).toEqual([null, null]);
    const styled = await readWorkbookState(new FakeContext(book, "1.18").api, CAPS["1.18"], { styles: true });
    expect(styled.grids[1].formats).toEqual([["percent"]]);
    expect(styled.sheets[1].numberFormats).toEqual([["0%"]]);
  });

  it("reads a real fixture (quoted sheet names such as '1.食堂经费') like the .xlsx reader", async () => {
    const specs = await fixtureSpecs("seed000-national.xlsx");
    const ctx = new FakeContext(new FakeBook(specs), "1.18");
    const grids = await readWorkbook(ctx.api, CAPS["1.18"]);
    expect(grids.map((g) => g.sheet)).toEqual(specs.map((s) => s.name));
    expect(grids[1].merges.length).toBeGreaterThan(10);
  });
});

describe("addresses", () => {
  it("parses sheet-qualified ranges with quoted names", () => {
    expect(parseRangeAddress("'项目 1'!A1:I30")).toEqual({ sheet: "项目 1", top: 0, left: 0, bottom: 29, right: 8 });
    expect(parseRangeAddress("Sheet1!C5:K29")).toEqual({ sheet: "Sheet1", top: 4, left: 2, bottom: 28, right: 10 });
    expect(parseRangeAddress("'It''s'!$B$2")).toEqual({ sheet: "It's", top: 1, left: 1, bottom: 1, right: 1 });
    expect(splitSheetAddress("'a!b'!A1")).toEqual({ sheet: "a!b", range: "A1" });
    expect(parseRangeAddress("Sheet1!nonsense")).toBeNull();
    expect(splitAreas("'a,b'!A1:B2, Sheet1!C3:D4")).toEqual(["'a,b'!A1:B2", "Sheet1!C3:D4"]);
  });
});
