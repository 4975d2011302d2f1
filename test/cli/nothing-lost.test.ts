/**
 * The promise "never lose what the user typed", over every fixture workbook: the checked copy
 * (--write) differs from the input only in the plan's result cells (values), and in fills and
 * notes; every other cell keeps its value, formula and number format, and the input file's
 * bytes are unchanged.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/domain/engine";
import { getProfile } from "../../src/domain/profiles";
import { NOTE_MARKER } from "../../src/domain/plan/notes";
import { noteText } from "../../src/xlsx/notes";
import { readWorkbookFile } from "../../src/xlsx/read";
import { run, sha256 } from "./helpers";
import { PROJECT_LIST_TEXT } from "../../src/domain/template/text";

/** The sheet `check --write` adds (项目清单（自动）): new cells only, never a change to the user's. */
const LIST_SHEET = PROJECT_LIST_TEXT.sheetName;

const FIXTURES = path.join(__dirname, "../fixtures");
const BAD_FIXTURES = path.join(FIXTURES, "bad");
const SAMPLE = path.join(__dirname, "../../samples/2023年度项目支出绩效自评表-样例.xlsx");

async function xlsxIn(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(dir, n));
}

/** Every fixture workbook, the damaged ones of test/fixtures/bad/ included, and the sample. */
async function fixtureFiles(): Promise<string[]> {
  return [...(await xlsxIn(FIXTURES)), ...(await xlsxIn(BAD_FIXTURES)), SAMPLE];
}

/** Cell values (JSON), formulas and note texts of every sheet, by "sheet!A1". */
function snapshotOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.stringify({ value: cell.value, formula: cell.formula ?? null, note: noteText(cell.note) }));
      }),
    ),
  );
  return out;
}

function cellsOf(wb: ExcelJS.Workbook): Map<string, { value: unknown; formula?: string; numFmt?: string }> {
  const out = new Map<string, { value: unknown; formula?: string; numFmt?: string }>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, { value: JSON.stringify(cell.value), formula: cell.formula, numFmt: cell.numFmt });
      }),
    ),
  );
  return out;
}

describe("checked copies keep everything but the result cells", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-lost-"));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("holds for every fixture and the sample", async () => {
    const files = await fixtureFiles();
    expect(files.length).toBeGreaterThanOrEqual(28);
    let totalChanged = 0;
    for (const file of files) {
      const before = await sha256(file);
      const out = path.join(tmp, path.basename(file, ".xlsx"));
      const profile = file.includes("sichuan") ? "sichuan" : "national";
      const result = await run(["check", "--json", "--write", "--out", out, "--profile", profile, file]);
      expect(result.code).not.toBe(2);
      expect(await sha256(file)).toBe(before);
      // The cells the engine plans to write, computed independently of the CLI.
      const plan = checkWorkbook(await readWorkbookFile(file), { profile: getProfile(profile)! }).plan;
      const planned = plan.writes.map((w) => `${w.sheet}!${w.cell}`);
      const input = new ExcelJS.Workbook();
      await input.xlsx.readFile(file);
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(path.join(out, path.basename(file)));
      const a = cellsOf(input);
      const b = cellsOf(copy);
      const changed: string[] = [];
      for (const [key, cell] of a) {
        const other = b.get(key);
        if (!other || other.value !== cell.value || other.formula !== cell.formula) changed.push(key);
        // A cell holding the user's formula is never planned for writing, so it can never change.
        if (cell.formula !== undefined) expect({ key, planned: planned.includes(key) }).toEqual({ key, planned: false });
      }
      totalChanged += changed.length;
      expect({ file: path.basename(file), changed: changed.sort() }).toEqual({ file: path.basename(file), changed: planned.sort() });
    }
    // The sample and the peer-mistakes fixture do get results written: the comparison is not vacuous.
    expect(totalChanged).toBeGreaterThanOrEqual(30);
  }, 240_000);

  it("a second check of a checked copy changes nothing further and stacks no notes", async () => {
    const files = await fixtureFiles();
    let notes = 0;
    for (const file of files) {
      const profile = file.includes("sichuan") ? "sichuan" : "national";
      const name = path.basename(file);
      const first = path.join(tmp, "first", path.basename(file, ".xlsx"));
      const second = path.join(tmp, "second", path.basename(file, ".xlsx"));
      expect((await run(["check", "--json", "--write", "--out", first, "--profile", profile, file])).code).not.toBe(2);
      expect((await run(["check", "--json", "--write", "--out", second, "--profile", profile, path.join(first, name)])).code).not.toBe(2);
      const a = new ExcelJS.Workbook();
      await a.xlsx.readFile(path.join(first, name));
      const b = new ExcelJS.Workbook();
      await b.xlsx.readFile(path.join(second, name));
      const sa = snapshotOf(a);
      const sb = snapshotOf(b);
      // The add-in's own list sheet is rewritten whole on each run: its counts follow the copy being checked.
      const differ = [...new Set([...sa.keys(), ...sb.keys()])].filter((k) => !k.startsWith(`${LIST_SHEET}!`) && sa.get(k) !== sb.get(k));
      expect({ file: name, differ }).toEqual({ file: name, differ: [] });
      for (const v of sb.values()) {
        const note = (JSON.parse(v) as { note: string }).note;
        if (note === "") continue;
        notes++;
        // One marked note per cell, never two stacked.
        expect(note.split(NOTE_MARKER).length).toBeLessThanOrEqual(2);
      }
    }
    // The copies do carry notes: the comparison is not vacuous.
    expect(notes).toBeGreaterThanOrEqual(50);
  }, 240_000);
});

