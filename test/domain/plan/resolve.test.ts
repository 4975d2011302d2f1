import { type MergeArea, parseAddress } from "../../../src/domain/grid";
import { HIGHLIGHT_FILLS, strongestHighlights } from "../../../src/domain/plan/highlight";
import { NOTE_MARKER } from "../../../src/domain/plan/notes";
import { type PlanWorkbook, mayWrite, resolvePlan } from "../../../src/domain/plan/resolve";
import type { CellWrite, Plan } from "../../../src/domain/plan/types";

interface SheetSpec {
  name: string;
  protected?: boolean;
  merges?: string[];
  formulas?: Record<string, string>;
  notes?: Record<string, string>;
  comments?: string[];
}

/** A workbook as plain data, described the way the writers describe theirs. */
function bookOf(sheets: SheetSpec[]): PlanWorkbook & { asked: string[] } {
  const asked: string[] = [];
  const at = (sheet: number, row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;
  const area = (a: string): MergeArea => {
    const [p, q] = a.split(":").map(parseAddress);
    return { top: p.row, left: p.col, bottom: q.row, right: q.col };
  };
  return {
    asked,
    sheetNames: sheets.map((s) => s.name),
    isProtected: (i) => sheets[i].protected === true,
    mergeAt: (i, row, col) => (sheets[i].merges ?? []).map(area).find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right),
    formulaAt: (i, row, col) => {
      asked.push(`formula ${at(i, row, col)}`);
      return sheets[i].formulas?.[at(i, row, col)] ?? null;
    },
    noteAt: (i, row, col) => {
      asked.push(`note ${at(i, row, col)}`);
      return sheets[i].notes?.[at(i, row, col)] ?? null;
    },
    othersCommentAt: (i, row, col) => (sheets[i].comments ?? []).includes(at(i, row, col)),
  };
}

const write = (sheet: string, cell: string, extra: Partial<CellWrite> = {}): CellWrite => ({
  sheet,
  cell,
  role: "rateScore",
  value: 1,
  text: "1.00",
  previous: { value: null, formula: null },
  ...extra,
});

const plan = (p: Partial<Plan>): Plan => ({ writes: [], highlights: [], notes: [], ...p });

describe("mayWrite", () => {
  it("never writes over a formula, the user's or ours", () => {
    expect(mayWrite(null)).toBe(true);
    expect(mayWrite("=G14")).toBe(false);
  });
});

describe("strongestHighlights", () => {
  it("keeps one per cell, the most severe, in order of first appearance; address spellings are one cell", () => {
    const out = strongestHighlights([
      { sheet: "S", cell: "B2", kind: "result" },
      { sheet: "S", cell: "C3", kind: "info" },
      { sheet: "S", cell: "$b$2", kind: "warning" },
      { sheet: "S", cell: "B2", kind: "info" },
      { sheet: "S", cell: "C3", kind: "info", code: "second" },
    ]);
    expect(out).toEqual([
      { sheet: "S", cell: "$b$2", kind: "warning" },
      { sheet: "S", cell: "C3", kind: "info" },
    ]);
  });
});

describe("resolvePlan", () => {
  it("finds a sheet by its exact name first, else case-insensitively, and reports it as the workbook spells it", () => {
    const book = bookOf([{ name: "Sheet1" }, { name: "SHEET" }, { name: "sheet" }]);
    const r = resolvePlan(plan({ writes: [write("sheet1", "A1"), write("sheet", "A1"), write("Sheet", "A2")] }), book);
    expect(r.writes.map((w) => `${w.target.sheet}!${w.target.cell}`)).toEqual(["Sheet1!A1", "sheet!A1", "SHEET!A2"]);
  });

  it("skips what it cannot place, in order: writes, highlights, notes", () => {
    const book = bookOf([{ name: "S" }, { name: "锁定", protected: true }]);
    const r = resolvePlan(
      plan({
        writes: [write("无", "A1"), write("s", "第一行")],
        highlights: [{ sheet: "锁定", cell: "A1", kind: "error" }],
        notes: [{ sheet: "无", cell: "B2", text: "x" }],
      }),
      book,
    );
    expect(r.skipped).toEqual([
      { kind: "write", sheet: "无", cell: "A1", reason: "sheet-not-found" },
      { kind: "write", sheet: "S", cell: "第一行", reason: "bad-address" },
      { kind: "highlight", sheet: "锁定", cell: "A1", reason: "protected" },
      { kind: "note", sheet: "无", cell: "B2", reason: "sheet-not-found" },
    ]);
    expect(r.writes).toEqual([]);
  });

  it("never writes into a formula cell, even with the same formula, and names the formula", () => {
    const book = bookOf([{ name: "S", formulas: { H6: "=F6/E6", H14: "=G14" } }]);
    const r = resolvePlan(plan({ writes: [write("S", "H6", { formula: "=F6/E6" }), write("S", "h14"), write("S", "I6")] }), book);
    expect(r.skipped).toEqual([
      { kind: "write", sheet: "S", cell: "H6", reason: "formula-cell", formula: "=F6/E6" },
      { kind: "write", sheet: "S", cell: "H14", reason: "formula-cell", formula: "=G14" },
    ]);
    expect(r.writes.map((w) => w.target.cell)).toEqual(["I6"]);
  });

  it("lands a cell inside a merged area on its top-left cell and fills the whole area", () => {
    const book = bookOf([{ name: "S", merges: ["B13:B15"] }]);
    const r = resolvePlan(plan({ writes: [write("S", "B14")], highlights: [{ sheet: "S", cell: "B15", kind: "info" }] }), book);
    expect(r.writes[0].target).toMatchObject({ cell: "B13", row: 12, col: 1 });
    expect(r.fills).toEqual([expect.objectContaining({ area: { top: 12, left: 1, bottom: 14, right: 1 }, kind: "info", color: HIGHLIGHT_FILLS.info })]);
  });

  it("gives one fill per cell: two names of one merged area are one fill, the most severe", () => {
    const book = bookOf([{ name: "S", merges: ["B13:B15"] }]);
    const r = resolvePlan(
      plan({
        highlights: [
          { sheet: "S", cell: "B13", kind: "info" },
          { sheet: "S", cell: "B14", kind: "error" },
          { sheet: "s", cell: "B15", kind: "warning" },
          { sheet: "S", cell: "E13", kind: "result" },
          { sheet: "S", cell: "E13", kind: "warning" },
        ],
      }),
      book,
    );
    expect(r.fills.map((f) => `${f.target.cell} ${f.kind}`)).toEqual(["B13 error", "E13 warning"]);
  });

  it("keeps one write per cell, the last planned", () => {
    const r = resolvePlan(plan({ writes: [write("S", "A1", { value: 1 }), write("S", "B1"), write("S", "$a$1", { value: 2 })] }), bookOf([{ name: "S" }]));
    expect(r.writes.map((w) => `${w.target.cell}=${w.write.value}`)).toEqual(["A1=2", "B1=1"]);
  });

  it("merges notes by the domain's policy and never writes beside someone else's threaded comment", () => {
    const book = bookOf([{ name: "S", notes: { A1: "张三：待核实", B1: `${NOTE_MARKER}旧的` }, comments: ["C1"] }]);
    const r = resolvePlan(
      plan({
        notes: [
          { sheet: "S", cell: "A1", text: "甲" },
          { sheet: "S", cell: "B1", text: "乙" },
          { sheet: "S", cell: "C1", text: "丙" },
          { sheet: "S", cell: "D1", text: "丁" },
        ],
      }),
      book,
    );
    expect(r.notes.map((n) => [n.target.cell, n.outcome, n.text])).toEqual([
      ["A1", "appended", `张三：待核实\n\n${NOTE_MARKER}甲`],
      ["B1", "replaced", `${NOTE_MARKER}乙`],
      ["D1", "added", `${NOTE_MARKER}丁`],
    ]);
    expect(r.skipped).toEqual([{ kind: "note", sheet: "S", cell: "C1", reason: "user-comment" }]);
  });

  it("leaves notes out when asked, and asks the workbook only about the cells it needs", () => {
    const book = bookOf([{ name: "S" }]);
    const r = resolvePlan(plan({ writes: [write("S", "A1")], highlights: [{ sheet: "S", cell: "C3", kind: "info" }], notes: [{ sheet: "S", cell: "B2", text: "x" }] }), book, { notes: false });
    expect(r.notes).toEqual([]);
    expect(book.asked).toEqual(["formula A1"]);
  });
});
