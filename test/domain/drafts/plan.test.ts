/** The draft plan: into empty cells only, after the text of 实际完成情况, one text per merged cell. */
import { buildDraftPlan, draftRequests, overlayDrafts } from "../../../src/domain/drafts/plan";
import type { Finding } from "../../../src/domain/finding";
import type { Plan } from "../../../src/domain/plan/types";
import { gridOf } from "../../helpers/grids";

const NOTE = "草稿：请补充原因和改进措施";
const D1 = "比目标少1人。\n原因分析：【请填写】\n改进措施：【请填写】";
const D2 = "比目标多2人。\n原因分析：【请填写】\n改进措施：【请填写】";

const sheet = (rows: (string | number | null)[][], options: Parameters<typeof gridOf>[1] = {}) => gridOf(rows, { sheet: "项目A", ...options });

describe("buildDraftPlan", () => {
  it("writes a draft into an empty cell, with the draft fill and the note", () => {
    const { plan, skipped } = buildDraftPlan([{ sheet: "项目A", cell: "B1", text: D1, append: false }], [sheet([["受益人数", null]])], NOTE);
    expect(skipped).toEqual([]);
    expect(plan.writes).toEqual([{ sheet: "项目A", cell: "B1", role: "draft", value: D1, text: D1, previous: { value: null, formula: null } }]);
    expect(plan.highlights).toEqual([{ sheet: "项目A", cell: "B1", kind: "draft", code: "draft" }]);
    expect(plan.notes).toEqual([{ sheet: "项目A", cell: "B1", text: NOTE }]);
  });

  it("treats white space as empty", () => {
    const { plan } = buildDraftPlan([{ sheet: "项目A", cell: "B1", text: D1, append: false }], [sheet([["x", "  "]])], NOTE);
    expect(plan.writes[0].value).toBe(D1);
  });

  it.each([["无"], ["—"], ["人员调离"], [0]])("never writes over %p in a 偏差原因 cell", (value) => {
    const { plan, skipped } = buildDraftPlan([{ sheet: "项目A", cell: "B1", text: D1, append: false }], [sheet([["x", value]])], NOTE);
    expect(plan.writes).toEqual([]);
    expect(plan.highlights).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(skipped).toEqual([{ sheet: "项目A", cell: "B1", reason: "not-empty" }]);
  });

  it("puts an appended draft after the text, to its last character, on a new line", () => {
    const rows = [["完成率100%，达到了预期目标。 "]];
    const { plan } = buildDraftPlan([{ sheet: "项目A", cell: "A1", text: D1, append: true }], [sheet(rows)], NOTE);
    expect(plan.writes[0].value).toBe(`完成率100%，达到了预期目标。 \n${D1}`);
    expect(plan.writes[0].previous.value).toBe("完成率100%，达到了预期目标。 ");
  });

  it("does not add a second newline after text that ends with one", () => {
    const { plan } = buildDraftPlan([{ sheet: "项目A", cell: "A1", text: D1, append: true }], [sheet([["已完成。\n"]])], NOTE);
    expect(plan.writes[0].value).toBe(`已完成。\n${D1}`);
  });

  it("does not draft twice: a cell still holding a draft's placeholder is left", () => {
    const { plan, skipped } = buildDraftPlan([{ sheet: "项目A", cell: "A1", text: D1, append: true }], [sheet([[`已完成。\n${D2}`]])], NOTE);
    expect(plan.writes).toEqual([]);
    expect(skipped).toEqual([{ sheet: "项目A", cell: "A1", reason: "already-drafted" }]);
  });

  it("never writes into a formula cell, even one that shows nothing", () => {
    const grid = sheet([[null]], { formulas: { A1: '=IF(B1="","",B1)' } });
    const { plan, skipped } = buildDraftPlan([{ sheet: "项目A", cell: "A1", text: D1, append: false }], [grid], NOTE);
    expect(plan.writes).toEqual([]);
    expect(skipped).toEqual([{ sheet: "项目A", cell: "A1", reason: "formula-cell" }]);
  });

  it("does not append to a number, nor to text a value would turn into a formula", () => {
    const { skipped } = buildDraftPlan(
      [
        { sheet: "项目A", cell: "A1", text: D1, append: true },
        { sheet: "项目A", cell: "B1", text: D1, append: true },
      ],
      [sheet([[42, "=文本"]])],
      NOTE,
    );
    expect(skipped.map((s) => `${s.cell} ${s.reason}`)).toEqual(["A1 not-empty", "B1 not-empty"]);
  });

  it("joins the drafts of rows that share one merged 偏差原因 into one text in its first cell", () => {
    const grid = sheet(
      [
        ["指标1", null],
        ["指标2", null],
      ],
      { merges: ["B1:B2"] },
    );
    const { plan } = buildDraftPlan(
      [
        { sheet: "项目A", cell: "B1", text: D1, append: false },
        { sheet: "项目A", cell: "B2", text: D2, append: false },
      ],
      [grid],
      NOTE,
    );
    expect(plan.writes.map((w) => [w.cell, w.value])).toEqual([["B1", `${D1}\n${D2}`]]);
    expect(plan.highlights).toHaveLength(1);
  });

  it("finds the sheet as Excel does (case-insensitively) and says when it is gone", () => {
    const { plan, skipped } = buildDraftPlan(
      [
        { sheet: "sheet1", cell: "A1", text: D1, append: false },
        { sheet: "已删除", cell: "A1", text: D1, append: false },
        { sheet: "Sheet1", cell: "A0", text: D1, append: false },
      ],
      [gridOf([[null]], { sheet: "Sheet1" })],
      NOTE,
    );
    expect(plan.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual(["Sheet1!A1"]);
    expect(skipped.map((s) => s.reason)).toEqual(["sheet-not-found", "bad-address"]);
  });
});

describe("draftRequests", () => {
  it("takes the findings with a draft and a cell, in order", () => {
    const findings: Finding[] = [
      { code: "deviation-unexplained", severity: "error", message: "m", sheet: "S", cell: "I13", draft: { kind: "not-met", about: "受益人数", text: D1, cell: "I13", append: false } },
      { code: "deviation-unexplained", severity: "error", message: "m", sheet: "S", cell: "F13", draft: { kind: "not-met", about: "宣传次数", text: D2, append: false } },
      { code: "execution-low", severity: "warning", message: "m", sheet: "S", cell: "H6", draft: { kind: "execution-low", about: "", text: D2, cell: "F11", append: true } },
      { code: "weight-sum", severity: "error", message: "m", sheet: "S", cell: "G19" },
    ];
    expect(draftRequests(findings)).toEqual([
      { sheet: "S", cell: "I13", text: D1, append: false, kind: "not-met", about: "受益人数" },
      { sheet: "S", cell: "F11", text: D2, append: true, kind: "execution-low", about: "" },
    ]);
  });
});

describe("overlayDrafts", () => {
  it("gives a drafted cell the draft's fill and note instead of the finding's, and leaves the rest", () => {
    const plan: Plan = {
      writes: [{ sheet: "S", cell: "H6", role: "rate", value: 0.852, text: "0.8520", previous: { value: null, formula: null } }],
      highlights: [
        { sheet: "S", cell: "I13", kind: "error", code: "deviation-unexplained" },
        { sheet: "S", cell: "H6", kind: "warning", code: "execution-low" },
      ],
      notes: [
        { sheet: "S", cell: "I13", text: "[错误] 请说明" },
        { sheet: "S", cell: "H6", text: "[警告] 执行率低" },
      ],
    };
    const { plan: drafts } = buildDraftPlan([{ sheet: "S", cell: "$i$13", text: D1, append: false }], [gridOf([[null]], { sheet: "S", at: "I13" })], NOTE);
    const out = overlayDrafts(plan, drafts);
    expect(out.writes.map((w) => `${w.cell} ${w.role}`)).toEqual(["H6 rate", "I13 draft"]);
    expect(out.highlights.map((h) => `${h.cell} ${h.kind}`)).toEqual(["H6 warning", "I13 draft"]);
    expect(out.notes.map((n) => `${n.cell} ${n.text}`)).toEqual(["H6 [警告] 执行率低", `I13 ${NOTE}`]);
  });
});
