import { applyPlan } from "../../../src/excel/check/apply";
import { readWorkbookState } from "../../../src/excel/check/read";
import { clearMarks, undoLastRun } from "../../../src/excel/check/undo";
import { HIGHLIGHT_FILLS } from "../../../src/excel/host/colors";
import { DocumentSettingsStore, UNDO_SETTING_KEY, type UndoStore, WorkbookSettingsStore } from "../../../src/excel/check/undo-store";
import type { Plan } from "../../../src/domain/plan/types";
import { FakeBook, FakeContext, type FakeSheetSpec, documentSettings } from "../../office-standin/fake-excel";
import { CAPS } from "../../office-standin/book";

/** A sheet whose touched cells have every kind of prior state: formats, fills, notes, merges. */
const spec = (): FakeSheetSpec => ({
  name: "项目 1",
  cells: {
    A1: "项目支出绩效自评表",
    E6: 9,
    F6: 8,
    H6: { value: "", numberFormat: "0.0", fill: "#FFFF00" },
    I6: { value: 7, numberFormat: "General" },
    B13: "产出指标",
    E13: { value: "≥8人", fill: "#D9D9D9" },
    F13: "=E6*2",
    I20: "说明",
  },
  merges: ["B13:B15"],
  notes: { E13: "张三：待核实", I6: "【绩效自评助手】[提示] 上次的说明" },
  comments: { E13: "张三：待核实" },
});

const plan: Plan = {
  writes: [
    { sheet: "项目 1", cell: "H6", role: "rate", value: 0.8889, text: "0.8889", formula: "=F6/E6", numberFormat: "0.00%", previous: { value: null, formula: null } },
    { sheet: "项目 1", cell: "I6", role: "rateScore", value: 8.89, text: "8.89", numberFormat: "0.00", previous: { value: 7, formula: null } },
  ],
  highlights: [
    { sheet: "项目 1", cell: "E13", kind: "warning" },
    { sheet: "项目 1", cell: "B13", kind: "error" },
    { sheet: "项目 1", cell: "H6", kind: "result" },
    { sheet: "项目 1", cell: "I6", kind: "result" },
  ],
  notes: [
    { sheet: "项目 1", cell: "E13", text: "[警告] 请核对。" },
    { sheet: "项目 1", cell: "I6", text: "[提示] 新说明" },
  ],
};

/** 1.18 keeps the record in workbook.settings; 1.7 and 1.1 in document settings. */
function storeFor(book: FakeBook, version: string): UndoStore | undefined {
  return CAPS[version].settings ? undefined : new DocumentSettingsStore(documentSettings(book));
}

async function run(book: FakeBook, version: string) {
  const ctx = new FakeContext(book, version);
  const state = await readWorkbookState(ctx.api, CAPS[version], { styles: true });
  return applyPlan(ctx.api, plan, CAPS[version], { state, store: storeFor(book, version) });
}

describe("undoLastRun", () => {
  it.each(["1.18", "1.13", "1.10", "1.7", "1.4", "1.1"])("restores values, formulas, formats, fills and notes exactly (ExcelApi %s)", async (version) => {
    const book = new FakeBook([spec()]);
    const before = book.dump();
    await run(book, version);
    expect(book.dump()).not.toEqual(before);

    // A later session: a new context, the record read back from the workbook.
    const ctx = new FakeContext(book, version);
    const spy = jest.spyOn(ctx, "sync");
    const outcome = await undoLastRun(ctx.api, CAPS[version], { store: storeFor(book, version) });
    expect(outcome.ok).toBe(true);
    expect(outcome.messages.slice(1)).toEqual([]);
    expect(book.dump()).toEqual(before);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(book.settings.has(UNDO_SETTING_KEY)).toBe(false);
    expect(book.documentSettings.has(UNDO_SETTING_KEY)).toBe(false);

    const again = await undoLastRun(new FakeContext(book, version).api, CAPS[version], { store: storeFor(book, version) });
    expect(again).toMatchObject({ ok: false, messages: ["没有可以撤销的检查记录。"] });
  });

  it("leaves a cell the user changed after the run, and says so", async () => {
    const book = new FakeBook([spec()]);
    await run(book, "1.18");
    book.sheet("项目 1").cell("I6").value = 6; // the user typed over our result
    const outcome = await undoLastRun(new FakeContext(book, "1.18").api, CAPS["1.18"]);
    expect(book.sheet("项目 1").cell("I6").value).toBe(6);
    expect(book.sheet("项目 1").cell("H6").formula).toBeNull(); // the rest is undone
    expect(outcome.messages.some((m) => m.includes("I6") && m.includes("修改"))).toBe(true);
  });
});

describe("clearMarks", () => {
  it("removes only our fills and notes, keeps the values, and undo still restores the values", async () => {
    const book = new FakeBook([spec()]);
    const before = book.dump();
    await run(book, "1.18");
    const s = book.sheet("项目 1");
    const ctx = new FakeContext(book, "1.18");
    const spy = jest.spyOn(ctx, "sync");
    const outcome = await clearMarks(ctx.api, CAPS["1.18"]);
    expect(outcome.ok).toBe(true);
    expect(spy).toHaveBeenCalledTimes(3);
    // Values and formats we wrote stay.
    expect(s.cell("H6")).toMatchObject({ formula: "=F6/E6", numberFormat: "0.00%" });
    expect(s.cell("I6")).toMatchObject({ value: 8.89, numberFormat: "0.00" });
    // Fills and notes are as before the run: the user's yellow, grey and note are back, ours gone.
    expect(s.cell("H6").fill).toBe("#FFFF00");
    expect(s.cell("E13").fill).toBe("#D9D9D9");
    expect(s.cell("I6").fill).toBeNull();
    expect(["B13", "B14", "B15"].map((c) => s.peek(c)?.fill ?? null)).toEqual([null, null, null]);
    expect(s.notes.get("E13")).toBe("张三：待核实");
    expect(s.notes.get("I6")).toBe("【绩效自评助手】[提示] 上次的说明");
    expect(Object.values(HIGHLIGHT_FILLS)).not.toContain(s.cell("E13").fill);

    const undo = await undoLastRun(new FakeContext(book, "1.18").api, CAPS["1.18"]);
    expect(undo.ok).toBe(true);
    expect(book.dump()).toEqual(before);
  });
});

describe("two runs", () => {
  it("keeps the first run's marks removable, and undo of marks goes back to before the first run", async () => {
    const book = new FakeBook([spec()]);
    const before = book.dump();
    const runWith = async (p: Plan) => {
      const ctx = new FakeContext(book, "1.18");
      const store = new WorkbookSettingsStore();
      const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true, store });
      expect(state.syncs).toBe(2); // the previous record comes with the sheet list
      return applyPlan(ctx.api, p, CAPS["1.18"], { state, store });
    };
    await runWith({ writes: [], highlights: [{ sheet: "项目 1", cell: "E13", kind: "warning" }, { sheet: "项目 1", cell: "I20", kind: "info" }], notes: [{ sheet: "项目 1", cell: "I20", text: "第一次" }] });
    // The second run no longer flags I20, and flags E13 more severely.
    await runWith({ writes: [], highlights: [{ sheet: "项目 1", cell: "E13", kind: "error" }], notes: [] });
    const s = book.sheet("项目 1");
    expect(s.cell("E13").fill).toBe(HIGHLIGHT_FILLS.error);
    expect(s.cell("I20").fill).toBe(HIGHLIGHT_FILLS.info); // left by the first run

    const cleared = await clearMarks(new FakeContext(book, "1.18").api, CAPS["1.18"]);
    expect(cleared.ok).toBe(true);
    expect(book.dump()).toEqual(before); // both runs' fills and notes gone, the user's grey back on E13
  });
});

describe("undoLastRun and text that looks like a number", () => {
  it("restores a text \"10\" as text, not as the number Excel would make of it", async () => {
    const book = new FakeBook([{ name: "项目 1", cells: { A1: "项目支出绩效自评表", I6: "10" } }]);
    const textPlan: Plan = {
      writes: [{ sheet: "项目 1", cell: "I6", role: "rateScore", value: 8.89, text: "8.89", previous: { value: "10", formula: null } }],
      highlights: [],
      notes: [],
    };
    const ctx = new FakeContext(book, "1.18");
    const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true });
    await applyPlan(ctx.api, textPlan, CAPS["1.18"], { state });
    expect(book.sheet("项目 1").peek("I6")?.value).toBe(8.89);
    await undoLastRun(new FakeContext(book, "1.18").api, CAPS["1.18"]);
    expect(book.sheet("项目 1").peek("I6")?.value).toBe("10");
  });
});
