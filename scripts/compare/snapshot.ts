/**
 * Writes everything the product produces for every fixture, bad-input file and sample into one
 * folder, for byte comparisons before and after a restructuring:
 *   FILE.report.json   the engine's report with its plan (checkWorkbook, plan on, notes on)
 *   FILE.cli.txt       `selfeval check` text output, and FILE.cli.json its JSON output
 *   FILE.xlsx.d/       the parts of the checked copy `selfeval check --write` saves (zip timestamps aside)
 *   FILE.excel.json    the Office.js stand-in's workbook after 检查并评分, then after 撤销本次检查
 * Usage: npx tsx scripts/compare/snapshot.ts OUT_DIR   (then: diff -r OUT_A OUT_B)
 */
import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/domain/engine";
import { NATIONAL_PROFILE, SICHUAN_PROFILE } from "../../src/domain/profiles";
import { readWorkbookFile } from "../../src/xlsx/read";
import { checkAndScore, undoLastCheck } from "../../src/excel/check/run";
import { capabilitiesFor } from "../../src/excel/host/capabilities";
import { FakeBook, fakeExcelRun } from "../../test/office-standin/fake-excel";
import { specFromGrid } from "../../test/office-standin/book";

const ROOT = path.join(__dirname, "..", "..");

async function listXlsx(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== "checked") out.push(...(await listXlsx(p)));
    else if (e.isFile() && e.name.endsWith(".xlsx") && !e.name.endsWith(".checked.xlsx")) out.push(p);
  }
  return out.sort();
}

async function capture(fn: () => Promise<number>): Promise<string> {
  const chunks: string[] = [];
  const orig = process.stdout.write.bind(process.stdout);
  (process.stdout as unknown as { write: unknown }).write = (s: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof s === "string" ? s : Buffer.from(s).toString("utf8"));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  };
  try {
    const code = await fn();
    return chunks.join("") + `\n[exit ${code}]\n`;
  } finally {
    (process.stdout as unknown as { write: unknown }).write = orig;
  }
}

async function run(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? "/tmp/snapshot");
  await fs.rm(out, { recursive: true, force: true });
  await fs.mkdir(out, { recursive: true });
  const files = [...(await listXlsx(path.join(ROOT, "test", "fixtures"))), ...(await listXlsx(path.join(ROOT, "samples")))];
  const tmp = path.join(out, ".tmp");
  for (const file of files) {
    const rel = path.relative(ROOT, file);
    const base = path.join(out, rel.replace(/[\\/]/g, "__"));
    const profile = /sichuan/.test(rel) ? SICHUAN_PROFILE : NATIONAL_PROFILE;
    let grids;
    try {
      grids = await readWorkbookFile(file);
    } catch (err) {
      await fs.writeFile(`${base}.report.json`, `unreadable: ${String(err)}\n`);
      grids = null;
    }
    if (grids) {
      const report = checkWorkbook(grids, { profile, plan: true, addNotes: true, projectList: true });
      await fs.writeFile(`${base}.report.json`, JSON.stringify(report, null, 1));
      // The Excel adapter over the stand-in: check, then undo.
      const book = new FakeBook(grids.map((g) => specFromGrid(g)), { host: "desktop" });
      const excel = fakeExcelRun(book, "1.18");
      const outcome = await checkAndScore({ profile, addNotes: true, projectList: true, caps: capabilitiesFor("1.18"), excelRun: excel.run, sleep: async () => undefined });
      const afterCheck = book.dump();
      const undone = await undoLastCheck({ caps: capabilitiesFor("1.18"), excelRun: fakeExcelRun(book, "1.18").run });
      await fs.writeFile(
        `${base}.excel.json`,
        JSON.stringify({ outcome: outcome.ok ? { counts: outcome.counts, apply: outcome.apply } : outcome, afterCheck, undone, afterUndo: book.dump() }, null, 1),
      );
    }
    const flag = profile === SICHUAN_PROFILE ? ["--profile", "sichuan"] : [];
    await fs.writeFile(`${base}.cli.txt`, await capture(() => main(["check", ...flag, file])));
    await fs.writeFile(`${base}.cli.json`, await capture(() => main(["check", "--json", ...flag, file])));
    await fs.rm(tmp, { recursive: true, force: true });
    await capture(() => main(["check", "--write", "--out", tmp, ...flag, file]));
    const written = path.join(tmp, path.basename(file));
    try {
      const zip = await JSZip.loadAsync(await fs.readFile(written));
      const dir = `${base}.xlsx.d`;
      for (const name of Object.keys(zip.files).sort()) {
        const entry = zip.files[name];
        if (entry.dir) continue;
        let text = await entry.async("string");
        if (name === "docProps/core.xml") text = text.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, "");
        await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await fs.writeFile(path.join(dir, name), text);
      }
    } catch {
      // No copy written (unreadable input): the CLI output says why.
    }
  }
  await fs.rm(tmp, { recursive: true, force: true });
  process.stdout.write(`snapshot: ${files.length} files → ${out}\n`);
}

run().catch((err) => {
  process.stderr.write(String(err?.stack ?? err) + "\n");
  process.exit(1);
});
