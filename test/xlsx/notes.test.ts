import type ExcelJS from "exceljs";
import { mergeNote } from "../../src/domain/plan/notes";
import { NOTE_MARKER } from "../../src/domain/plan/notes";
import { leadingRuns, noteText, noteValue } from "../../src/xlsx/notes";

/** The exceljs note a cell gets: the domain's decision, in runs. */
function merged(existing: string | ExcelJS.Comment | undefined, ours: string) {
  const decision = mergeNote(existing === undefined ? null : noteText(existing), ours);
  return { note: noteValue(existing, decision), outcome: decision.outcome };
}

describe("notes (exceljs runs)", () => {
  it("adds a note to a cell without one, as a plain string", () => {
    expect(merged(undefined, "提示")).toEqual({ note: `${NOTE_MARKER}提示`, outcome: "added" });
  });

  it("replaces our own note", () => {
    expect(merged(`${NOTE_MARKER}旧的`, "新的")).toEqual({ note: `${NOTE_MARKER}新的`, outcome: "replaced" });
  });

  it("appends after a user's note and later replaces only our part", () => {
    const first = merged("用户写的", "第一次");
    expect(first.outcome).toBe("appended");
    expect(noteText(first.note)).toBe(`用户写的\n\n${NOTE_MARKER}第一次`);
    const second = merged(first.note, "第二次");
    expect(second.outcome).toBe("replaced");
    expect(noteText(second.note)).toBe(`用户写的\n\n${NOTE_MARKER}第二次`);
  });

  it("keeps the user's runs, with their formatting, when our part starts inside a run", () => {
    const existing: ExcelJS.Comment = { texts: [{ text: "甲", font: { bold: true } }, { text: `乙\n\n${NOTE_MARKER}丙` }] };
    const note = merged(existing, "丁").note as ExcelJS.Comment;
    expect(note.texts).toEqual([{ text: "甲", font: { bold: true } }, { text: "乙" }, { text: `\n\n${NOTE_MARKER}丁` }]);
  });

  it("cuts runs at a character count", () => {
    const runs = [{ text: "ab", font: { bold: true } }, { text: "cde" }];
    expect(leadingRuns({ texts: runs }, 3)).toEqual([{ text: "ab", font: { bold: true } }, { text: "c" }]);
    expect(leadingRuns({ texts: runs }, 2)).toEqual([{ text: "ab", font: { bold: true } }]);
    expect(leadingRuns("abc", 0)).toEqual([]);
  });
});
