/** Excel round trips of one check-and-score through the fake Excel host, for 1, 10 and 50 sheets. */
import { checkAndScore } from "../src/excel/check/run";
import { NATIONAL_PROFILE } from "../src/domain/profiles";
import { readWorkbookFile } from "../src/xlsx/read";
import { CAPS, specFromGrid } from "../test/office-standin/book";
import { FakeBook } from "../test/office-standin/fake-excel";
import { fakeExcelRun } from "../test/office-standin/fake-excel";

export async function measureSyncs(file: string, sizes: number[], api = "1.18"): Promise<Record<string, number>> {
  const grids = await readWorkbookFile(file);
  const out: Record<string, number> = {};
  for (const n of sizes) {
    const specs = grids.slice(0, n).map((g) => specFromGrid(g));
    const book = new FakeBook(specs);
    const outcome = await checkAndScore({ profile: NATIONAL_PROFILE, caps: CAPS[api], excelRun: fakeExcelRun(book, api).run });
    if (!outcome.ok) throw new Error(outcome.message);
    out[String(n)] = outcome.syncs;
  }
  return out;
}
