/**
 * The stand-in's documented limits (README.md in this folder): each one triggers just above its figure and not at it,
 * on the hosts the documentation names; where the documentation is silent, both answers run.
 */
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES, RANGE_READ_CELL_LIMIT, REQUEST_OP_OVERHEAD, jsonBytes, requestBytes, utf8Length } from "./fake-base";
import { FakeBook, FakeContext, type FakeBookOptions, type FakeSheetSpec, type NoFillReadBack } from "./fake-excel";

const MIB = 1024 * 1024;
/** A line of Chinese text: 3 UTF-8 bytes a character, 1 UTF-16 unit. */
const HAN = "预算执行率".repeat(60);
const ASCII = "x".repeat(1000);

function open(specs: FakeSheetSpec[], options: FakeBookOptions = {}, version = "1.18") {
  const book = new FakeBook(specs, options);
  const ctx = new FakeContext(book, version);
  return { book, ctx, context: ctx.api };
}

const lastSync = (ctx: FakeContext) => ctx.syncs[ctx.syncs.length - 1];

/** The code of what `f` throws (no instanceof: FakeError may be compiled to ES5). */
function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

/** Column A texts whose `values` response (`{"values":[["…"],…]}`) is exactly `bytes` long. */
function textsForResponse(bytes: number, unit: string): string[] {
  const rows = Math.floor((bytes - 200) / (utf8Length(unit) + 5));
  const texts = Array.from({ length: rows }, (_, i) => (i === rows - 1 ? "" : unit));
  const pad = bytes - jsonBytes({ values: texts.map((t) => [t]) });
  expect(pad).toBeGreaterThanOrEqual(0);
  expect(pad).toBeLessThanOrEqual(32767); // Excel's most characters in a cell
  texts[rows - 1] = "x".repeat(pad);
  return texts;
}

function columnSheet(name: string, texts: string[]): FakeSheetSpec {
  return { name, cells: Object.fromEntries(texts.map((t, i) => [`A${i + 1}`, t])) };
}

describe("SyncRecord", () => {
  it("records request and response bytes, the largest read and the most merged areas of every sync", async () => {
    const { ctx, context } = open([{ name: "S", cells: { A1: "项目", B2: 3 }, merges: ["C1:D1"] }]);
    const ws = context.workbook.worksheets.getItem("S");
    const range = ws.getRange("A1:D2");
    range.load("values");
    const merged = range.getMergedAreasOrNullObject();
    merged.load("areas/items/address");
    await context.sync();
    const record = lastSync(ctx);
    const path = (range as unknown as { objectPath(): string }).objectPath();
    const mergedPath = (merged as unknown as { objectPath(): string }).objectPath();
    // The model: 100 bytes per operation plus its JSON; the response is the loaded values' JSON.
    expect(record.requestBytes).toBe(
      requestBytes({ path, member: "load", args: ["values"] }) + requestBytes({ path: mergedPath, member: "load", args: ["areas/items/address"] }),
    );
    expect(record.responseBytes).toBe(jsonBytes({ values: [["项目", "", "", ""], ["", 3, "", ""]] }) + jsonBytes({ areas: { items: [{ address: "S!C1:D1" }] } }));
    expect(record.maxCellsPerRead).toBe(8);
    expect(record.maxMergedAreasPerCall).toBe(1);
    expect(record.writes).toEqual([]);

    range.values = [["a", "b", "c", "d"], [1, 2, 3, 4]];
    await context.sync();
    expect(lastSync(ctx)).toEqual({
      writes: ["S!A1", "S!B1", "S!C1", "S!D1", "S!A2", "S!B2", "S!C2", "S!D2"],
      requestBytes: REQUEST_OP_OVERHEAD + jsonBytes({ path, member: "values", args: [["a", "b", "c", "d"], [1, 2, 3, 4]] }),
      responseBytes: 0,
      maxCellsPerRead: 0,
      maxMergedAreasPerCall: 0,
    });
  });

  it("counts UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("项目")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
    expect(jsonBytes({ a: "项" })).toBe(11); // {"a":""} is 8 bytes, 项 is 3
  });
});

describe("payload limit: 5 MB per response on Excel on the web", () => {
  it.each([
    [PAYLOAD_LIMIT_BYTES, "passes (at the limit)"],
    [PAYLOAD_LIMIT_BYTES + 1, "fails (one byte over)"],
  ])("a response of %i bytes %s", async (bytes) => {
    const { ctx, context } = open([columnSheet("S", textsForResponse(bytes, ASCII))]);
    const rows = Math.floor((bytes - 200) / (ASCII.length + 5));
    const range = context.workbook.worksheets.getItem("S").getRange(`A1:A${rows}`).load("values");
    if (bytes <= PAYLOAD_LIMIT_BYTES) {
      await context.sync();
      expect(range.values).toHaveLength(rows);
    } else {
      await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    }
    expect(lastSync(ctx).responseBytes).toBe(bytes);
  });

  it.each([
    [4.9, true],
    [5.1, false],
  ])("a %f MB response of Chinese text (UTF-8 bytes, not characters) passes: %s", async (mb, passes) => {
    const texts = textsForResponse(Math.round(mb * MIB), HAN);
    expect(texts.join("").length).toBeLessThan(2 * MIB); // far under the limit in UTF-16 units
    const { context } = open([columnSheet("S", texts)]);
    context.workbook.worksheets.getItem("S").getRange(`A1:A${texts.length}`).load("values");
    if (passes) await expect(context.sync()).resolves.toBeUndefined();
    else await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("counts getCellProperties results and RangeAreas items in the response", async () => {
    const cells: Record<string, string> = {};
    const { ctx, context } = open([{ name: "S", cells, merges: ["A1:B1", "A2:B2"] }]);
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
    const props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
    expect(lastSync(ctx).responseBytes).toBe(jsonBytes(props.value));
    expect(lastSync(ctx).maxCellsPerRead).toBe(4);
    range.getMergedAreasOrNullObject().load("areas/items/address");
    await context.sync();
    expect(lastSync(ctx).responseBytes).toBe(jsonBytes({ areas: { items: [{ address: "S!A1:B1" }, { address: "S!A2:B2" }] } }));
  });

  it("applies the batch's writes, then refuses the response: nothing loaded can be read (the docs are silent; the fake's choice)", async () => {
    const texts = textsForResponse(PAYLOAD_LIMIT_BYTES + 1, ASCII);
    const { book, ctx, context } = open([columnSheet("S", texts)]);
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("B1").values = [["written"]];
    const big = ws.getRange(`A1:A${texts.length}`).load("values");
    const small = ws.getRange("A1").load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(book.sheet("S").peek("B1")?.value).toBe("written");
    expect(lastSync(ctx).writes).toEqual(["S!B1"]);
    expect(() => big.values).toThrow(/not available/);
    expect(() => small.address).toThrow(/not available/);
  });

  it("is not enforced on the desktop host, where the bytes are still recorded", async () => {
    const texts = textsForResponse(PAYLOAD_LIMIT_BYTES + 1, ASCII);
    const { ctx, context } = open([columnSheet("S", texts)], { host: "desktop" });
    const big = context.workbook.worksheets.getItem("S").getRange(`A1:A${texts.length}`).load("values");
    await context.sync();
    expect(big.values).toHaveLength(texts.length);
    expect(lastSync(ctx).responseBytes).toBe(PAYLOAD_LIMIT_BYTES + 1);
  });

  it.each([
    [5_000_000, true],
    [5_000_001, false],
  ])("takes the decimal reading of \"5MB\" when asked (the docs do not say which): %i bytes pass: %s", async (bytes, passes) => {
    const texts = textsForResponse(bytes, ASCII);
    const { context } = open([columnSheet("S", texts)], { payloadLimitBytes: 5_000_000 });
    context.workbook.worksheets.getItem("S").getRange(`A1:A${texts.length}`).load("values");
    if (passes) await expect(context.sync()).resolves.toBeUndefined();
    else await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("payload limit: 5 MB per request on Excel on the web", () => {
  /** A `values` write to column A whose request (with its 100 bytes of overhead) is exactly `bytes`. */
  function writeOf(context: Excel.RequestContext, bytes: number, unit: string) {
    const rows = Math.floor((bytes - 300) / (utf8Length(unit) + 5));
    const range = context.workbook.worksheets.getItem("S").getRange(`A1:A${rows}`);
    const grid = Array.from({ length: rows }, (_, i) => [i === rows - 1 ? "" : unit]);
    const path = (range as unknown as { objectPath(): string }).objectPath();
    const pad = bytes - requestBytes({ path, member: "values", args: grid });
    expect(pad).toBeGreaterThanOrEqual(0);
    expect(pad).toBeLessThanOrEqual(32767);
    grid[rows - 1][0] = "x".repeat(pad);
    return { range, grid, rows };
  }

  it.each([
    [PAYLOAD_LIMIT_BYTES, "passes (at the limit)"],
    [PAYLOAD_LIMIT_BYTES + 1, "fails (one byte over)"],
  ])("a request of %i bytes %s", async (bytes) => {
    const { book, ctx, context } = open([{ name: "S" }]);
    const { range, grid, rows } = writeOf(context, bytes, ASCII);
    range.values = grid;
    if (bytes <= PAYLOAD_LIMIT_BYTES) {
      await context.sync();
      expect(lastSync(ctx).writes).toHaveLength(rows);
    } else {
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      expect(book.sheet("S").cells.size).toBe(0);
    }
    expect(lastSync(ctx).requestBytes).toBe(bytes);
  });

  it.each([
    [4.9, true],
    [5.1, false],
  ])("a %f MB write of Chinese text passes: %s", async (mb, passes) => {
    const { context } = open([{ name: "S" }]);
    const { range, grid } = writeOf(context, Math.round(mb * MIB), HAN);
    range.values = grid;
    if (passes) await expect(context.sync()).resolves.toBeUndefined();
    else await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("sums every queued operation, and a refused request applies nothing, not even the operations before it", async () => {
    const { book, ctx, context } = open([{ name: "S" }]);
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("B1").values = [["first"]];
    const half = Math.floor(PAYLOAD_LIMIT_BYTES / 2);
    // Two writes of 2.5 MB each: neither is over the limit, together they are.
    const texts = textsForResponse(half, ASCII);
    ws.getRange(`C1:C${texts.length}`).values = texts.map((t) => [t]);
    ws.getRange(`D1:D${texts.length}`).values = texts.map((t) => [t]);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.sheet("S").cells.size).toBe(0);
    expect(lastSync(ctx).writes).toEqual([]);
    expect(lastSync(ctx).requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("counts each operation's overhead, so many small operations reach the limit too", async () => {
    const { ctx, context } = open([{ name: "S" }]);
    const ws = context.workbook.worksheets.getItem("S");
    const one = requestBytes({ path: (ws.getRange("A1") as unknown as { objectPath(): string }).objectPath(), member: "values", args: [[1]] });
    const n = Math.floor(PAYLOAD_LIMIT_BYTES / one) + 1;
    for (let i = 0; i < n; i++) ws.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(lastSync(ctx).requestBytes).toBe(n * one);
  });

  it("is not enforced on the desktop host", async () => {
    const { ctx, context } = open([{ name: "S" }], { host: "desktop" });
    const { range, grid, rows } = writeOf(context, PAYLOAD_LIMIT_BYTES + 1, ASCII);
    range.values = grid;
    await context.sync();
    expect(lastSync(ctx).writes).toHaveLength(rows);
    expect(lastSync(ctx).requestBytes).toBe(PAYLOAD_LIMIT_BYTES + 1);
  });
});

describe("cells per read: 5,000,000 on every host", () => {
  it("reads 5,000,000 cells (desktop: their 15 MB response would be refused on the web)", async () => {
    const { ctx, context } = open([{ name: "S", cells: { E1000000: "last" } }], { host: "desktop" });
    const range = context.workbook.worksheets.getItem("S").getRange("A1:E1000000").load("values");
    expect(RANGE_READ_CELL_LIMIT).toBe(5_000_000);
    await context.sync();
    expect(range.values[999_999][4]).toBe("last");
    expect(lastSync(ctx).maxCellsPerRead).toBe(5_000_000);
  }, 60_000);

  const reads = (["web", "desktop"] as const).flatMap((host) => ["values", "formulas", "valueTypes", "numberFormat", "(all)"].map((props) => [host, props] as const));
  it.each(reads)("fails a read of 5,000,001 cells with RangeExceedsLimit (%s, %s)", async (host, props) => {
    const { ctx, context } = open([{ name: "S" }], { host });
    const range = context.workbook.worksheets.getItem("S").getRange("A1:AU106383"); // 47 × 106,383
    // eslint-disable-next-line office-addins/no-empty-load -- load() with no argument reads every grid property: the case under test
    range.load(props === "(all)" ? undefined : props);
    await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    expect(lastSync(ctx).maxCellsPerRead).toBe(5_000_001);
  });

  it("fails getCellProperties over 5,000,001 cells, and lets a whole sheet's address be read", async () => {
    const { ctx, context } = open([{ name: "S" }], { host: "desktop" });
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1:AU106383").getCellProperties({ format: { fill: { color: true } } });
    await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    const sheet = ws.getRange().load("address,rowCount,columnCount");
    await context.sync();
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1048576, 16384]);
    expect(lastSync(ctx).maxCellsPerRead).toBe(0);
  });
});

describe("merged areas per getMergedAreasOrNullObject: 512", () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}:B${i + 1}`);

  it.each([
    [MERGED_AREAS_LIMIT, "passes"],
    [MERGED_AREAS_LIMIT + 1, "fails the sync"],
  ])("a range meeting %i merged areas %s", async (n) => {
    const { ctx, context } = open([{ name: "S", merges: rows(n) }]);
    const areas = context.workbook.worksheets.getItem("S").getRange(`A1:B${n}`).getMergedAreasOrNullObject();
    areas.load("areas/items/address");
    if (n <= MERGED_AREAS_LIMIT) {
      await context.sync();
      expect(areas.areas.items).toHaveLength(n);
    } else {
      // The reference names no error code (the fake uses InvalidOperation): any failed sync will do.
      await expect(context.sync()).rejects.toBeTruthy();
    }
    expect(lastSync(ctx).maxMergedAreasPerCall).toBe(n);
  });

  it("counts only the areas that meet the range", async () => {
    const { ctx, context } = open([{ name: "S", merges: rows(600) }]);
    context.workbook.worksheets.getItem("S").getRange("A1:B512").getMergedAreasOrNullObject().load("areas/items/address");
    await context.sync();
    expect(lastSync(ctx).maxMergedAreasPerCall).toBe(512);
  });
});

describe("dates written as typed", () => {
  const write = async (value: unknown, spec: FakeSheetSpec = { name: "S" }, via: "values" | "formulas" = "values") => {
    const { context } = open([spec]);
    const range = context.workbook.worksheets.getItem("S").getRange("A1");
    range[via] = [[value]];
    range.load("values,numberFormat,valueTypes");
    await context.sync();
    return { value: range.values[0][0], format: range.numberFormat[0][0], type: range.valueTypes[0][0] };
  };

  it("reads a typed date back as its serial number, with the date format Excel gives it", async () => {
    expect(await write("2024/1/5")).toEqual({ value: 45296, format: "yyyy/m/d", type: "Double" });
    expect(await write("2024-1-5", { name: "S" }, "formulas")).toEqual({ value: 45296, format: "yyyy/m/d", type: "Double" });
    expect(await write("2024年1月5日")).toEqual({ value: 45296, format: 'yyyy"年"m"月"d"日"', type: "Double" });
  });

  it("keeps a format the cell already had, and gives none to a serial written as a number or a quoted date", async () => {
    expect(await write("2024/1/5", { name: "S", cells: { A1: { numberFormat: "yyyy-mm-dd" } } })).toEqual({ value: 45296, format: "yyyy-mm-dd", type: "Double" });
    expect(await write(45296)).toEqual({ value: 45296, format: "General", type: "Double" });
    expect(await write("'2024/1/5")).toEqual({ value: "2024/1/5", format: "General", type: "String" });
  });
});

describe("an unfilled cell read by getCellProperties (documentation silent: each answer runs)", () => {
  const expected: Record<NoFillReadBack, unknown> = {
    "white-none": { color: "#FFFFFF", pattern: "None" },
    "white-omitted": { color: "#FFFFFF" },
    null: { color: null, pattern: null },
  };

  it.each(Object.keys(expected) as NoFillReadBack[])("%s", async (answer) => {
    const { context } = open([{ name: "S", cells: { B1: { fill: "#FFFF00" } } }], { noFillReadBack: answer });
    const props = context.workbook.worksheets.getItem("S").getRange("A1:B1").getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
    const [unfilled, filled] = props.value[0] as unknown as { format: { fill: object } }[];
    expect(unfilled).toEqual({ format: { fill: expected[answer] } });
    expect(filled).toEqual({ format: { fill: { color: "#FFFF00", pattern: "Solid" } } });
    if (answer === "white-omitted") expect("pattern" in unfilled.format.fill).toBe(false);
  });

  it("answers white with pattern None by default", () => {
    expect(new FakeBook([]).noFillReadBack).toBe("white-none");
  });
});

describe("a note on a cell holding a threaded comment (documentation silent: both answers run)", () => {
  const spec: FakeSheetSpec = { name: "S", comments: { A1: "审核意见" } };

  it("succeeds by default", async () => {
    const { book, context } = open([spec]);
    context.workbook.worksheets.getItem("S").notes.add("A1", "自评");
    await context.sync();
    expect(book.sheet("S").notes.get("A1")).toBe("自评");
    expect(book.sheet("S").comments.get("A1")).toBe("审核意见");
  });

  it("fails the sync with InvalidOperation when the book says so, and only on such a cell", async () => {
    const { book, context } = open([spec], { noteOnThreadedComment: "fails" });
    const ws = context.workbook.worksheets.getItem("S");
    ws.notes.add("B1", "自评");
    await context.sync();
    ws.notes.add("A1", "自评");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    expect([...book.sheet("S").notes.keys()]).toEqual(["B1"]);
  });
});

describe("workbook structure protection (ExcelApi 1.7)", () => {
  const specs = (): FakeSheetSpec[] => [{ name: "A" }, { name: "B", cells: { A1: 1 } }];

  it("reads workbook.protection.protected from 1.7, and not before", async () => {
    const { context } = open(specs(), { structureProtected: true }, "1.7");
    const protection = context.workbook.protection.load("protected");
    context.workbook.load("protection/protected");
    await context.sync();
    expect(protection.protected).toBe(true);
    expect(context.workbook.protection.protected).toBe(true);
    const old = open(specs(), {}, "1.6");
    expect(codeOf(() => old.context.workbook.protection)).toBe("ApiNotFound");
  });

  const structural: [string, (ws: Excel.WorksheetCollection) => void][] = [
    ["add", (ws) => void ws.add("C")],
    ["delete", (ws) => ws.getItem("B").delete()],
    ["rename", (ws) => void (ws.getItem("B").name = "C")],
    ["move", (ws) => void (ws.getItem("B").position = 0)],
    ["copy", (ws) => void ws.getItem("B").copy("End")],
    ["hide", (ws) => void (ws.getItem("B").visibility = "Hidden")],
  ];

  it.each(structural)("fails %s with AccessDenied while the structure is protected", async (_what, change) => {
    const { book, context } = open(specs(), { structureProtected: true });
    const before = book.names();
    change(context.workbook.worksheets);
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(book.names()).toEqual(before);
    expect(book.sheet("B").visibility).toBe("Visible");
  });

  it.each(structural)("lets %s through on an unprotected structure", async (_what, change) => {
    const { context } = open(specs());
    change(context.workbook.worksheets);
    await expect(context.sync()).resolves.toBeUndefined();
  });

  it("still writes cells, and protect() / unprotect() switch it at sync", async () => {
    const { book, context } = open(specs());
    context.workbook.worksheets.getItem("B").getRange("A1").values = [[2]];
    context.workbook.protection.protect("pw");
    await context.sync();
    expect(book.structureProtected).toBe(true);
    expect(book.sheet("B").peek("A1")?.value).toBe(2);
    context.workbook.protection.protect();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" }); // "Fails if the workbook has been protected"
    context.workbook.protection.unprotect("wrong");
    await expect(context.sync()).rejects.toHaveProperty("code");
    context.workbook.protection.unprotect("pw");
    context.workbook.worksheets.add("C");
    await context.sync();
    expect(book.names()).toEqual(["A", "B", "C"]);
  });
});
