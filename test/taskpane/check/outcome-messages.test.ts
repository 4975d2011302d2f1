/**
 * The 检查评分 tab's messages for what the adapter reports, from real runs of the adapter over a
 * fixture through the fake Excel: the intent of each line comes from the outcome's data and codes.
 */
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { checkAndScore, undoLastCheck } from "../../../src/excel/check/run";
import { excelStrings } from "../../../src/strings/excel";
import { uiStrings } from "../../../src/strings/ui";
import { checkMessages, type CheckedOutcome, draftMessages, restoreMessages } from "../../../src/taskpane/check/outcome-messages";
import { draftedKeys } from "../../../src/taskpane/check/findings";
import { draftRequests } from "../../../src/domain/drafts/plan";
import { fillDrafts } from "../../../src/excel/check/drafts";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { CAPS, fixtureSpecs } from "../../office-standin/book";
import { FakeBook, fakeExcelRun } from "../../office-standin/fake-excel";

async function checked(version: string, book: FakeBook): Promise<CheckedOutcome> {
  const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, projectList: true, addNotes: true, caps: CAPS[version], excelRun: fakeExcelRun(book, version).run });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const intents = (messages: { intent: string }[]) => messages.map((m) => m.intent);

describe("checkMessages", () => {
  let outcome: CheckedOutcome;
  beforeAll(async () => {
    outcome = await checked("1.18", new FakeBook(await fixtureSpecs("seed000-national.xlsx")));
  });

  it("says what was written, then the list sheet written as news, not as a warning", () => {
    expect(outcome.apply?.ownedSheets).toHaveLength(1);
    const messages = checkMessages(outcome, { notesWanted: true, notesUnsupported: false });
    const { written, highlighted, notes } = outcome.counts;
    expect(messages[0]).toEqual({ intent: "success", text: uiStrings.pane.messages.applied(written, highlighted, notes) });
    expect(messages.slice(1).map((m) => m.text)).toEqual([...(outcome.apply?.notices ?? []), ...outcome.messages]);
    expect(messages.filter((m) => m.intent === "info").map((m) => m.text)).toEqual(outcome.apply?.ownedSheets.map((sheet) => excelStrings.listSheet.written(sheet)));
  });

  it("shows the run's other lines as warnings", () => {
    const messages = checkMessages({ ...outcome, messages: [...outcome.messages, "工作表“封面”受保护"] }, { notesWanted: true, notesUnsupported: false });
    expect(messages.at(-1)).toEqual({ intent: "warning", text: "工作表“封面”受保护" });
  });

  it("counts no notes and says why when this Excel cannot add them", () => {
    const messages = checkMessages(outcome, { notesWanted: true, notesUnsupported: true });
    const { written, highlighted } = outcome.counts;
    expect(messages.slice(0, 2)).toEqual([
      { intent: "success", text: uiStrings.pane.messages.applied(written, highlighted, null) },
      { intent: "info", text: uiStrings.pane.settings.notesUnsupported },
    ]);
    // Notes not asked for: nothing to say about them.
    expect(checkMessages(outcome, { notesWanted: false, notesUnsupported: true }).some((m) => m.text === uiStrings.pane.settings.notesUnsupported)).toBe(false);
  });

  it("never reports success when nothing was written", () => {
    // Nothing written: no list sheet either, so no notice.
    const apply = outcome.apply ? { ...outcome.apply, notWritten: true, notices: [] } : null;
    const messages = checkMessages({ ...outcome, apply, messages: [] }, { notesWanted: true, notesUnsupported: false });
    expect(messages).toEqual([{ intent: "warning", text: excelStrings.limits.notWrittenSummary }]);
  });

  it("writes nothing and says nothing of it on a check-only run", () => {
    expect(checkMessages({ ...outcome, apply: null, messages: [] }, { notesWanted: true, notesUnsupported: false })).toEqual([]);
  });
});

describe("restoreMessages", () => {
  it("reports the undo as a success, then each cell left alone as a warning", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    await checked("1.18", book);
    const undone = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(undone.ok).toBe(true);
    const messages = restoreMessages(undone);
    expect(messages[0].intent).toBe("success");
    expect(intents(messages.slice(1)).every((intent) => intent === "warning")).toBe(true);
    expect(restoreMessages({ ok: true, restored: 2, syncs: 3, messages: ["已撤销", "I6 被修改过"] })).toEqual([
      { intent: "success", text: "已撤销" },
      { intent: "warning", text: "I6 被修改过" },
    ]);
  });

  it("says calmly that there is nothing to undo, by the outcome's reason", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    const nothing = await undoLastCheck({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(nothing).toMatchObject({ ok: false, reason: "no-undo-record" });
    expect(intents(restoreMessages(nothing))).toEqual(["info"]);
    // The message may carry more than the one line (a retry while Excel was in cell-edit mode).
    const retried = { ok: false as const, reason: "no-undo-record" as const, message: `${excelStrings.undo.nothingToUndo}\n${excelStrings.retry.cellEditMode(1)}` };
    expect(restoreMessages(retried)).toEqual([{ intent: "info", text: retried.message }]);
  });

  it("shows a damaged record and Excel's failures as errors", () => {
    expect(intents(restoreMessages({ ok: false, reason: "bad-undo-record", message: excelStrings.undo.badRecord }))).toEqual(["error"]);
    expect(intents(restoreMessages({ ok: false, code: "AccessDenied", message: excelStrings.errors.accessDenied }))).toEqual(["error"]);
  });
});

describe("draftMessages", () => {
  it("says how many drafts went in and what to do next, then each draft left out with its reason", async () => {
    const book = new FakeBook(await fixtureSpecs("peer-mistakes.xlsx"));
    const run = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, drafts: DRAFT_WORDING, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!run.ok) throw new Error(run.message);
    const findings = run.report.projects.flatMap((p) => p.findings);
    // The user has typed into the cost's 偏差原因 since the check.
    book.sheet("成本超标未说明").cell("I17").value = "物价上涨";
    const outcome = await fillDrafts({ requests: draftRequests(findings), profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    const messages = draftMessages(outcome);
    expect(messages[0]).toEqual({ intent: "success", text: uiStrings.pane.drafts.filledCount(1) });
    expect(messages[0].text).toContain("【请填写】");
    expect(messages[1]).toEqual({ intent: "warning", text: uiStrings.pane.drafts.skipped(1, [excelStrings.drafts.notEmpty("成本超标未说明", "I17")]) });
    expect(messages[1].text).toContain("已有内容，未覆盖");
    expect(messages).toHaveLength(2);
  });

  it("a draft skipped as stale (the workbook changed since the check) leaves its finding unmarked and says to check again", () => {
    const skipped = [{ sheet: "表1", cell: "I13", reason: "stale" as const, message: excelStrings.drafts.stale("表1", "I13") }];
    const outcome = { ok: true as const, written: 0, drafts: 0, drafted: [], skipped, messages: [], syncs: 2, retries: 0 };
    expect(draftedKeys(outcome)).toEqual([]);
    expect(draftMessages(outcome)).toEqual([
      { intent: "info", text: uiStrings.pane.drafts.noneFilled },
      { intent: "warning", text: uiStrings.pane.drafts.skipped(1, [excelStrings.drafts.stale("表1", "I13")]) },
    ]);
    expect(excelStrings.drafts.stale("表1", "I13")).toContain("请重新检查后再填入");
    // A cell that already held a draft counts as drafted; one written with several drafts counts them.
    const held = { ...outcome, written: 1, drafts: 2, drafted: [{ sheet: "表1", cell: "$i$20" }], skipped: [{ sheet: "表1", cell: "I30", reason: "already-drafted" as const, message: "" }] };
    expect(draftedKeys(held)).toEqual(["表1!I20", "表1!I30"]);
    expect(draftMessages(held)[0]).toEqual({ intent: "success", text: uiStrings.pane.drafts.filledCount(2) });
  });

  it("never reports success when nothing went in, and shows Excel's failure as an error", () => {
    const skipped = [{ sheet: "表1", cell: "I13", reason: "not-empty" as const, message: excelStrings.drafts.notEmpty("表1", "I13") }];
    expect(intents(draftMessages({ ok: true, written: 0, drafts: 0, drafted: [], skipped, messages: [], syncs: 2, retries: 0 }))).toEqual(["info", "warning"]);
    const notWritten = draftMessages({ ok: true, written: 0, drafts: 0, drafted: [], skipped: [], messages: [excelStrings.drafts.undoTooLarge(9)], notWritten: true, syncs: 2, retries: 0 });
    expect(notWritten).toEqual([
      { intent: "warning", text: uiStrings.pane.drafts.notWritten },
      { intent: "warning", text: excelStrings.drafts.undoTooLarge(9) },
    ]);
    expect(draftMessages({ ok: false, code: "AccessDenied", message: excelStrings.errors.accessDenied, retries: 0 })).toEqual([{ intent: "error", text: excelStrings.errors.accessDenied }]);
  });
});
