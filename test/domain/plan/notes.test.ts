import { hasOurNote, markNote, mergeNote, NOTE_MARKER, NOTE_SEPARATOR, userPart } from "../../../src/domain/plan/notes";

describe("note policy", () => {
  it("marks our text once", () => {
    expect(markNote("提示")).toBe(`${NOTE_MARKER}提示`);
    expect(markNote(`${NOTE_MARKER}提示`)).toBe(`${NOTE_MARKER}提示`);
  });

  it("adds ours where there is no note, or only white space", () => {
    expect(mergeNote(null, "提示")).toEqual({ text: `${NOTE_MARKER}提示`, outcome: "added", kept: "" });
    expect(mergeNote("  \n", "提示")).toEqual({ text: `${NOTE_MARKER}提示`, outcome: "added", kept: "" });
  });

  it("replaces ours from an earlier run instead of stacking it", () => {
    expect(mergeNote(`${NOTE_MARKER}旧的`, "新的")).toEqual({ text: `${NOTE_MARKER}新的`, outcome: "replaced", kept: "" });
  });

  it("keeps the user's text in front of ours, and a later run replaces only our part", () => {
    const first = mergeNote("张三：待核实", "第一次");
    expect(first).toEqual({ text: `张三：待核实${NOTE_SEPARATOR}${NOTE_MARKER}第一次`, outcome: "appended", kept: "张三：待核实" });
    const second = mergeNote(first.text, "第二次");
    expect(second).toEqual({ text: `张三：待核实${NOTE_SEPARATOR}${NOTE_MARKER}第二次`, outcome: "replaced", kept: "张三：待核实" });
  });

  it("keeps the user's text as typed: only the separator we put before ours is removed", () => {
    expect(userPart("甲\n\n")).toBe("甲\n\n");
    expect(userPart(`甲\n\n${NOTE_MARKER}乙`)).toBe("甲");
    expect(userPart(`甲\n${NOTE_MARKER}乙`)).toBe("甲\n");
    const once = mergeNote("甲\n\n", "乙");
    expect(mergeNote(once.text, "乙")).toEqual({ ...once, outcome: "replaced" });
  });

  it("tells ours by the marker", () => {
    expect(hasOurNote(`用户\n\n${NOTE_MARKER}x`)).toBe(true);
    expect(hasOurNote("用户")).toBe(false);
    expect(hasOurNote(null)).toBe(false);
  });
});
