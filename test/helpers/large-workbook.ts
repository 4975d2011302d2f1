/**
 * A workbook past every documented limit of Excel's JavaScript API that an ordinary read would hit
 * (src/excel/host/limits.ts): 200 project sheets (the ten seed-000 tables, renamed), one sheet with 30
 * seed tables stacked (each table brings its merges, so the sheet holds far more than 512 merged
 * areas), and one table with 20,000 rows of pasted bookkeeping under it. Written with exceljs, so the
 * command line and the Office.js stand-in read the very same file.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type Grid, cellAddress, isCellError } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/read";

export const LARGE = { projectSheets: 200, stackedTables: 30, junkRows: 20_000 } as const;

const FIXTURE = path.join(__dirname, "..", "fixtures", "seed000-national.xlsx");

/** Copies a grid (values, merges) to a worksheet at row offset `down` (0-based rows). */
function putGrid(ws: ExcelJS.Worksheet, grid: Grid, down: number, rename?: { from: string; to: string }): number {
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(grid.top + down + r + 1, grid.left + c + 1);
      if (isCellError(v)) cell.value = { error: v.error } as ExcelJS.CellErrorValue;
      else if (rename && v === rename.from) cell.value = rename.to;
      else cell.value = v as ExcelJS.CellValue;
    }),
  );
  for (const m of grid.merges) ws.mergeCells(m.top + down + 1, m.left + 1, m.bottom + down + 1, m.right + 1);
  return grid.top + grid.values.length;
}

/** The project name of a seed table (the cell right of 项目名称 on row 3). */
function nameOf(grid: Grid): string {
  return String(grid.values[2 - grid.top]?.[1 - grid.left] ?? "");
}

/** Writes the large workbook to `file` and returns its layout. */
export async function writeLargeWorkbook(file: string): Promise<{ sheets: number; stackedTables: number; junkRows: number }> {
  const seeds = (await readWorkbookFile(FIXTURE)).filter((g) => g.sheet !== "项目清单");
  const wb = new ExcelJS.Workbook();
  wb.created = new Date("2024-03-01T00:00:00Z");
  for (let i = 0; i < LARGE.projectSheets; i++) {
    const seed = seeds[i % seeds.length];
    const name = `${nameOf(seed)}${i + 1}`;
    putGrid(wb.addWorksheet(`${i + 1}.${name}`.slice(0, 31)), seed, 0, { from: nameOf(seed), to: name });
  }
  const stacked = wb.addWorksheet("堆叠30表");
  let down = 0;
  for (let t = 0; t < LARGE.stackedTables; t++) {
    const seed = seeds[t % seeds.length];
    const bottom = putGrid(stacked, seed, down, { from: nameOf(seed), to: `${nameOf(seed)}（堆叠${t + 1}）` });
    down += bottom + 2;
  }
  const junk = wb.addWorksheet("表下粘贴凭证");
  const under = putGrid(junk, seeds[7], 0, { from: nameOf(seeds[7]), to: `${nameOf(seeds[7])}（附凭证）` });
  for (let r = 0; r < LARGE.junkRows; r++) {
    const row = junk.getRow(under + 3 + r);
    row.values = [`2023-${String((r % 12) + 1).padStart(2, "0")}`, `记-${r + 1}`, "支付办公用品款", "5201", "办公费", (r % 97) * 10.5, null, "已审核", `凭证附件${r % 7}张`, cellAddress(r, 0)];
  }
  await wb.xlsx.writeFile(file);
  return { sheets: wb.worksheets.length, stackedTables: LARGE.stackedTables, junkRows: LARGE.junkRows };
}
