/** Generated benchmark workbooks: N project sheets cycling through the ten seed-000 tables. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { CANONICAL_STYLE, setNationalWidths, writeNationalTable } from "../scripts/fixtures/layouts";
import { seed000Tables } from "../scripts/fixtures/seed000";

export const BENCH_DIR = path.join(os.tmpdir(), "selfeval-bench");

/** Writes (once) and returns the path of a workbook with `sheets` project sheets. */
export async function benchWorkbook(sheets: number): Promise<string> {
  const file = path.join(BENCH_DIR, `projects-v2-${sheets}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < sheets; i++) {
    const table = seed000Tables[i % seed000Tables.length];
    const ws = wb.addWorksheet(`${i + 1}.${table.name}`.slice(0, 31));
    setNationalWidths(ws, 1);
    // As an accountant's sheet is before checking: 执行率, 执行得分 and 总分 left to the add-in.
    const cells = writeNationalTable(ws, table, { row: 1, col: 1 }, CANONICAL_STYLE);
    ws.getCell(cells.fundRows.total, cells.fundCols.rate).value = null;
    ws.getCell(cells.fundRows.total, cells.fundCols.score).value = null;
    ws.getCell(cells.totalScore.row, cells.totalScore.col).value = null;
  }
  await wb.xlsx.writeFile(file);
  return file;
}
