import ExcelJS from "exceljs";
import type { CellWrite, Plan } from "../../src/domain/plan/types";
import { applyPlan, HIGHLIGHT_COLOURS } from "../../src/xlsx/apply";
import { NOTE_MARKER } from "../../src/domain/plan/notes";
import { noteText } from "../../src/xlsx/notes";

const SHEET = "项目1";
const thin: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(buf);
  return out;
}

/** A small workbook, saved and reloaded so that cells share style objects as in a real file. */
async function buildWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "项目支出绩效自评表";
  ws.getCell("A1").font = { bold: true, size: 14, name: "宋体" };
  ws.getCell("A1").alignment = { horizontal: "center" };
  for (const a of ["B2", "C2", "D2", "B3", "D4", "A9"]) {
    ws.getCell(a).border = thin;
    ws.getCell(a).font = { name: "宋体", size: 11 };
    ws.getCell(a).alignment = { horizontal: "right", vertical: "middle" };
  }
  ws.getCell("B2").value = 0.5;
  ws.getCell("C2").value = 25;
  ws.getCell("D2").value = 23.82;
  ws.getCell("C3").value = { formula: "C2*2", result: 50 };
  ws.getCell("D4").value = "未完成";
  ws.getCell("D4").note = "财务股：请核对";
  ws.getCell("A5").value = { formula: "D2/C2", result: 0.9528 };
  ws.mergeCells("E5:F6");
  ws.getCell("E5").value = "偏差原因";
  ws.getCell("E5").border = thin;
  // An empty cell of the table: bordered, as in real forms (exceljs drops notes on unstyled empty cells when reading).
  ws.getCell("G7").border = thin;
  ws.getCell("G7").note = {
    texts: [
      { text: "张三:", font: { bold: true } },
      { text: "\n这是用户的批注" },
    ],
  };
  const other = wb.addWorksheet("清单");
  other.getCell("A1").value = "序号";
  other.getCell("B1").value = "项目名称";
  return reload(wb);
}

function write(cell: string, value: number, extra: Partial<CellWrite> = {}): CellWrite {
  return {
    sheet: SHEET,
    cell,
    role: "rate",
    value,
    text: String(value),
    previous: { value: null, formula: null },
    ...extra,
  };
}

const PLAN: Plan = {
  writes: [
    write("B2", 0.9475, { numberFormat: "0.00%" }),
    write("B3", 9.48, { role: "rateScore", formula: "=ROUND(B2*10,2)", numberFormat: "0.00" }),
    write("C3", 1), // holds a formula: must be refused
  ],
  highlights: [
    { sheet: SHEET, cell: "B2", kind: "result" },
    { sheet: SHEET, cell: "B2", kind: "warning", code: "rate-low" },
    { sheet: SHEET, cell: "B3", kind: "result" },
    { sheet: SHEET, cell: "D4", kind: "error", code: "deviation-unexplained" },
    { sheet: SHEET, cell: "F6", kind: "info" }, // inside the merged E5:F6
    { sheet: SHEET, cell: "A9", kind: "error" },
    { sheet: "不存在", cell: "A1", kind: "error" },
  ],
  notes: [
    { sheet: SHEET, cell: "D4", text: "实际完成值未达到年度指标值，请填写偏差原因。" },
    { sheet: SHEET, cell: "B2", text: "执行率已按 23.82 / 25 计算。" },
    { sheet: SHEET, cell: "G7", text: "我们的提示" },
  ],
};

const TOUCHED = new Set(["B2", "B3", "D4", "E5", "F5", "E6", "F6", "A9", "G7"]);

/** Every existing cell's value, formula, style and note, by sheet and address. */
function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(
          `${ws.name}!${cell.address}`,
          JSON.stringify({ value: cell.value, formula: cell.formula ?? null, style: cell.style, note: cell.note ?? null }),
        );
      }),
    );
  }
  return out;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && fill.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("applyPlan", () => {
  it("writes values, formulas, formats, fills and notes, and nothing else", async () => {
    const wb = await buildWorkbook();
    const before = snapshot(wb);
    const result = applyPlan(wb, PLAN);

    expect(result).toEqual({
      written: 2,
      formulas: 1,
      highlighted: 5,
      notesAdded: 1,
      notesReplaced: 0,
      notesAppended: 2,
      skipped: [
        { kind: "write", sheet: SHEET, cell: "C3", reason: "formula-cell", formula: "=C2*2" },
        { kind: "highlight", sheet: "不存在", cell: "A1", reason: "sheet-not-found" },
      ],
    });

    const after = await reload(wb);
    const ws = after.getWorksheet(SHEET)!;

    expect(ws.getCell("B2").value).toBe(0.9475);
    expect(ws.getCell("B2").numFmt).toBe("0.00%");
    expect(fillOf(ws.getCell("B2"))).toBe(HIGHLIGHT_COLOURS.warning); // warning beats result
    expect(ws.getCell("B2").border).toEqual(thin);
    expect(ws.getCell("B2").font).toMatchObject({ name: "宋体", size: 11 });
    expect(ws.getCell("B2").alignment).toEqual({ horizontal: "right", vertical: "middle" });

    expect(ws.getCell("B3").formula).toBe("ROUND(B2*10,2)");
    expect(ws.getCell("B3").result).toBe(9.48);
    expect(ws.getCell("B3").numFmt).toBe("0.00");
    expect(fillOf(ws.getCell("B3"))).toBe(HIGHLIGHT_COLOURS.result);

    expect(ws.getCell("C3").formula).toBe("C2*2");
    expect(ws.getCell("C3").result).toBe(50);

    expect(fillOf(ws.getCell("D4"))).toBe(HIGHLIGHT_COLOURS.error);
    expect(ws.getCell("D4").border).toEqual(thin);
    expect(noteText(ws.getCell("D4").note)).toBe(
      `财务股：请核对\n\n${NOTE_MARKER}实际完成值未达到年度指标值，请填写偏差原因。`,
    );
    expect(noteText(ws.getCell("B2").note)).toBe(`${NOTE_MARKER}执行率已按 23.82 / 25 计算。`);

    for (const a of ["E5", "F5", "E6", "F6"]) expect(fillOf(ws.getCell(a))).toBe(HIGHLIGHT_COLOURS.info);
    expect(ws.getCell("E5").border).toEqual(thin);
    expect(fillOf(ws.getCell("A9"))).toBe(HIGHLIGHT_COLOURS.error);

    // The user's rich note keeps its bold author run.
    const g7 = ws.getCell("G7").note as ExcelJS.Comment;
    expect(g7.texts?.[0]).toMatchObject({ text: "张三:", font: { bold: true } });
    expect(noteText(g7)).toBe(`张三:\n这是用户的批注\n\n${NOTE_MARKER}我们的提示`);

    // Every other cell: same value, formula, style and note. C2 and D2 shared B2's style object.
    const reloaded = snapshot(after);
    for (const [key, value] of before) {
      const [sheet, address] = key.split("!");
      if (sheet === SHEET && TOUCHED.has(address)) continue;
      expect([key, reloaded.get(key)]).toEqual([key, value]);
    }
    expect(fillOf(ws.getCell("C2"))).toBeUndefined();
    expect(fillOf(ws.getCell("D2"))).toBeUndefined();
  });

  it("replaces its own note on a second run instead of stacking it, keeping the user's", async () => {
    const wb = await buildWorkbook();
    applyPlan(wb, PLAN);
    const once = await reload(wb);
    const second: Plan = {
      writes: [],
      highlights: [],
      notes: [
        { sheet: SHEET, cell: "D4", text: "第二次的提示" },
        { sheet: SHEET, cell: "B2", text: "第二次的执行率提示" },
        { sheet: SHEET, cell: "G7", text: `${NOTE_MARKER}已带标记的提示` },
      ],
    };
    const result = applyPlan(once, second);
    expect(result).toMatchObject({ notesAdded: 0, notesReplaced: 3, notesAppended: 0, skipped: [] });

    const twice = await reload(once);
    const ws = twice.getWorksheet(SHEET)!;
    expect(noteText(ws.getCell("D4").note)).toBe(`财务股：请核对\n\n${NOTE_MARKER}第二次的提示`);
    expect(noteText(ws.getCell("B2").note)).toBe(`${NOTE_MARKER}第二次的执行率提示`);
    expect(noteText(ws.getCell("G7").note)).toBe(`张三:\n这是用户的批注\n\n${NOTE_MARKER}已带标记的提示`);
  });

  it("refuses to overwrite a formula it wrote itself on an earlier run", async () => {
    const wb = await buildWorkbook();
    applyPlan(wb, PLAN);
    const once = await reload(wb);
    const result = applyPlan(once, { writes: [PLAN.writes[1]], highlights: [], notes: [] });
    expect(result.written).toBe(0);
    expect(result.skipped).toEqual([
      { kind: "write", sheet: SHEET, cell: "B3", reason: "formula-cell", formula: "=ROUND(B2*10,2)" },
    ]);
  });

  it("leaves notes out when asked", async () => {
    const wb = await buildWorkbook();
    const result = applyPlan(wb, PLAN, { notes: false });
    expect(result.notesAdded + result.notesAppended + result.notesReplaced).toBe(0);
    expect(wb.getWorksheet(SHEET)!.getCell("B2").note).toBeUndefined();
    expect(noteText(wb.getWorksheet(SHEET)!.getCell("D4").note)).toBe("财务股：请核对");
  });

  it("writes a value into the top-left cell of a merged area", async () => {
    const wb = await buildWorkbook();
    const result = applyPlan(wb, { writes: [write("F6", 8.24)], highlights: [], notes: [] });
    expect(result.written).toBe(1);
    const ws = (await reload(wb)).getWorksheet(SHEET)!;
    expect(ws.getCell("E5").value).toBe(8.24);
  });

  it("reports a malformed address instead of throwing", async () => {
    const wb = await buildWorkbook();
    const result = applyPlan(wb, { writes: [write("第一行", 1)], highlights: [], notes: [] });
    expect(result.skipped).toEqual([{ kind: "write", sheet: SHEET, cell: "第一行", reason: "bad-address" }]);
  });
});
