/**
 * Where Microsoft's documentation is silent, the adapter must be right under either answer (the
 * stand-in can give both: test/office-standin/README.md): how "no fill" reads back, whether a note may go on a
 * cell with a threaded comment; and where the documentation does speak, that the adapter acts on it
 * before it writes: workbook structure protection (ExcelApi 1.7), the undo record's size, the error
 * codes it may meet, cell-edit mode (delayForCellEdit, ExcelApi 1.11).
 */
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { clearCheckMarks, checkAndScore, undoLastCheck } from "../../src/excel/check/run";
import { excelRunFor } from "../../src/excel/host/excel-run";
import { toUserMessage } from "../../src/excel/host/errors";
import { excelStrings } from "../../src/strings/excel";
import { CAPS, blank, fixtureSpecs } from "./book";
import { FakeBook, type FakeBookOptions, FakeContext, FakeError, type NoFillReadBack, fakeExcelRun } from "./fake-excel";
import { applyPlan } from "../../src/excel/check/apply";
import { readWorkbookState } from "../../src/excel/check/read";
import { WorkbookSettingsStore } from "../../src/excel/check/undo-store";
import type { Plan } from "../../src/domain/plan/types";

const SHEET = "5.医疗保障经办支出";

async function book(options: FakeBookOptions = {}): Promise<FakeBook> {
  const specs = await fixtureSpecs("seed000-national.xlsx");
  const i = specs.findIndex((s) => s.name === SHEET);
  specs[i] = blank(specs[i], "H6", "I6");
  return new FakeBook(specs, options);
}

const run = (b: FakeBook, api = "1.18", extra: Partial<Parameters<typeof checkAndScore>[0]> = {}) =>
  checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, projectList: true, caps: CAPS[api], excelRun: fakeExcelRun(b, api).run, ...extra });

describe("“no fill” read back either way: undo and 清除标记 never paint a cell white", () => {
  it.each<NoFillReadBack>(["white-none", "white-omitted", "null"])("with %s", async (noFillReadBack) => {
    for (const action of [undoLastCheck, clearCheckMarks]) {
      const b = await book({ noFillReadBack });
      const before = b.sheet(SHEET).cell("H14").fill;
      expect(before).toBeNull();
      const outcome = await run(b);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(b.sheet(SHEET).cell("H14").fill).not.toBeNull(); // the run marked the score-mismatch
      const undone = await action({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
      if (!undone.ok) throw new Error(undone.message);
      expect({ noFillReadBack, fill: b.sheet(SHEET).cell("H14").fill }).toEqual({ noFillReadBack, fill: null });
    }
  });
});

describe("a note on a cell holding a threaded comment, whether Excel takes it or not", () => {
  it.each<"succeeds" | "fails">(["succeeds", "fails"])("when notes.add there %s: the batch goes through, no note there, the finding stays", async (noteOnThreadedComment) => {
    const b = await book({ noteOnThreadedComment });
    b.sheet(SHEET).comments.set("H14", "李四：请再核对一次");
    const outcome = await run(b);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(b.sheet(SHEET).notes.has("H14")).toBe(false);
    expect(b.sheet(SHEET).comments.get("H14")).toBe("李四：请再核对一次");
    expect(outcome.report.projects.find((p) => p.sheet === SHEET)?.findings.some((f) => f.cell === "H14")).toBe(true);
    expect(outcome.messages.join("\n") + (outcome.apply?.skipped.map((s) => s.message).join("\n") ?? "")).toContain(excelStrings.limits.noteRefused(SHEET, "H14"));
    expect(outcome.counts.notes).toBeGreaterThan(0);
  });
});

describe("workbook structure protection (ExcelApi 1.7)", () => {
  it("is read before anything is written: the list sheet is left out and said so, the rest is written", async () => {
    const b = await book({ structureProtected: true });
    const names = b.sheets.map((s) => s.name);
    const outcome = await run(b);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(b.sheets.map((s) => s.name)).toEqual(names);
    expect(outcome.messages).toContain(excelStrings.limits.structureProtected("项目清单（自动）"));
    expect(b.sheet(SHEET).cell("H6").value).not.toBe("");
  });

  it("without protection the list sheet is written as usual", async () => {
    const b = await book();
    const outcome = await run(b);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(b.sheets.map((s) => s.name)).toContain("项目清单（自动）");
  });
});

describe("the undo record's size", () => {
  /** A sheet whose cells A1:A{n} carry someone's long note each, and a plan that notes every one of them. */
  const noted = (n: number, length: number) => {
    const notes: Record<string, string> = {};
    const cells: Record<string, string> = {};
    for (let r = 1; r <= n; r++) {
      notes[`A${r}`] = "张".repeat(length);
      cells[`A${r}`] = `第${r}行`;
    }
    const b = new FakeBook([{ name: "表", cells, notes }]);
    const plan: Plan = { writes: [], highlights: [], notes: Object.keys(notes).map((cell) => ({ sheet: "表", cell, severity: "warning" as const, text: "【绩效自评助手】[警告] 请核对。" })) };
    return { b, plan };
  };
  const apply = async (b: FakeBook, plan: Plan) => {
    const ctx = new FakeContext(b, "1.18");
    const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true, store: new WorkbookSettingsStore() });
    return applyPlan(ctx.api, plan, CAPS["1.18"], { state, store: new WorkbookSettingsStore() });
  };

  it("a record past the bound: nothing is written (so nothing is left that cannot be taken back), and the run says so", async () => {
    const { b, plan } = noted(300, 4000);
    const before = JSON.stringify(b.dump());
    const outcome = await apply(b, plan);
    expect(outcome.notWritten).toBe(true);
    expect(outcome.messages).toContain(excelStrings.limits.undoTooLarge(300));
    expect(JSON.stringify(b.dump())).toBe(before);
    expect(b.settings.size).toBe(0);
  });

  it("a record within it is kept and the notes are written", async () => {
    const { b, plan } = noted(30, 100);
    const outcome = await apply(b, plan);
    expect(outcome.notWritten).toBeUndefined();
    expect(outcome.notesAppended + outcome.notesAdded + outcome.notesReplaced).toBe(30);
    expect(b.settings.size).toBe(1);
  });
});

describe("error codes Excel may answer with have a Chinese message of their own", () => {
  it.each(["InvalidOperation", "ItemAlreadyExists", "UnsupportedFeature", "InactiveWorkbook", "RangeExceedsLimit", "MemoryLimitReached", "ApiNotAvailable", "RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"])("%s", (code) => {
    const message = toUserMessage(new FakeError(code, "detail"));
    expect(message).toMatch(/\p{Script=Han}/u);
    expect(message).not.toBe(excelStrings.errors.unknown(code, "detail"));
  });

  it("the payload message no longer advises splitting sheets (which does not help)", () => {
    expect(toUserMessage(new FakeError("ResponsePayloadSizeLimitExceeded"))).not.toContain("拆分到较少的工作表");
  });
});

describe("cell-edit mode", () => {
  const calls: unknown[][] = [];
  const g = globalThis as unknown as { Excel?: unknown };
  beforeEach(() => {
    calls.length = 0;
    g.Excel = { run: (...args: unknown[]) => (calls.push(args), Promise.resolve("ran")) };
  });
  afterEach(() => delete g.Excel);

  it("asks Excel to wait for the edit to end where it can (ExcelApi 1.11)", async () => {
    await excelRunFor(CAPS["1.18"])(async () => "x");
    expect(calls[0][0]).toEqual({ delayForCellEdit: true });
    expect(typeof calls[0][1]).toBe("function");
  });

  it("runs the batch plainly below 1.11, where a retry takes care of it", async () => {
    await excelRunFor(CAPS["1.10"])(async () => "x");
    expect(typeof calls[0][0]).toBe("function");
    expect(calls[0]).toHaveLength(1);
  });
});

describe("a write that Excel refuses after its first batch", () => {
  it("says part was written and how to take it back; undo then reports no cell as changed by the user", async () => {
    const b = await book();
    const ctx = new FakeContext(b, "1.18");
    const store = new WorkbookSettingsStore();
    const state = await readWorkbookState(ctx.api, CAPS["1.18"], { styles: true, store });
    const { checkWorkbook } = await import("../../src/domain/engine");
    const report = checkWorkbook(state.grids, { profile: NATIONAL_PROFILE, addNotes: true });
    // Tiny batches; the third write sync is refused.
    b.failNextSyncs.push(undefined as unknown as FakeError, undefined as unknown as FakeError, new FakeError("AccessDenied", "denied"));
    const failure = await applyPlan(ctx.api, report.plan, CAPS["1.18"], { state, store, addNotes: true, writeByteBudget: 3000 }).then(
      () => null,
      (err: unknown) => err as { code?: string; message?: string },
    );
    expect(failure?.code).toBe("PartiallyWritten");
    expect(toUserMessage(failure)).toBe(excelStrings.limits.partiallyWritten("AccessDenied"));
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(b, "1.18").run });
    if (!undone.ok) throw new Error(undone.message);
    expect(undone.messages.filter((m) => m.includes("在检查后被修改过"))).toEqual([]);
    expect(undone.restored).toBeGreaterThan(0);
  });
});

describe("workbook structure protection before adding sheets", () => {
  it.each(["新增项目", "导入绩效目标", "创建标准模板"])("%s says so and changes nothing", async (what) => {
    const specs = await fixtureSpecs("seed000-national.xlsx");
    const b = new FakeBook([...specs, { name: "模板", cells: { A1: "项目支出绩效自评表" } }], { structureProtected: true });
    const before = JSON.stringify(b.dump());
    const excelRun = fakeExcelRun(b, "1.18").run;
    const { addProject } = await import("../../src/excel/projects/add-project");
    const { importTargetsFromSheet } = await import("../../src/excel/projects/import-targets");
    const { createTemplateSheet } = await import("../../src/excel/projects/create-template");
    const outcome =
      what === "新增项目"
        ? await addProject({ project: { name: "宣传经费", dept: "某县医疗保障局", unit: "", year: 2024, initial: 12.5, annual: 13.75 }, templateSheet: "模板", profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun })
        : what === "导入绩效目标"
          ? await importTargetsFromSheet({ sheet: "1.食堂经费", profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun })
          : await createTemplateSheet({ profile: NATIONAL_PROFILE, year: 2024, caps: CAPS["1.18"], excelRun });
    expect(outcome).toMatchObject({ ok: false, message: excelStrings.limits.structureProtectedAdd });
    expect(JSON.stringify(b.dump())).toBe(before);
    expect(b.settings.size).toBe(0);
  });
});
