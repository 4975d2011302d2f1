/**
 * 填入说明草稿 in Excel (src/excel/check/drafts.ts), over the Office.js stand-in: each deviation
 * kind's draft lands in its cell with the draft fill and note; text is never written over; a second
 * check flags exactly the drafts left unfinished; 撤销本次检查 takes the check and its drafts back
 * together, 清除标记 keeps the drafts' text.
 */
import { DRAFT_PLACEHOLDER } from "../../../src/domain/drafts/placeholder";
import { draftRequests } from "../../../src/domain/drafts/plan";
import type { DraftKind } from "../../../src/domain/drafts/types";
import type { Finding } from "../../../src/domain/finding";
import { type Grid, cellAddress, parseAddress } from "../../../src/domain/grid";
import { NOTE_MARKER } from "../../../src/domain/plan/notes";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { fillDrafts } from "../../../src/excel/check/drafts";
import { checkAndScore, clearCheckMarks, undoLastCheck } from "../../../src/excel/check/run";
import { UNDO_SETTING_KEY, parseRecord } from "../../../src/excel/check/undo-store";
import { HIGHLIGHT_FILLS } from "../../../src/excel/host/colors";
import { DRAFT_WORDING } from "../../../src/strings/drafts";
import { excelStrings } from "../../../src/strings/excel";
import { withFunds, withIndicator } from "../../helpers/check-harness";
import { DEFAULT_INDICATORS, tableGrid } from "../../helpers/grids";
import { CAPS, blank, fixtureSpecs, specFromGrid } from "../../office-standin/book";
import { FakeBook, FakeError, type FakeSheet, type FakeSheetSpec, fakeExcelRun } from "../../office-standin/fake-excel";

const PARTIAL = "部分达成预期指标并具有一定效果";
const DRAFT_NOTE = `${NOTE_MARKER}${DRAFT_WORDING.note}`;
const GOAL_TEXT = "完成率100%，达到了预期目标。";
const noSleep = async () => undefined;

const named = (grid: Grid, sheet: string): Grid => ({ ...grid, sheet });

/** One sheet per deviation kind, each its own project, and where its draft goes. */
const KINDS: { kind: DraftKind; sheet: string; cell: string; grid: Grid; quotes: string[] }[] = [
  { kind: "not-met", sheet: "未达成", cell: "I13", grid: withIndicator(0, { actual: 7, score: 17.5 }, { name: "未达成项目", totalScore: 97.5 }, "未达成"), quotes: ["≥8人", "7", "比目标少1人", "扣2.50分"] },
  { kind: "lost-points", sheet: "扣分", cell: "I14", grid: withIndicator(1, { score: 8 }, { name: "扣分项目", totalScore: 98 }, "扣分"), quotes: ["明显改善", "得分8.00分", "扣2.00分"] },
  { kind: "over-achieved", sheet: "超额", cell: "I13", grid: withIndicator(0, { actual: 10 }, { name: "超额项目" }, "超额"), quotes: ["≥8人", "10", "1.25倍"] },
  { kind: "band", sheet: "部分达成", cell: "I14", grid: withIndicator(1, { actual: PARTIAL, score: 6 }, { name: "部分达成项目", totalScore: 96 }, "部分达成"), quotes: [PARTIAL, "得分6.00分", "扣4.00分"] },
  { kind: "execution-low", sheet: "执行率低", cell: "F11", grid: named(withFunds(10, 8, { rate: 0.8, score: 8 }, { name: "执行率低项目", totalScore: 98 }), "执行率低"), quotes: ["全年预算数10万元", "全年执行数8万元", "80.00%", "90.00%"] },
];

/** The sheets with their 总分 left empty, as before a first check, so that the check writes values too. */
const specs = (): FakeSheetSpec[] => KINDS.map((k) => blank(specFromGrid(k.grid), "H19"));

function findingsOf(report: { findings: Finding[]; projects: { findings: Finding[] }[] }): Finding[] {
  return [...report.findings, ...report.projects.flatMap((p) => p.findings)];
}

const keyOf = (f: Finding) => `${f.sheet}!${f.cell ?? ""} ${f.code}`;

async function check(book: FakeBook, api = "1.18") {
  const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, drafts: DRAFT_WORDING, caps: CAPS[api], excelRun: fakeExcelRun(book, api).run });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

async function fill(book: FakeBook, findings: Finding[], api = "1.18", extra: Partial<Parameters<typeof fillDrafts>[0]> = {}) {
  const excel = fakeExcelRun(book, api);
  const outcome = await fillDrafts({ requests: draftRequests(findings), profile: NATIONAL_PROFILE, addNotes: true, caps: CAPS[api], excelRun: excel.run, ...extra });
  if (!outcome.ok) throw new Error(outcome.message);
  return { outcome, excel };
}

/**
 * What Excel does to a sheet when the user inserts a row above `row` (1-based; delta 1) or deletes
 * that row (delta -1): the cells, notes, comments and styles below move, merges across it grow or
 * shrink. (The stand-in has no Range.insert: the user does this by hand, between two add-in calls.)
 */
function shiftRows(sheet: FakeSheet, row: number, delta: 1 | -1): void {
  const at = row - 1;
  const moved = <T>(map: Map<string, T>): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [addr, v] of map) {
      const p = parseAddress(addr);
      if (delta === -1 && p.row === at) continue;
      out.set(p.row >= at + (delta === -1 ? 1 : 0) ? cellAddress(p.row + delta, p.col) : addr, v);
    }
    return out;
  };
  sheet.cells = moved(sheet.cells);
  sheet.notes = moved(sheet.notes);
  sheet.comments = moved(sheet.comments);
  sheet.styles = moved(sheet.styles);
  sheet.merges = sheet.merges
    .map((m) => (m.top > at || (delta === 1 && m.top === at) ? { ...m, top: m.top + delta, bottom: m.bottom + delta } : m.bottom >= at ? { ...m, bottom: m.bottom + delta } : m))
    .filter((m) => m.bottom >= m.top && !(m.top === m.bottom && m.left === m.right));
}

const undo = (book: FakeBook, api = "1.18") => undoLastCheck({ caps: CAPS[api], excelRun: fakeExcelRun(book, api).run });

describe("fillDrafts: every deviation kind", () => {
  it("each kind's draft quotes its figures and lands in its cell with the draft fill and note, in 3 syncs", async () => {
    const book = new FakeBook(specs());
    const checked = await check(book);
    const findings = findingsOf(checked.report);
    for (const k of KINDS) {
      const f = findings.filter((x) => x.sheet === k.sheet && x.draft);
      expect({ sheet: k.sheet, drafts: f.map((x) => [x.draft?.kind, x.draft?.cell]) }).toEqual({ sheet: k.sheet, drafts: [[k.kind, k.cell]] });
    }
    const { outcome, excel } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: KINDS.length, skipped: [], messages: [], syncs: 3 });
    expect(excel.contexts[0].syncs).toHaveLength(3);
    expect(outcome.ok && [...outcome.drafted].sort((a, b) => a.sheet.localeCompare(b.sheet))).toEqual(KINDS.map((k) => ({ sheet: k.sheet, cell: k.cell })).sort((a, b) => a.sheet.localeCompare(b.sheet)));
    // Only the drafted cells are written in the write sync (and the rest of 实际完成情况's merged area, filled).
    expect([...new Set(excel.contexts[0].syncs[2].writes)].sort()).toEqual([...KINDS.map((k) => `${k.sheet}!${k.cell}`), "执行率低!G11", "执行率低!H11", "执行率低!I11"].sort());

    for (const k of KINDS) {
      const finding = findings.find((x) => x.sheet === k.sheet && x.draft)!;
      const cell = book.sheet(k.sheet).cell(k.cell);
      const expected = k.kind === "execution-low" ? `${GOAL_TEXT}\n${finding.draft!.text}` : finding.draft!.text;
      expect({ kind: k.kind, value: cell.value, fill: cell.fill, note: book.sheet(k.sheet).notes.get(k.cell) }).toEqual({ kind: k.kind, value: expected, fill: HIGHLIGHT_FILLS.draft, note: DRAFT_NOTE });
      expect({ kind: k.kind, missing: k.quotes.filter((q) => !finding.draft!.text.includes(q)) }).toEqual({ kind: k.kind, missing: [] });
      expect(finding.draft!.text).toContain(`原因分析：${DRAFT_PLACEHOLDER}`);
      expect(finding.draft!.text).toContain(`改进措施：${DRAFT_PLACEHOLDER}`);
      // No number format was given to the text.
      expect(cell.numberFormat).toBe("General");
    }
  });

  it("a second check flags draft-unedited exactly at the drafted cells instead of the deviations, and nothing else new", async () => {
    const book = new FakeBook(specs());
    const first = findingsOf((await check(book)).report);
    const { outcome } = await fill(book, first);
    const drafted = new Set(outcome.ok ? outcome.drafted.map((d) => `${d.sheet}!${d.cell}`) : []);
    const second = findingsOf((await check(book)).report);

    const deviations = first.filter((f) => f.draft?.cell);
    expect(deviations.map((f) => f.code).sort()).toEqual(["deviation-unexplained", "deviation-unexplained", "deviation-unexplained", "deviation-unexplained", "execution-low"]);
    const unedited = second.filter((f) => f.code === "draft-unedited");
    expect(unedited.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual([...drafted].sort());
    expect(unedited.every((f) => f.severity === "error")).toBe(true);
    expect(second.filter((f) => f.code === "deviation-unexplained" || f.code === "execution-low")).toEqual([]);
    // Everything else is as a second check without drafts finds it: its findings less the deviations, plus the drafts.
    const twin = new FakeBook(specs());
    await check(twin);
    const baseline = findingsOf((await check(twin)).report).map(keyOf);
    const replaced = new Set(deviations.map(keyOf));
    expect(baseline.filter((k) => replaced.has(k)).sort()).toEqual([...replaced].sort());
    const expected = [...baseline.filter((k) => !replaced.has(k)), ...unedited.map(keyOf)].sort();
    expect(second.map(keyOf).sort()).toEqual(expected);
  });

  it("replacing the placeholders clears draft-unedited, and the deviation counts as explained", async () => {
    const book = new FakeBook(specs());
    const first = findingsOf((await check(book)).report);
    await fill(book, first);
    for (const k of KINDS) {
      const cell = book.sheet(k.sheet).cell(k.cell);
      cell.value = String(cell.value).split(DRAFT_PLACEHOLDER).join("人员调整，部分工作顺延至下年");
    }
    const after = findingsOf((await check(book)).report);
    expect(after.filter((f) => ["draft-unedited", "deviation-unexplained", "execution-low"].includes(f.code)).map(keyOf)).toEqual([]);
    // Only one placeholder edited out of two: still a draft.
    const book2 = new FakeBook(specs());
    await fill(book2, findingsOf((await check(book2)).report));
    const c = book2.sheet("未达成").cell("I13");
    c.value = String(c.value).replace(DRAFT_PLACEHOLDER, "2名职工调离");
    const still = findingsOf((await check(book2)).report).filter((f) => f.code === "draft-unedited");
    expect(still.filter((f) => f.sheet === "未达成").map((f) => f.cell)).toEqual(["I13"]);
  });
});

describe("fillDrafts never writes over text", () => {
  it("a 偏差原因 holding 无 (no explanation to the check) is left as it is, and said", async () => {
    const grid = withIndicator(0, { actual: 7, score: 17.5, why: "无" }, { totalScore: 97.5 }, "写了无");
    const book = new FakeBook([specFromGrid(grid)]);
    const findings = findingsOf((await check(book)).report);
    expect(findings.filter((f) => f.draft?.cell).map((f) => f.draft?.cell)).toEqual(["I13"]);
    const before = book.dump();
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, drafted: [], syncs: 2 });
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "写了无", cell: "I13", reason: "not-empty", message: excelStrings.drafts.notEmpty("写了无", "I13") }]);
    expect(outcome.ok && outcome.skipped[0].message).toMatch(/已有内容，未覆盖/);
    expect(book.dump()).toEqual(before);
  });

  it("text typed after the check is kept (the cells are read again), the other drafts go in", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    book.sheet("未达成").cell("I13").value = "2名职工调离，已补充招聘。";
    book.sheet("扣分").cell("I14").formula = "=A1";
    const { outcome } = await fill(book, findings);
    expect(book.sheet("未达成").cell("I13").value).toBe("2名职工调离，已补充招聘。");
    expect(book.sheet("未达成").cell("I13").fill).not.toBe(HIGHLIGHT_FILLS.draft);
    expect(book.sheet("扣分").cell("I14").formula).toBe("=A1");
    expect(outcome.ok && outcome.skipped.map((s) => `${s.sheet}!${s.cell} ${s.reason}`)).toEqual(["未达成!I13 not-empty", "扣分!I14 formula-cell"]);
    expect(outcome.ok && outcome.written).toBe(KINDS.length - 2);
    expect(outcome.ok && outcome.drafted.map((d) => d.sheet)).not.toContain("未达成");
  });

  it("实际完成情况 keeps its text, with the draft after it; a second fill adds nothing (already drafted)", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    const low = findings.filter((f) => f.code === "execution-low");
    expect(low.map((f) => [f.cell, f.draft?.cell, f.draft?.append])).toEqual([["H6", "F11", true]]);
    await fill(book, low);
    const text = String(book.sheet("执行率低").cell("F11").value);
    expect(text.startsWith(`${GOAL_TEXT}\n预算执行情况：`)).toBe(true);
    const again = await fill(book, low);
    expect(again.outcome).toMatchObject({ ok: true, written: 0, skipped: [{ cell: "F11", reason: "already-drafted", message: excelStrings.drafts.alreadyDrafted("执行率低", "F11") }] });
    expect(book.sheet("执行率低").cell("F11").value).toBe(text);
  });

  it("two drafts landing in one merged 偏差原因 become one text in its first cell", async () => {
    const indicators = DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, actual: 7, score: 17.5 } : k === 2 ? { ...d, actual: 90, score: 9.47 } : d));
    const grid: Grid = { ...tableGrid({ indicators, totalScore: 96.97 }, "合并"), merges: [...tableGrid({ indicators }).merges, { top: 12, left: 8, bottom: 15, right: 8 }] };
    const book = new FakeBook([specFromGrid(grid)]);
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.cell);
    expect(findings.map((f) => f.draft?.cell)).toEqual(["I13", "I13"]);
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 1, drafted: [{ sheet: "合并", cell: "I13" }] });
    expect(book.sheet("合并").cell("I13").value).toBe(`${findings[0].draft!.text}\n${findings[1].draft!.text}`);
    for (const c of ["I13", "I14", "I15", "I16"]) expect(book.sheet("合并").cell(c).fill).toBe(HIGHLIGHT_FILLS.draft);
  });

  it("a protected sheet is skipped and said; the others are filled", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    book.sheet("超额").protected = true;
    const { outcome } = await fill(book, findings);
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "超额", cell: "I13", reason: "protected", message: excelStrings.skipped.protectedCell("超额", "I13") }]);
    expect(outcome.ok && outcome.messages.some((m) => m.includes("超额") && m.includes("受保护"))).toBe(true);
    expect(outcome.ok && outcome.drafted).toHaveLength(KINDS.length - 1);
    expect(book.sheet("超额").peek("I13")?.value ?? "").toBe("");
  });

  it("a sheet gone since the check is skipped and said", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    const { outcome } = await fill(book, findings.map((f) => (f.sheet === "超额" ? { ...f, sheet: "已删除" } : f)));
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "已删除", cell: "I13", reason: "sheet-not-found", message: excelStrings.drafts.sheetNotFound("已删除") }]);
  });
});

describe("fillDrafts drafts the workbook as it is now, not as it was at the check", () => {
  it("a row inserted above the indicator since the check: nothing goes into the row now there, skipped as stale", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report).filter((f) => f.sheet === "未达成" && f.draft?.cell);
    expect(findings.map((f) => [f.draft?.cell, f.draft?.about])).toEqual([["I13", "受益人数"]]);
    shiftRows(book.sheet("未达成"), 13, 1);
    // The indicator is on row 14 now; row 13 is the new, empty one.
    expect(book.sheet("未达成").cell("D14").value).toBe("受益人数");
    expect(book.sheet("未达成").peek("D13")?.value ?? "").toBe("");
    const before = book.dump();
    const { outcome, excel } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, drafts: 0, drafted: [], messages: [] });
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "未达成", cell: "I13", reason: "stale", message: excelStrings.drafts.stale("未达成", "I13") }]);
    expect(book.dump()).toEqual(before);
    // Read, checked again on what was read, nothing to write: the two read syncs only.
    expect(excel.contexts[0].syncs).toHaveLength(2);
  });

  it("a row deleted since the check: each old cell now belongs to another indicator, whose deviation is not the one drafted: stale, nothing written", async () => {
    const indicators = DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, actual: 7, score: 17.5 } : k === 1 ? { ...d, score: 8 } : d));
    const book = new FakeBook([specFromGrid(tableGrid({ indicators, totalScore: 95.5 }, "删行"))]);
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.cell);
    expect(findings.map((f) => [f.draft?.cell, f.draft?.about])).toEqual([
      ["I13", "受益人数"],
      ["I14", "改善职工伙食质量"],
    ]);
    shiftRows(book.sheet("删行"), 13, -1);
    // 改善职工伙食质量 (still 8 of 10 points) is on row 13 now, where 受益人数's draft was to go.
    expect(book.sheet("删行").cell("D13").value).toBe("改善职工伙食质量");
    const before = book.dump();
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, drafted: [] });
    expect(outcome.ok && outcome.skipped.map((s) => `${s.cell} ${s.reason}`)).toEqual(["I13 stale", "I14 stale"]);
    expect(book.dump()).toEqual(before);
  });

  it("an actual corrected since the check: the draft quotes the new figures", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report).filter((f) => f.sheet === "未达成" && f.draft?.cell);
    expect(findings[0].draft!.text).toContain("实际完成值为7");
    expect(findings[0].draft!.text).toContain("比目标少1人");
    // The accountant finds the actual was 6, not 7 (the typed score stays as it was).
    book.sheet("未达成").cell("F13").value = 6;
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 1, drafts: 1, skipped: [], drafted: [{ sheet: "未达成", cell: "I13" }] });
    const text = String(book.sheet("未达成").cell("I13").value);
    expect(text).toContain("实际完成值为6");
    expect(text).toContain("比目标少2人");
    expect(text).not.toContain("实际完成值为7");
    // What a check of the corrected workbook drafts, to the character.
    const twin = new FakeBook(specs());
    twin.sheet("未达成").cell("F13").value = 6;
    const now = findingsOf((await check(twin)).report).find((f) => f.sheet === "未达成" && f.draft?.cell === "I13");
    expect(text).toBe(now?.draft?.text);
  });

  it("a deviation corrected away since the check (the actual meets the target now): stale, nothing written", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report).filter((f) => f.sheet === "未达成" && f.draft?.cell);
    book.sheet("未达成").cell("F13").value = 8;
    book.sheet("未达成").cell("H13").value = 20;
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, skipped: [{ sheet: "未达成", cell: "I13", reason: "stale" }] });
    expect(book.sheet("未达成").peek("I13")?.value ?? "").toBe("");
  });

  it("one of two rows sharing a merged 偏差原因: the one click writes both drafts, joined, with today's figures", async () => {
    const indicators = DEFAULT_INDICATORS.map((d, k) => (k === 0 ? { ...d, actual: 7, score: 17.5 } : k === 2 ? { ...d, actual: 90, score: 9.47 } : d));
    const grid: Grid = { ...tableGrid({ indicators, totalScore: 96.97 }, "合并"), merges: [...tableGrid({ indicators }).merges, { top: 12, left: 8, bottom: 15, right: 8 }] };
    const book = new FakeBook([specFromGrid(grid)]);
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.cell);
    expect(findings.map((f) => [f.draft?.cell, f.draft?.about])).toEqual([
      ["I13", "受益人数"],
      ["I13", "补助发放及时率"],
    ]);
    // 填入说明草稿 on the second row only.
    const { outcome } = await fill(book, [findings[1]]);
    expect(outcome).toMatchObject({ ok: true, written: 1, drafts: 2, skipped: [], drafted: [{ sheet: "合并", cell: "I13" }] });
    expect(book.sheet("合并").cell("I13").value).toBe(`${findings[0].draft!.text}\n${findings[1].draft!.text}`);
    for (const c of ["I13", "I14", "I15", "I16"]) expect(book.sheet("合并").cell(c).fill).toBe(HIGHLIGHT_FILLS.draft);
    // The first row corrected since the check, 填入说明草稿 on the second: its draft alone, nothing said of the first.
    const book2 = new FakeBook([specFromGrid(grid)]);
    await check(book2);
    book2.sheet("合并").cell("F13").value = 8;
    book2.sheet("合并").cell("H13").value = 20;
    const second = await fill(book2, [findings[1]]);
    expect(second.outcome).toMatchObject({ ok: true, written: 1, drafts: 1, skipped: [], drafted: [{ sheet: "合并", cell: "I13" }] });
    expect(book2.sheet("合并").cell("I13").value).toBe(findings[1].draft!.text);
    // 填入说明草稿 on the first instead: its deviation is gone, nothing is written (re-check first).
    const book3 = new FakeBook([specFromGrid(grid)]);
    await check(book3);
    book3.sheet("合并").cell("F13").value = 8;
    book3.sheet("合并").cell("H13").value = 20;
    const third = await fill(book3, [findings[0]]);
    expect(third.outcome).toMatchObject({ ok: true, written: 0, drafted: [], skipped: [{ sheet: "合并", cell: "I13", reason: "stale" }] });
  });

  it("the execution rate's draft with 实际完成情况 still empty: skipped, with what to write first", async () => {
    const book = new FakeBook(specs().map((s) => (s.name === "执行率低" ? blank(s, "F11") : s)));
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.kind === "execution-low");
    expect(findings.map((f) => [f.draft?.cell, f.draft?.append, f.draft?.about])).toEqual([["F11", true, ""]]);
    const before = book.dump();
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, drafted: [] });
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "执行率低", cell: "F11", reason: "empty-goal", message: excelStrings.drafts.emptyGoal("执行率低", "F11") }]);
    expect(outcome.ok && outcome.skipped[0].message).toContain("“实际完成情况”（F11）还是空的");
    expect(book.dump()).toEqual(before);
  });

  it("a draft that would take 实际完成情况 past Excel's 32,767 characters: skipped, said", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.kind === "execution-low");
    const long = `${GOAL_TEXT}${"另".repeat(32_767 - GOAL_TEXT.length - 10)}`;
    book.sheet("执行率低").cell("F11").value = long;
    const { outcome } = await fill(book, findings);
    expect(outcome.ok && outcome.skipped).toEqual([{ sheet: "执行率低", cell: "F11", reason: "too-long", message: excelStrings.drafts.tooLong("执行率低", "F11", 32_767) }]);
    expect(book.sheet("执行率低").cell("F11").value).toBe(long);
  });

  it("checks again with the rule profile it is given", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.kind === "execution-low");
    expect(findings).toHaveLength(1);
    // 80% is below the national 90% but not below a profile asking for reasons under 70%.
    const lenient = { ...NATIONAL_PROFILE, executionExplainBelow: "0.7" };
    const { outcome } = await fill(book, findings, "1.18", { profile: lenient });
    expect(outcome.ok && outcome.skipped.map((s) => `${s.sheet}!${s.cell} ${s.reason}`)).toEqual(["执行率低!F11 stale"]);
    expect(book.sheet("执行率低").cell("F11").value).toBe(GOAL_TEXT);
  });

  it("checks again with the template sheet it is given: the blank template is no project", async () => {
    const book = new FakeBook([blank(specFromGrid(KINDS[0].grid), "B3")]);
    const findings = findingsOf((await check(book)).report).filter((f) => f.draft?.cell);
    expect(findings.map((f) => `${f.sheet}!${f.draft?.cell}`)).toEqual(["未达成!I13"]);
    const { outcome } = await fill(book, findings, "1.18", { templateSheet: "未达成" });
    expect(outcome.ok && outcome.skipped.map((s) => `${s.sheet}!${s.cell} ${s.reason}`)).toEqual(["未达成!I13 stale"]);
    const without = await fill(new FakeBook([blank(specFromGrid(KINDS[0].grid), "B3")]), findings);
    expect(without.outcome).toMatchObject({ ok: true, written: 1 });
  });
});

describe("fillDrafts and the undo record", () => {
  it("撤销本次检查 right after filling takes back the drafts, their fills and notes, and the check's own writes and marks", async () => {
    const book = new FakeBook(specs());
    const original = book.dump();
    const findings = findingsOf((await check(book)).report);
    const checked = book.dump();
    expect(checked).not.toEqual(original);
    await fill(book, findings);
    const record = parseRecord(book.settings.get(UNDO_SETTING_KEY));
    if (record.kind !== "record") throw new Error("no undo record");
    // One record: the check's cells and the drafts'.
    expect(record.record.cells.filter((c) => typeof c.wrote.value === "string").map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(KINDS.map((k) => `${k.sheet}!${k.cell}`).sort());
    expect(record.record.cells.some((c) => typeof c.wrote.value === "number")).toBe(true);

    const undone = await undo(book);
    expect(undone).toMatchObject({ ok: true });
    expect(undone.ok && undone.messages.slice(1)).toEqual([]);
    expect(book.dump()).toEqual(original);
  });

  it("a drafted cell the check had marked goes back to before the check (earliest before, merged wrote)", async () => {
    const book = new FakeBook([specFromGrid(KINDS[0].grid, { notes: { I13: "张三：请补充" }, cells: { ...specFromGrid(KINDS[0].grid).cells, I13: { value: "", fill: "#FFFF00" } } })]);
    const original = book.dump();
    const findings = findingsOf((await check(book)).report);
    // The check marked I13 (error fill, its note after the user's).
    expect(book.sheet("未达成").cell("I13").fill).toBe(HIGHLIGHT_FILLS.error);
    await fill(book, findings);
    const s = book.sheet("未达成");
    expect(s.cell("I13").fill).toBe(HIGHLIGHT_FILLS.draft);
    expect(s.notes.get("I13")).toBe(`张三：请补充\n\n${DRAFT_NOTE}`);
    const record = parseRecord(book.settings.get(UNDO_SETTING_KEY));
    const i13 = record.kind === "record" ? record.record.cells.filter((c) => c.sheet === "未达成" && c.cell === "I13") : [];
    expect(i13).toHaveLength(1);
    expect(i13[0]).toMatchObject({ before: { value: null, fill: "#FFFF00", note: "张三：请补充" }, wrote: { fill: HIGHLIGHT_FILLS.draft, note: `张三：请补充\n\n${DRAFT_NOTE}` } });
    await undo(book);
    expect(book.dump()).toEqual(original);
  });

  it("清除标记 after filling keeps the drafts' text, removes their fills and notes; undo then removes the text", async () => {
    const book = new FakeBook(specs());
    const original = book.dump();
    const findings = findingsOf((await check(book)).report);
    await fill(book, findings);
    const texts = KINDS.map((k) => book.sheet(k.sheet).cell(k.cell).value);
    const cleared = await clearCheckMarks({ caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    expect(cleared).toMatchObject({ ok: true });
    for (const [i, k] of KINDS.entries()) {
      const cell = book.sheet(k.sheet).cell(k.cell);
      expect({ kind: k.kind, value: cell.value, fill: cell.fill, note: book.sheet(k.sheet).notes.get(k.cell) ?? null }).toEqual({ kind: k.kind, value: texts[i], fill: null, note: null });
    }
    await undo(book);
    expect(book.dump()).toEqual(original);
  });

  it("a check after filling keeps unedited drafts undoable: undo then removes them too; an edited one is kept", async () => {
    // The twin is checked twice without drafts, the user typing the same text into the same cell: what
    // undo leaves there is the yardstick (one level of undo: the first check's results stay in both).
    const edited = "原因分析：2名职工调离。改进措施：补充招聘。";
    const book = new FakeBook(specs());
    const twin = new FakeBook(specs());
    await fill(book, findingsOf((await check(book)).report));
    await check(twin);
    for (const b of [book, twin]) b.sheet("超额").cell("I13").value = edited;
    expect(book.sheet("未达成").cell("I13").value).toContain(DRAFT_PLACEHOLDER);
    const excel = fakeExcelRun(book, "1.18");
    const second = await checkAndScore({ profile: NATIONAL_PROFILE, addNotes: true, drafts: DRAFT_WORDING, caps: CAPS["1.18"], excelRun: excel.run });
    // The drafts are carried in the record, not written again: the check writes no value.
    expect(second).toMatchObject({ ok: true, counts: { written: 0 } });
    await check(twin);
    const undone = await undo(book);
    expect(undone.ok).toBe(true);
    await undo(twin);
    expect(book.dump()).toEqual(twin.dump());
    expect(book.sheet("超额").cell("I13").value).toBe(edited);
    for (const k of KINDS.filter((x) => x.sheet !== "超额")) {
      expect({ sheet: k.sheet, value: book.sheet(k.sheet).cell(k.cell).value }).toEqual({ sheet: k.sheet, value: k.kind === "execution-low" ? GOAL_TEXT : "" });
    }
  });

  it("undo keeps a draft the user finished, and says so", async () => {
    const book = new FakeBook(specs());
    await fill(book, findingsOf((await check(book)).report));
    const c = book.sheet("部分达成").cell("I14");
    c.value = String(c.value).split(DRAFT_PLACEHOLDER).join("窗口改造未完成");
    const finished = c.value;
    const undone = await undo(book);
    expect(book.sheet("部分达成").cell("I14").value).toBe(finished);
    expect(undone.ok && undone.messages).toContain(excelStrings.undo.changedSince("部分达成", "I14"));
    expect(book.sheet("未达成").peek("I13")?.value ?? "").toBe("");
  });

  it("without a check's record, the drafts get one of their own", async () => {
    const book = new FakeBook(specs());
    const original = book.dump();
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, drafts: DRAFT_WORDING, dryRun: true, caps: CAPS["1.18"], excelRun: fakeExcelRun(book, "1.18").run });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(book.settings.has(UNDO_SETTING_KEY)).toBe(false);
    await fill(book, findingsOf(outcome.report));
    expect(book.sheet("未达成").cell("I13").fill).toBe(HIGHLIGHT_FILLS.draft);
    await undo(book);
    expect(book.dump()).toEqual(original);
  });

  it("an undo record the settings could not hold: nothing is written, the check's record stays", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    const raw = book.settings.get(UNDO_SETTING_KEY);
    const record = parseRecord(raw);
    if (record.kind !== "record") throw new Error("no undo record");
    // A check that touched very many cells: its record alone is near the limit.
    const filler = "说".repeat(300);
    for (let i = 0; i < 1100; i++) record.record.cells.push({ sheet: "未达成", cell: `Z${1000 + i}`, before: { value: null, formula: null, numberFormat: null, fill: null, note: null }, wrote: { note: filler } });
    book.settings.set(UNDO_SETTING_KEY, JSON.stringify(record.record));
    const big = book.settings.get(UNDO_SETTING_KEY);
    const before = book.dump();
    const { outcome } = await fill(book, findings);
    expect(outcome).toMatchObject({ ok: true, written: 0, drafted: [], notWritten: true });
    // 8 cells: the five drafts, and 实际完成情况's merged area (F11:I11) filled whole.
    expect(outcome.ok && outcome.messages).toEqual([excelStrings.drafts.undoTooLarge(8)]);
    expect(book.dump()).toEqual(before);
    expect(book.settings.get(UNDO_SETTING_KEY)).toBe(big);
  });
});

describe("fillDrafts on older Excel and in cell-edit mode", () => {
  it("ExcelApi 1.7: one snapshot sync more, no notes (and says so), undo still takes the drafts back", async () => {
    const book = new FakeBook(specs());
    const original = book.dump();
    const findings = findingsOf((await check(book, "1.7")).report);
    const { outcome } = await fill(book, findings, "1.7");
    expect(outcome).toMatchObject({ ok: true, written: KINDS.length, syncs: 4 });
    expect(outcome.ok && outcome.messages).toEqual([excelStrings.degraded.notesUnavailable]);
    expect(book.sheet("未达成").cell("I13").fill).toBe(HIGHLIGHT_FILLS.draft);
    expect(book.sheet("未达成").notes.size).toBe(0);
    await undo(book, "1.7");
    expect(book.dump()).toEqual(original);
  });

  it("ExcelApi 1.10: the note is a threaded comment", async () => {
    const book = new FakeBook(specs());
    await fill(book, findingsOf((await check(book, "1.10")).report), "1.10");
    expect(book.sheet("未达成").comments.get("I13")).toBe(DRAFT_NOTE);
  });

  it("checked in an Excel with threaded comments, filled in one with notes: no draft note (it could not be undone with the record), said", async () => {
    const book = new FakeBook(specs());
    const original = book.dump();
    const findings = findingsOf((await check(book, "1.10")).report);
    const { outcome } = await fill(book, findings, "1.18");
    expect(outcome).toMatchObject({ ok: true, written: KINDS.length });
    expect(outcome.ok && outcome.messages).toEqual([excelStrings.drafts.notesModeChanged]);
    expect(book.sheet("未达成").cell("I13").fill).toBe(HIGHLIGHT_FILLS.draft);
    expect(book.sheet("未达成").notes.size).toBe(0);
    // Back in the Excel that checked it, one undo takes the check and the drafts.
    await undo(book, "1.10");
    expect(book.dump()).toEqual(original);
  });

  it("addNotes false: the draft and its fill, no note", async () => {
    const book = new FakeBook(specs());
    await fill(book, findingsOf((await check(book)).report), "1.18", { addNotes: false });
    expect(book.sheet("未达成").cell("I13").fill).toBe(HIGHLIGHT_FILLS.draft);
    // The check's own note on the cell stays as it was; no draft note.
    expect(book.sheet("未达成").notes.get("I13")).toMatch(/^【绩效自评助手】\[错误\]/);
    expect(book.sheet("执行率低").notes.has("F11")).toBe(false);
  });

  it("retries while Excel is in cell-edit mode; gives up in Chinese when the retries run out", async () => {
    const book = new FakeBook(specs());
    const findings = findingsOf((await check(book)).report);
    book.failNextSyncs = [new FakeError("InvalidOperationInCellEditMode")];
    const { outcome } = await fill(book, findings, "1.18", { sleep: noSleep });
    expect(outcome).toMatchObject({ ok: true, retries: 1, written: KINDS.length });
    expect(outcome.ok && outcome.messages).toContain(excelStrings.retry.cellEditMode(1));

    const book2 = new FakeBook(specs());
    const findings2 = findingsOf((await check(book2)).report);
    const before = book2.dump();
    book2.failNextSyncs = [1, 2, 3].map(() => new FakeError("InvalidOperationInCellEditMode"));
    const failed = await fillDrafts({ requests: draftRequests(findings2), profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: fakeExcelRun(book2, "1.18").run, retries: 2, sleep: noSleep });
    expect(failed).toEqual({ ok: false, code: "InvalidOperationInCellEditMode", message: excelStrings.errors.cellEditMode, retries: 2 });
    expect(book2.dump()).toEqual(before);
  });

  it("nothing to fill: no Excel call at all", async () => {
    const run = jest.fn();
    expect(await fillDrafts({ requests: [], profile: NATIONAL_PROFILE, caps: CAPS["1.18"], excelRun: run })).toEqual({ ok: true, written: 0, drafts: 0, drafted: [], skipped: [], messages: [], syncs: 0, retries: 0 });
    expect(run).not.toHaveBeenCalled();
  });
});

describe("fillDrafts on a fixture: peer-mistakes.xlsx", () => {
  it("the cost over ≤5万元 (actual 9) and the 70% execution rate get their drafts; a second check flags only them", async () => {
    const book = new FakeBook(await fixtureSpecs("peer-mistakes.xlsx"));
    const original = book.dump();
    const first = findingsOf((await check(book)).report);
    const drafts = first.filter((f) => f.draft?.cell);
    expect(drafts.map((f) => `${f.sheet}!${f.draft?.cell} ${f.draft?.kind}`).sort()).toEqual(["成本超标未说明!I17 not-met", "执行率偏低!F11 execution-low"]);
    const cost = drafts.find((f) => f.draft?.kind === "not-met")!;
    expect(cost.draft!.text).toContain("≤5万元");
    expect(cost.draft!.text).toContain("实际完成值为9");
    expect(cost.draft!.text).toContain("扣8.00分");
    const goal = book.sheet("执行率偏低").cell("F11").value;

    const { outcome } = await fill(book, first);
    expect(outcome).toMatchObject({ ok: true, written: 2, skipped: [] });
    expect(book.sheet("成本超标未说明").cell("I17")).toMatchObject({ value: cost.draft!.text, fill: HIGHLIGHT_FILLS.draft });
    const low = drafts.find((f) => f.draft?.kind === "execution-low")!;
    expect(book.sheet("执行率偏低").cell("F11").value).toBe(goal === "" ? low.draft!.text : `${String(goal)}\n${low.draft!.text}`);

    const second = findingsOf((await check(book)).report);
    expect(second.filter((f) => f.code === "draft-unedited").map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(["成本超标未说明!I17", "执行率偏低!F11"]);
    // The same workbook checked twice without drafts: the drafts change only their own findings (the
    // first check's written results already answered total-mismatch and the like in both).
    const twin = new FakeBook(await fixtureSpecs("peer-mistakes.xlsx"));
    await check(twin);
    const baseline = findingsOf((await check(twin)).report).map(keyOf);
    expect(book.dump()).not.toEqual(twin.dump());
    const replaced = new Set(drafts.map(keyOf));
    const expected = [...baseline.filter((k) => !replaced.has(k)), "成本超标未说明!I17 draft-unedited", "执行率偏低!F11 draft-unedited"].sort();
    expect(baseline.filter((k) => replaced.has(k)).sort()).toEqual([...replaced].sort());
    expect(second.map(keyOf).sort()).toEqual(expected);

    // Undo after the second check: the drafts go with its marks; the workbook is the twin's.
    await undo(book);
    await undo(twin);
    expect(book.dump()).toEqual(twin.dump());
    expect(book.dump()).not.toEqual(original); // the first check's results stay (one level of undo)
  });
});
