/**
 * 检查并评分 in the pane on a workbook past Excel's documented limits, with the stand-in enforcing
 * them as Excel on the web does (5 MB per request and response, 5,000,000 cells per read, 512 merged
 * areas per call): 200 project sheets, a sheet of 30 stacked tables, a sheet with 20,000 pasted rows.
 * The run completes, finds what `selfeval check` finds in the same file, and writes
 * artifacts/e2e/limits.json with what it asked of Excel.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Browser } from "playwright-core";
import { checkWorkbook } from "../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../src/domain/profiles";
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES, RANGE_CELL_LIMIT } from "../../src/excel/host/limits";
import { readWorkbookFile } from "../../src/xlsx/read";
import { LARGE, writeLargeWorkbook } from "../helpers/large-workbook";
import { ROOT, bookFromXlsx } from "./harness/book";
import { type PanePage, launchChromium, newNetworkLog, openPane } from "./harness/browser";
import { type PaneBuild, buildStandin, preparePane } from "./harness/build";
import { parseRunSummary, runCheck, runSummaryText, waitForPane } from "./harness/pane";
import { type StaticServer, serveStatic } from "./harness/server";

const ARTIFACTS = path.join(ROOT, "artifacts", "e2e");

let pane: PaneBuild;
let standinJs: string;
let server: StaticServer;
let browser: Browser;
let dir: string;
let file: string;
let page: PanePage | undefined;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), "selfeval-e2e-limits-"));
  file = path.join(dir, "large.xlsx");
  await writeLargeWorkbook(file);
  pane = preparePane();
  standinJs = buildStandin();
  server = await serveStatic(pane.dir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
  if (pane?.temporary) rmSync(pane.dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

it("checks and scores a workbook past every documented limit, as selfeval check does", async () => {
  const book = await bookFromXlsx(file, "1.18");
  page = await openPane({ browser, server, standinJs, book, network: newNetworkLog() });
  await waitForPane(page.page);
  const from = (await page.runs()).length;
  await runCheck(page.page);

  const cli = checkWorkbook(await readWorkbookFile(file), { profile: NATIONAL_PROFILE, plan: false });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of [...cli.findings, ...cli.projects.flatMap((p) => p.findings)]) counts[f.severity]++;
  expect(parseRunSummary(await runSummaryText(page.page))).toEqual({ projects: cli.projects.length, ...counts });
  expect(cli.projects).toHaveLength(LARGE.projectSheets + LARGE.stackedTables + 1);

  const runs = (await page.runs()).slice(from);
  expect(runs.filter((r) => r.error)).toEqual([]);
  const limits = runs.flatMap((r) => r.limits ?? []);
  const max = (key: keyof (typeof limits)[number]) => Math.max(0, ...limits.map((l) => l[key]));
  const report = {
    completed: true,
    sheets: book.sheets.length,
    stackedTables: LARGE.stackedTables,
    junkRows: LARGE.junkRows,
    syncs: runs.reduce((n, r) => n + r.syncs, 0),
    maxRequestBytes: max("requestBytes"),
    maxResponseBytes: max("responseBytes"),
    maxMergesPerCall: max("maxMergedAreasPerCall"),
    maxCellsPerRead: max("maxCellsPerRead"),
  };
  writeFileSync(path.join(ARTIFACTS, "limits.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`[e2e] limits: ${JSON.stringify(report)}`);
  expect(report.maxRequestBytes).toBeGreaterThan(0);
  expect(report.maxResponseBytes).toBeGreaterThan(0);
  expect(report.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  // Planned at half the limit: a response near the limit would mean the budget's model is wrong.
  expect(report.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES * 0.7);
  expect(report.maxCellsPerRead).toBeLessThan(RANGE_CELL_LIMIT);
  expect(report.maxMergesPerCall).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
  expect(page.pageErrors).toEqual([]);
}, 600_000);
