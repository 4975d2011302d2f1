import { applyPlan } from "../../../src/excel/check/apply";
import { readWorkbookState } from "../../../src/excel/check/read";
import { HIGHLIGHT_FILLS } from "../../../src/excel/host/colors";
import { NOTE_MARKER } from "../../../src/domain/plan/notes";
import { DocumentSettingsStore, UNDO_SETTING_KEY, parseRecord } from "../../../src/excel/check/undo-store";
import type { Plan } from "../../../src/domain/plan/types";
import { FakeBook, FakeContext, type FakeSheetSpec, documentSettings } from "../../office-standin/fake-excel";
import { CAPS } from "../../office-standin/book";

const sheet = (name: string, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec => ({
  name,
  cells: {
    A1: "项目支出绩效自评表",
    B6: "年度资金总额",
    E6: 9,
    F6: 8,
    H6: "",
    I6: "",
    B13: "产出指标",
    D13: "受益人数",
    E13: "≥8人",
    H14: "=G14",
    I20: "说明",
    ...(extra.cells ?? {}),
  },
  merges: ["B13:B15", ...(extra.merges ?? [])],
  ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== "cells" && k !== "merges")),
});

const plan = (name = "Sheet1"): Plan => ({
  writes: [
    { sheet: name, cell: "H6", role: "rate", value: 0.8889, text: "0.8889", numberFormat: "0.00%", previous: { value: null, formula: null } },
    { sheet: name, cell: "I6", role: "rateScore", value: 8.89, text: "8.89", numberFormat: "0.00", previous: { value: null, formula: null } },
  ],
  highlights: [
    { sheet: name, cell: "E13", kind: "warning", code: "direction-suspect" },
    { sheet: name, cell: "E13", kind: "info" },
    { sheet: name, cell: "B14", kind: "error" },
    { sheet: name, cell: "H6", kind: "result" },
    { sheet: name, cell: "I6", kind: "result" },
  ],
  notes: [{ sheet: name, cell: "E13", text: "[警告] 请核对指标方向。" }],
});

async function setup(specs: FakeSheetSpec[], version: string) {
  const book = new FakeBook(specs);
  const ctx = new FakeContext(book, version);
  const state = await readWorkbookState(ctx.api, CAPS[version], { styles: true });
  return { book, ctx, state, caps: CAPS[version] };
}

describe("applyPlan", () => {
  it("writes exactly the planned cells in one write sync (ExcelApi 1.18)", async () => {
    const { book, ctx, state, caps } = await setup([sheet("Sheet1")], "1.18");
    const readSyncs = ctx.syncs.length;
    const outcome = await applyPlan(ctx.api, plan(), caps, { state });
    expect(outcome.syncs).toBe(1);
    expect(ctx.syncs.length - readSyncs).toBe(1);
    const written = new Set(ctx.syncs[ctx.syncs.length - 1].writes);
    expect([...written].sort()).toEqual(["Sheet1!B13", "Sheet1!B14", "Sheet1!B15", "Sheet1!E13", "Sheet1!H6", "Sheet1!I6"]);

    const s = book.sheet("Sheet1");
    expect(s.cell("H6")).toMatchObject({ value: 0.8889, numberFormat: "0.00%", fill: HIGHLIGHT_FILLS.result });
    expect(s.cell("I6")).toMatchObject({ value: 8.89, numberFormat: "0.00" });
    expect(s.cell("E13").fill).toBe(HIGHLIGHT_FILLS.warning); // the most severe of the cell's highlights
    // B14 lies in the merged area B13:B15: the whole area is filled, the value cell is B13.
    expect(["B13", "B14", "B15"].map((c) => s.cell(c).fill)).toEqual([HIGHLIGHT_FILLS.error, HIGHLIGHT_FILLS.error, HIGHLIGHT_FILLS.error]);
    expect(s.notes.get("E13")).toBe(`${NOTE_MARKER}[警告] 请核对指标方向。`);
    expect(outcome).toMatchObject({ written: 2, formulas: 0, highlighted: 4, notesAdded: 1, notesMode: "note", skipped: [] });
    expect(parseRecord(book.settings.get(UNDO_SETTING_KEY))).toMatchObject({ kind: "record" });
  });

  it("reads the workbook itself when no state is given (2 + 1 syncs)", async () => {
    const book = new FakeBook([sheet("Sheet1")]);
    const ctx = new FakeContext(book, "1.18");
    const spy = jest.spyOn(ctx, "sync");
    const outcome = await applyPlan(ctx.api, plan(), CAPS["1.18"]);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(outcome.syncs).toBe(3);
    expect(outcome.written).toBe(2);
  });

  it("adds one snapshot sync when the read pass could not see fills (ExcelApi < 1.9)", async () => {
    const { ctx, state, caps, book } = await setup([sheet("Sheet1")], "1.7");
    const outcome = await applyPlan(ctx.api, plan(), caps, { state, store: new DocumentSettingsStore(documentSettings(book)) });
    expect(outcome.syncs).toBe(2);
    expect(book.sheet("Sheet1").cell("H6").value).toBe(0.8889);
  });

  it("adds one snapshot sync for a touched cell outside the used range", async () => {
    const { ctx, state, caps, book } = await setup([sheet("Sheet1")], "1.18");
    const p = plan();
    p.highlights.push({ sheet: "Sheet1", cell: "K40", kind: "info" });
    book.sheet("Sheet1").cell("K40").fill = "#00FF00"; // formatting only: outside the values-only used range
    const outcome = await applyPlan(ctx.api, p, caps, { state });
    expect(outcome.syncs).toBe(2);
    const record = parseRecord(book.settings.get(UNDO_SETTING_KEY));
    expect(record.kind === "record" && record.record.cells.find((c) => c.cell === "K40")?.before.fill).toBe("#00FF00");
  });

  it("skips a protected sheet, says which, and writes the rest", async () => {
    const { book, ctx, state, caps } = await setup([sheet("Sheet1"), sheet("已保护", { protected: true })], "1.18");
    const p = plan();
    const q = plan("已保护");
    const outcome = await applyPlan(ctx.api, { writes: [...p.writes, ...q.writes], highlights: [...p.highlights, ...q.highlights], notes: [...p.notes, ...q.notes] }, caps, { state });
    expect(book.sheet("Sheet1").cell("H6").value).toBe(0.8889);
    expect(book.sheet("已保护").peek("H6")?.value ?? "").toBe("");
    expect(book.sheet("已保护").notes.size).toBe(0);
    expect(outcome.skipped.length).toBeGreaterThan(0);
    expect(outcome.skipped.every((s) => s.sheet === "已保护" && s.reason === "protected")).toBe(true);
    expect(outcome.messages.filter((m) => m.includes("已保护"))).toHaveLength(1);
    expect(outcome.messages[0]).toMatch(/受保护/);
  });

  it("never overwrites a formula the write does not carry", async () => {
    const { book, ctx, state, caps } = await setup([sheet("Sheet1")], "1.18");
    const outcome = await applyPlan(
      ctx.api,
      { writes: [{ sheet: "Sheet1", cell: "H14", role: "indicatorScore", value: 5, text: "5.00", previous: { value: null, formula: null } }], highlights: [], notes: [] },
      caps,
      { state },
    );
    expect(book.sheet("Sheet1").cell("H14").formula).toBe("=G14");
    expect(outcome.written).toBe(0);
    expect(outcome.skipped).toEqual([expect.objectContaining({ cell: "H14", reason: "formula-cell" })]);
  });

  it("degrades notes: 1.18 notes, 1.10 threaded comments, older none with one message", async () => {
    const n = await setup([sheet("Sheet1")], "1.18");
    await applyPlan(n.ctx.api, plan(), n.caps, { state: n.state });
    expect(n.book.sheet("Sheet1").notes.get("E13")).toMatch(/^【绩效自评助手】/);
    expect(n.book.sheet("Sheet1").comments.size).toBe(0);

    const c = await setup([sheet("Sheet1")], "1.10");
    const oc = await applyPlan(c.ctx.api, plan(), c.caps, { state: c.state });
    expect(c.book.sheet("Sheet1").comments.get("E13")).toMatch(/^【绩效自评助手】/);
    expect(oc.notesMode).toBe("comment");
    expect(oc.messages.some((m) => m.includes("批注形式"))).toBe(true);

    const none = await setup([sheet("Sheet1")], "1.9");
    const p = plan();
    p.notes.push({ sheet: "Sheet1", cell: "I6", text: "另一条" });
    const on = await applyPlan(none.ctx.api, p, none.caps, { state: none.state });
    expect(on.notesMode).toBe("none");
    expect(on.messages.filter((m) => m.includes("ExcelApi 1.10"))).toHaveLength(1);
    expect(on.written).toBe(2);
  });

  it("keeps the user's note in front of ours, and a second run replaces ours instead of stacking", async () => {
    const { book, ctx, state, caps } = await setup([sheet("Sheet1", { notes: { E13: "张三：待核实" } })], "1.18");
    const first = await applyPlan(ctx.api, plan(), caps, { state });
    expect(first.notesAppended).toBe(1);
    expect(book.sheet("Sheet1").notes.get("E13")).toBe(`张三：待核实\n\n${NOTE_MARKER}[警告] 请核对指标方向。`);

    const ctx2 = new FakeContext(book, "1.18");
    const state2 = await readWorkbookState(ctx2.api, caps, { styles: true });
    const p = plan();
    p.notes[0].text = "[错误] 新的说明。";
    const second = await applyPlan(ctx2.api, p, caps, { state: state2 });
    expect(second.notesReplaced).toBe(1);
    expect(book.sheet("Sheet1").notes.get("E13")).toBe(`张三：待核实\n\n${NOTE_MARKER}[错误] 新的说明。`);
  });

  it("leaves someone else's threaded comment alone (1.10)", async () => {
    const { book, ctx, state, caps } = await setup([sheet("Sheet1", { comments: { E13: "李四的批注" } })], "1.10");
    const outcome = await applyPlan(ctx.api, plan(), caps, { state });
    expect(book.sheet("Sheet1").comments.get("E13")).toBe("李四的批注");
    expect(outcome.skipped).toEqual([expect.objectContaining({ cell: "E13", reason: "user-comment" })]);
  });
});
