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
import { readWorkbookFile } from "../../src/xlsx/read";
import { run, sha256 } from "./helpers";

const FIXTURES = path.join(__dirname, "../fixtures");
const SAMPLE = path.join(__dirname, "../../samples/2023年度项目支出绩效自评表-样例.xlsx");

async function fixtureFiles(): Promise<string[]> {
  const names = (await fs.readdir(FIXTURES)).filter((n) => n.endsWith(".xlsx"));
  return [...names.map((n) => path.join(FIXTURES, n)), SAMPLE];
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
    expect(files.length).toBeGreaterThanOrEqual(8);
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
      }
      totalChanged += changed.length;
      expect({ file: path.basename(file), changed: changed.sort() }).toEqual({ file: path.basename(file), changed: planned.sort() });
    }
    // The sample and the peer-mistakes fixture do get results written: the comparison is not vacuous.
    expect(totalChanged).toBeGreaterThanOrEqual(30);
  });
});

