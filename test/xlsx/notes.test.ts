import { markNote, mergeNote, noteText, NOTE_MARKER, userRuns } from "../../src/xlsx/notes";

describe("notes", () => {
  it("marks our text once", () => {
    expect(markNote("提示")).toBe(`${NOTE_MARKER}提示`);
    expect(markNote(`${NOTE_MARKER}提示`)).toBe(`${NOTE_MARKER}提示`);
  });

  it("adds a note to a cell without one", () => {
    expect(mergeNote(undefined, "提示")).toEqual({ note: `${NOTE_MARKER}提示`, outcome: "added" });
  });

  it("replaces our own note", () => {
    expect(mergeNote(`${NOTE_MARKER}旧的`, "新的")).toEqual({ note: `${NOTE_MARKER}新的`, outcome: "replaced" });
  });

  it("appends after a user's note and later replaces only our part", () => {
    const first = mergeNote("用户写的", "第一次");
    expect(first.outcome).toBe("appended");
    expect(noteText(first.note)).toBe(`用户写的\n\n${NOTE_MARKER}第一次`);
    const second = mergeNote(first.note, "第二次");
    expect(second.outcome).toBe("replaced");
    expect(noteText(second.note)).toBe(`用户写的\n\n${NOTE_MARKER}第二次`);
  });

  it("keeps the user's runs when our part starts inside a run", () => {
    const runs = userRuns({ texts: [{ text: "甲", font: { bold: true } }, { text: `乙\n\n${NOTE_MARKER}丙` }] });
    expect(runs).toEqual([{ text: "甲", font: { bold: true } }, { text: "乙" }]);
  });
});
