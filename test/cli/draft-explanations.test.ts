/**
 * `selfeval check --write --draft-explanations` over every fixture with deviations: each unexplained
 * deviation gets a draft quoting its figures, the copy differs from a copy without drafts only in the
 * drafted cells, a second check flags each unedited draft and nothing else new, and finishing the
 * drafts clears them. The original file is never touched.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runFile } from "../../src/cli/run-file";
import { checkWorkbook } from "../../src/domain/engine";
import type { Finding } from "../../src/domain/finding";
import type { Grid } from "../../src/domain/grid";
import { DRAFT_PLACEHOLDER } from "../../src/domain/drafts/placeholder";
import { HIGHLIGHT_FILLS } from "../../src/domain/plan/highlight";
import { getProfile } from "../../src/domain/profiles";
import { DRAFT_WORDING } from "../../src/strings/drafts";
import { noteText } from "../../src/xlsx/notes";
import { gridsFromWorkbook, readWorkbookFile } from "../../src/xlsx/read";
import { tableMerges, tableRows } from "../helpers/grids";
import { run, sha256 } from "./helpers";

const FIXTURES = path.join(__dirname, "../fixtures");
const SAMPLE = path.join(__dirname, "../../samples/2023年度项目支出绩效自评表-样例.xlsx");
const DEVIATION_CODES = new Set(["deviation-unexplained", "execution-low"]);

async function fixtureFiles(): Promise<string[]> {
  const inDir = async (dir: string) => (await fs.readdir(dir)).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(dir, n));
  return [...(await inDir(FIXTURES)), ...(await inDir(path.join(FIXTURES, "real"))), SAMPLE];
}

function profileFor(file: string) {
  return getProfile(/sichuan|seed003/.test(file) ? "sichuan" : "national")!;
}

const allFindings = (r: { findings: Finding[]; projects: { findings: Finding[] }[] }) => [...r.findings, ...r.projects.flatMap((p) => p.findings)];
const key = (f: Finding) => `${f.sheet}!${f.cell ?? ""} ${f.code} ${f.message}`;

/** Value, fill and note of every cell, by "sheet!A1". */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
        out.set(`${ws.name}!${cell.address}`, JSON.stringify({ value: cell.value, formula: cell.formula ?? null, numFmt: cell.numFmt ?? null, fill, note: noteText(cell.note) }));
      }),
    ),
  );
  return out;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The grids with every placeholder of a draft replaced by the accountant's words. */
function finishDrafts(grids: Grid[]): Grid[] {
  for (const g of grids) for (const row of g.values) row.forEach((v, i) => typeof v === "string" && v.includes(DRAFT_PLACEHOLDER) && (row[i] = v.split(DRAFT_PLACEHOLDER).join("已按实际情况说明")));
  return grids;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-drafts-"));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("--draft-explanations on every fixture", () => {
  let files: string[];
  beforeAll(async () => {
    files = await fixtureFiles();
  });

  it("finds fixtures with deviations to draft", async () => {
    let drafted = 0;
    for (const file of files) {
      const report = checkWorkbook(await readWorkbookFile(file), { profile: profileFor(file), drafts: DRAFT_WORDING });
      drafted += allFindings(report).filter((f) => f.draft?.cell).length;
    }
    expect(drafted).toBeGreaterThanOrEqual(20);
  });

  it("drafts each unexplained deviation, changes nothing else, and a second check flags exactly the drafts", async () => {
    const examples: string[] = [];
    for (const [i, file] of files.entries()) {
      const profile = profileFor(file);
      const before = await sha256(file);
      const plain = path.join(dir, `${i}.plain.xlsx`);
      const draftedFile = path.join(dir, `${i}.drafted.xlsx`);
      const check = { profile, drafts: DRAFT_WORDING, addNotes: true, projectList: true };
      const a = await runFile(file, { check, output: plain, notes: true });
      const b = await runFile(file, { check: { ...check, writeDrafts: true }, output: draftedFile, notes: true });
      expect(await sha256(file)).toBe(before);

      // The same findings either way; every deviation finding carries a draft quoting its figures.
      const findings = allFindings(b);
      expect(findings.map(key)).toEqual(allFindings(a).map(key));
      const deviations = findings.filter((f) => DEVIATION_CODES.has(f.code));
      for (const project of b.projects) {
        for (const f of project.findings.filter((x) => DEVIATION_CODES.has(x.code))) {
          const draft = f.draft;
          if (!draft) {
            // execution-low without readable amounts has nothing to quote.
            expect(f.code).toBe("execution-low");
            continue;
          }
          // The figures first, as the sheet shows them: the indicator's target and actual, or the amounts.
          const figures = draft.text.split("\n")[0];
          if (f.code === "execution-low") {
            expect(figures).toContain(`全年预算数${Number(project.funds.annual)}`);
            expect(figures).toContain(`全年执行数${Number(project.funds.executed)}`);
          } else {
            const row = f.cell!.replace(/^[A-Z]+/, "");
            const ind = project.indicators.find((i) => i.cell.replace(/^[A-Z]+/, "") === row)!;
            expect(figures).toContain(ind.target.replace(/\s+/g, ""));
            expect(figures).toContain(ind.actual.replace(/\s+/g, ""));
          }
          expect(draft.text.endsWith(`原因分析：${DRAFT_PLACEHOLDER}\n改进措施：${DRAFT_PLACEHOLDER}`)).toBe(true);
          if (examples.length < 3 && draft.cell && !examples.some((e) => e.includes(`（${draft.kind}）`))) examples.push(`${path.basename(file)} ${f.sheet}!${draft.cell}（${draft.kind}）:\n${draft.text}`);
        }
      }
      const wanted = new Set(deviations.filter((f) => f.draft?.cell).map((f) => `${f.sheet}!${f.draft!.cell}`));
      const drafts = b.drafts!;
      expect(drafts.skipped).toEqual([]);
      expect(drafts.written).toBe(wanted.size);

      // The copies differ only in the drafted cells: the draft's text, fill and note.
      // (A merged cell's draft fill covers its whole area: the area's other cells differ in fill only.)
      const draftedBook = await load(draftedFile);
      const plainCells = cellsOf(await load(plain));
      const draftedCells = cellsOf(draftedBook);
      const differing = [...new Set([...plainCells.keys(), ...draftedCells.keys()])].filter((k) => plainCells.get(k) !== draftedCells.get(k));
      const masterOf = (k: string) => {
        const [sheet, address] = k.split("!");
        return `${sheet}!${draftedBook.getWorksheet(sheet)!.getCell(address).master.address}`;
      };
      expect(new Set(differing.map(masterOf))).toEqual(wanted);
      // exceljs reads a merged area's other cells as its first cell's value: only their fill is their own.
      for (const k of differing.filter((d) => !wanted.has(d))) {
        const { fill } = JSON.parse(draftedCells.get(k)!) as { fill: string };
        expect(fill).toBe(`FF${HIGHLIGHT_FILLS.draft.slice(1)}`);
      }
      for (const k of wanted) {
        const cell = JSON.parse(draftedCells.get(k)!) as { value: unknown; fill: string; note: string };
        expect(JSON.stringify(cell.value)).toContain(DRAFT_PLACEHOLDER);
        expect(cell.fill).toBe(`FF${HIGHLIGHT_FILLS.draft.slice(1)}`);
        expect(cell.note).toContain("草稿：请补充原因和改进措施");
      }

      // A second check: draft-unedited at exactly the drafted cells; the drafted deviations are gone; nothing else changes.
      const recheck = (grids: Grid[]) => allFindings(checkWorkbook(grids, { profile }));
      const plainAgain = recheck(await readWorkbookFile(plain));
      const draftedAgain = recheck(await readWorkbookFile(draftedFile));
      const draftedProjects = new Set(deviations.filter((f) => f.code === "execution-low" && f.draft?.cell).map((f) => f.sheet));
      const resolved = (f: Finding) =>
        (f.code === "deviation-unexplained" && wanted.has(`${f.sheet}!${f.cell}`)) || (f.code === "execution-low" && draftedProjects.has(f.sheet));
      const added = draftedAgain.filter((f) => !plainAgain.some((g) => key(g) === key(f)));
      const removed = plainAgain.filter((f) => !draftedAgain.some((g) => key(g) === key(f)));
      expect(added.every((f) => f.code === "draft-unedited" && f.severity === "error")).toBe(true);
      expect(new Set(added.map((f) => `${f.sheet}!${f.cell}`))).toEqual(wanted);
      expect(added).toHaveLength(wanted.size);
      expect(removed.every(resolved)).toBe(true);

      // Finishing the drafts clears draft-unedited, and the deviations stay explained.
      const finished = recheck(finishDrafts(await readWorkbookFile(draftedFile)));
      expect(finished.filter((f) => f.code === "draft-unedited")).toEqual([]);
      expect(finished.map(key).sort()).toEqual(draftedAgain.filter((f) => f.code !== "draft-unedited").map(key).sort());
    }
    // Three drafts as examples for the session note (printed with DRAFT_EXAMPLES=1).
    if (process.env.DRAFT_EXAMPLES === "1") console.log(examples.join("\n\n"));
    expect(examples.length).toBe(3);
  }, 120_000);
});

describe("the command line", () => {
  it("refuses --draft-explanations without --write: the original is never written", async () => {
    const r = await run(["check", "--draft-explanations", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--draft-explanations 需要与 --write 一起使用");
  });

  it("writes the drafts into the copy, says how many, and the JSON carries each draft and its cell", async () => {
    const input = path.join(dir, "样例.xlsx");
    await fs.copyFile(SAMPLE, input);
    const before = await sha256(input);
    const out = path.join(dir, "out");
    const text = await run(["check", "--write", "--draft-explanations", "--out", out, input]);
    expect(text.stdout).toMatch(/已在副本中填入 \d+ 条说明草稿/);
    expect(await sha256(input)).toBe(before);

    const json = await run(["check", "--json", input]);
    const doc = JSON.parse(json.stdout) as { files: { projects: { findings: { code: string; draft?: string; draftCell?: string | null }[] }[] }[] };
    const found = doc.files[0].projects.flatMap((p) => p.findings);
    const withDraft = found.filter((f) => f.draft !== undefined);
    expect(withDraft.length).toBeGreaterThan(0);
    for (const f of withDraft) {
      expect(DEVIATION_CODES.has(f.code)).toBe(true);
      expect(f.draft).toContain(DRAFT_PLACEHOLDER);
      expect(f).toHaveProperty("draftCell");
    }
    expect(found.filter((f) => !DEVIATION_CODES.has(f.code)).every((f) => f.draft === undefined)).toBe(true);

    // The copy's drafts, checked again: errors until they are finished.
    const copy = path.join(out, "样例.xlsx");
    const again = checkWorkbook(gridsFromWorkbook(await load(copy)), { profile: getProfile("national")! });
    expect(allFindings(again).filter((f) => f.code === "draft-unedited").length).toBeGreaterThan(0);
  });
});

describe("the xlsx writer, for every kind", () => {
  const PARTIAL = "部分达成预期指标并具有一定效果";

  async function workbook(file: string, goal: ExcelJS.CellValue): Promise<void> {
    const rows = tableRows({
      funds: { initial: 10, annual: 10, executed: 8, rate: null, score: null },
      subLines: [
        [10, 10, 8],
        [0, 0, 0],
        [0, 0, 0],
      ],
      indicators: [
        { l1: "产出指标(50分)", l2: "数量指标", name: "受益人数", target: "≥8人", actual: 7, weight: 20, score: null },
        { l2: "质量指标", name: "改善职工伙食质量", target: "明显改善", actual: "达成预期指标", weight: 10, score: 8 },
        { l2: "时效指标", name: "补助发放及时率", target: "≥95%", actual: 100, weight: 10, score: 10 },
        { l2: "成本指标", name: "人均补助标准", target: "＝470元/月", actual: 600, weight: 10, score: 10 },
        { l1: "效益指标(30分)", l2: "社会效益指标", name: "职工获得感", target: "增加", actual: PARTIAL, weight: 30, score: 20 },
        { l1: "满意度指标(10分)", l2: "满意度指标", name: "职工满意度", target: "≥98%", actual: 98, weight: 10, score: 10 },
      ],
      totalScore: null,
    });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("食堂经费");
    rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
    for (const m of tableMerges(6)) ws.mergeCells(m);
    ws.getCell("F11").value = goal;
    await wb.xlsx.writeFile(file);
  }

  it("writes a draft of each kind and keeps the text runs of 实际完成情况", async () => {
    const input = path.join(dir, "kinds.xlsx");
    const goal = { richText: [{ text: "完成率", font: { bold: true } }, { text: "100%，达到了预期目标。" }] };
    await workbook(input, goal);
    const out = path.join(dir, "kinds.checked.xlsx");
    const r = await runFile(input, { check: { profile: getProfile("national")!, drafts: DRAFT_WORDING, writeDrafts: true }, output: out, notes: true });
    const kinds = allFindings(r).flatMap((f) => (f.draft ? [`${f.draft.kind} ${f.draft.cell}`] : []));
    expect(kinds.sort()).toEqual(["band I17", "execution-low F11", "lost-points I14", "not-met I13", "over-achieved I16"]);
    expect(r.drafts).toEqual({ written: 5, skipped: [] });

    const ws = (await load(out)).getWorksheet("食堂经费")!;
    for (const cell of ["I13", "I14", "I16", "I17"]) {
      expect(String(ws.getCell(cell).value)).toMatch(/^该指标年度指标值为.*\n原因分析：【请填写】\n改进措施：【请填写】$/);
      expect(noteText(ws.getCell(cell).note)).toContain("草稿：请补充原因和改进措施");
    }
    expect(String(ws.getCell("I17").value)).toContain(`实际完成情况为“${PARTIAL}”，未完全达成`);
    expect(String(ws.getCell("I14").value)).toContain("得分8.00分（分值10分，扣2.00分）");
    const f11 = ws.getCell("F11").value as { richText: { text: string; font?: { bold?: boolean } }[] };
    expect(f11.richText.slice(0, 2)).toEqual(goal.richText);
    expect(f11.richText.map((x) => x.text).join("")).toMatch(/^完成率100%，达到了预期目标。\n预算执行情况：全年预算数10万元，全年执行数8万元/);
  });

  it("keeps a link on 实际完成情况", async () => {
    const input = path.join(dir, "link.xlsx");
    await workbook(input, { text: "完成率100%，详见附件。", hyperlink: "附件.docx" });
    const out = path.join(dir, "link.checked.xlsx");
    await runFile(input, { check: { profile: getProfile("national")!, drafts: DRAFT_WORDING, writeDrafts: true }, output: out, notes: true });
    const value = (await load(out)).getWorksheet("食堂经费")!.getCell("F11").value as { text: string; hyperlink: string };
    expect(value.hyperlink).toBe("附件.docx");
    expect(value.text).toMatch(/^完成率100%，详见附件。\n预算执行情况：/);
  });

  it("does not append the execution draft to an empty 实际完成情况: it is said why", async () => {
    const input = path.join(dir, "empty-goal.xlsx");
    await workbook(input, null);
    const out = path.join(dir, "empty-goal.checked.xlsx");
    const r = await runFile(input, { check: { profile: getProfile("national")!, drafts: DRAFT_WORDING, writeDrafts: true }, output: out, notes: true });
    expect(r.drafts?.skipped).toEqual([{ sheet: "食堂经费", cell: "F11", reason: "empty-goal" }]);
    expect((await load(out)).getWorksheet("食堂经费")!.getCell("F11").value).toBeNull();
  });
});
