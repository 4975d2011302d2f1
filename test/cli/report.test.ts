/**
 * The reviewers' outputs of one run over every fixture: the HTML report rendered in real headless
 * Chromium (Debian's, never a download), with every request routed and recorded; the summary
 * workbook read back with exceljs and compared with the --json report project by project.
 */
import { existsSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { type Browser, chromium, type Page } from "playwright-core";
import { buildNationalWorkbook, run } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "artifacts", "report");
const URL = "http://report.invalid/汇总.html";
/** A sheet name a workbook may legally carry, which would fetch "x" if the report did not escape it. */
const HOSTILE_SHEET = `<img src=x onerror=alert(1)>&"`;

interface JsonProject {
  sheet: string;
  name: string;
  funds: { rate: string | null; rateScore: string | null; annual: string | null };
  total: string | null;
  grade: string | null;
  counts: { error: number; warning: number; info: number };
  findings: { code: string; cell: string | null }[];
}
interface JsonDoc {
  summary: { files: number; projects: number; error: number; warning: number; info: number };
  files: { file: string; projects: JsonProject[]; findings: { code: string }[] }[];
}

let dir: string;
let doc: JsonDoc;
let html: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];
const dialogs: string[] = [];

async function fixtureFiles(): Promise<string[]> {
  const list = async (d: string) => (await fs.readdir(path.join(ROOT, d))).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(ROOT, d, n));
  return [...(await list("test/fixtures")), ...(await list("samples")), ...(await list("test/fixtures/bad"))];
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "selfeval-report-"));
  const hostile = buildNationalWorkbook("<b>项目</b> & “引号”");
  hostile.worksheets[0].name = HOSTILE_SHEET;
  await hostile.xlsx.writeFile(path.join(dir, "hostile.xlsx"));
  await fs.writeFile(path.join(dir, "broken.xlsx"), "not a zip");
  const files = [...(await fixtureFiles()), path.join(dir, "hostile.xlsx"), path.join(dir, "broken.xlsx")];
  const r = await run(["check", "--json", "--report", path.join(dir, "汇总.html"), "--summary", path.join(dir, "汇总.xlsx"), ...files]);
  expect(r.code).toBe(2);
  doc = JSON.parse(r.stdout) as JsonDoc;
  html = await fs.readFile(path.join(dir, "汇总.html"), "utf8");

  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set E2E_CHROMIUM)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
  // Every request is recorded; only the report itself is answered, anything else is refused.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (decodeURI(url) === URL) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    return route.abort();
  });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(URL);
  await fs.mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "report.png") });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

const projectsOf = (d: JsonDoc) => d.files.flatMap((f) => f.projects.map((p) => ({ file: f.file, ...p })));
const visibleRows = () => page.locator("#projects > tbody:not([hidden])");

describe("--report", () => {
  it("is one self-contained zh-CN page that prints on A4 landscape and fetches nothing", () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).toMatch(/@media print/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(requests.map(decodeURI)).toEqual([URL]);
    expect(pageErrors).toEqual([]);
  });

  it("escapes what comes from workbooks", async () => {
    expect(html).not.toContain(HOSTILE_SHEET);
    expect(dialogs).toEqual([]);
    expect(await page.locator("#projects img").count()).toBe(0);
    await expect(page.locator("#projects > tbody", { hasText: HOSTILE_SHEET }).count()).resolves.toBe(1);
    await expect(page.locator("#projects > tbody", { hasText: "<b>项目</b> & “引号”" }).count()).resolves.toBe(1);
  });

  it("shows the totals, the grade distribution, the rate histogram with its threshold, and findings by code", async () => {
    const cards = await page.locator("#totals .card .n").allTextContents();
    const s = doc.summary;
    expect(cards.map(Number)).toEqual([s.files, s.projects, s.error, s.warning, s.info]);
    const projects = projectsOf(doc);
    const excellent = projects.filter((p) => p.grade === "优").length;
    expect(await page.locator("#grades rect.bar").first().locator("title").textContent()).toContain(`${excellent} 个项目`);
    expect(await page.locator("#rates line.marker").count()).toBe(1);
    expect(await page.locator("#rates").textContent()).toContain("门槛 90%");
    const rates = await page.locator("#rates rect.bar title").allTextContents();
    expect(rates.reduce((n, t) => n + Number(/(\d+) 个项目/.exec(t)?.[1]), 0)).toBe(projects.length);
    const codeCounts = new Map<string, number>();
    for (const f of doc.files) for (const x of [...f.findings, ...f.projects.flatMap((p) => p.findings)]) codeCounts.set(x.code, (codeCounts.get(x.code) ?? 0) + 1);
    expect(await page.locator("#codes tbody tr").count()).toBe(codeCounts.size);
    const scoreRow = page.locator('#codes tr[data-code="score-mismatch"] td').nth(4);
    expect(Number(await scoreRow.textContent())).toBe(codeCounts.get("score-mismatch"));
  });

  it("lists every project and every file without one, in input order", async () => {
    const projects = projectsOf(doc);
    const fileRows = doc.files.filter((f) => f.projects.length === 0).length;
    expect(await page.locator("#projects > tbody").count()).toBe(projects.length + fileRows);
    expect(await page.locator("#shown").textContent()).toBe(String(projects.length + fileRows));
    const expected = doc.files.flatMap((f) => (f.projects.length ? f.projects.map((p) => `${p.sheet}|${p.total ?? ""}`) : ["|"]));
    const shown = await page.locator("#projects > tbody").evaluateAll((bs) => bs.map((b) => `${b.getAttribute("data-sheet")}|${b.getAttribute("data-total")}`));
    expect(shown).toEqual(expected);
  });

  it("sorts by a column when its header is clicked, and back the other way", async () => {
    await page.click('#projects th[data-key="total"]');
    const up = (await visibleRows().evaluateAll((bs) => bs.map((b) => b.getAttribute("data-total") ?? ""))).filter((t) => t !== "").map(Number);
    expect(up.length).toBeGreaterThan(10);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(await page.getAttribute('#projects th[data-key="total"]', "aria-sort")).toBe("ascending");
    await page.click('#projects th[data-key="total"]');
    const down = (await visibleRows().evaluateAll((bs) => bs.map((b) => b.getAttribute("data-total") ?? ""))).filter((t) => t !== "").map(Number);
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.click('#projects th[data-key="errors"]');
    const errors = await visibleRows().evaluateAll((bs) => bs.map((b) => Number(b.getAttribute("data-errors"))));
    expect(errors).toEqual([...errors].sort((a, b) => a - b));
  });

  it("filters by grade, by finding code and by unit", async () => {
    const projects = projectsOf(doc);
    await page.selectOption("#f-grade", "优");
    expect(await visibleRows().count()).toBe(projects.filter((p) => p.grade === "优").length);
    await page.selectOption("#f-code", "score-mismatch");
    const both = projects.filter((p) => p.grade === "优" && p.findings.some((f) => f.code === "score-mismatch")).length;
    expect(await visibleRows().count()).toBe(both);
    expect(await page.locator("#shown").textContent()).toBe(String(both));
    await page.selectOption("#f-grade", "");
    const rowsFindings: { code: string }[][] = doc.files.flatMap((f) => (f.projects.length ? f.projects.map((p) => p.findings) : [f.findings]));
    const withCode = rowsFindings.filter((list) => list.some((f) => f.code === "score-mismatch")).length;
    expect(await visibleRows().count()).toBe(withCode);
    await page.selectOption("#f-code", "");
    const unit = (await page.locator("#f-unit option").nth(1).getAttribute("value")) as string;
    await page.selectOption("#f-unit", unit);
    const n = await visibleRows().count();
    expect(n).toBeGreaterThan(0);
    expect(await visibleRows().evaluateAll((bs, u) => bs.every((b) => b.getAttribute("data-unit") === u), unit)).toBe(true);
    await page.selectOption("#f-unit", "");
    expect(await visibleRows().count()).toBe(await page.locator("#projects > tbody").count());
  });

  it("opens a row to its findings with cell addresses", async () => {
    await page.click('#projects th[data-key="errors"]'); // descending: most errors first
    const row = visibleRows().first();
    const detail = row.locator("tr.detail");
    expect(await detail.isHidden()).toBe(true);
    await row.locator("tr.main").click();
    expect(await detail.isVisible()).toBe(true);
    const cells = await detail.locator("td:nth-child(3) code").allTextContents();
    expect(cells.length).toBe(Number(await row.getAttribute("data-errors")) + Number(await row.getAttribute("data-warnings")) + (await detail.locator(".sev.info").count()));
    expect(cells.some((c) => /!\$?[A-Z]+\$?\d+$/.test(c))).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "report-table.png") });
  });

  it("prints on A4 landscape: every column of the project table fits the page width, text stays legible", async () => {
    // A4 landscape less the 10 mm margins of @page: 277 mm wide, at CSS's 96 px per inch.
    const printWidth = Math.floor((277 / 25.4) * 96);
    const printPage = await page.context().newPage();
    await printPage.goto(URL);
    await printPage.emulateMedia({ media: "print" });
    await printPage.setViewportSize({ width: printWidth, height: 1200 });
    const fit = await printPage.evaluate(() => {
      const table = document.querySelector("#projects") as HTMLElement;
      const cell = table.querySelector("td") as HTMLElement;
      return {
        tableWidth: table.getBoundingClientRect().width,
        bodyScroll: document.documentElement.scrollWidth,
        fontPx: parseFloat(getComputedStyle(cell).fontSize),
        filtersShown: getComputedStyle(document.querySelector(".filters") as HTMLElement).display !== "none",
      };
    });
    expect(fit.tableWidth).toBeLessThanOrEqual(printWidth);
    expect(fit.bodyScroll).toBeLessThanOrEqual(printWidth);
    // 8pt (10.67 px) at the least: readable on paper.
    expect(fit.fontPx).toBeGreaterThanOrEqual(10.6);
    expect(fit.filtersShown).toBe(false);
    await printPage.screenshot({ path: path.join(ARTIFACTS, "report-print-a4.png") });

    // Chromium's own print: A4 landscape from the page's @page rule, a page count that grows with the rows, not one page per row.
    const pdf = await printPage.pdf({ preferCSSPageSize: true, printBackground: true });
    await fs.writeFile(path.join(ARTIFACTS, "report.pdf"), pdf);
    const text = pdf.toString("latin1");
    const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const pages = sizes.length;
    expect(pages).toBeGreaterThanOrEqual(1);
    // 841.89 × 595.28 points is A4 landscape.
    for (const [w, h] of sizes) {
      expect(Math.abs(w - 841.89)).toBeLessThan(2);
      expect(Math.abs(h - 595.28)).toBeLessThan(2);
    }
    const rows = projectsOf(doc).length;
    expect(pages).toBeLessThanOrEqual(Math.ceil(rows / 10) + 3);
    await printPage.close();
  });
});

describe("--summary", () => {
  it("holds one row per project with real numbers, formats, a frozen header, a filter and links", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "汇总.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((row, n) => n > 1 && rows.push(row));
    const projects = projectsOf(doc);
    const projectRows = rows.filter((r) => r.getCell(col("工作表")).value !== null);
    expect(projectRows).toHaveLength(projects.length);
    expect(rows.length - projectRows.length).toBe(doc.files.filter((f) => f.projects.length === 0).length);
    projects.forEach((p, i) => {
      const r = projectRows[i];
      expect(r.getCell(col("文件")).value).toBe(p.file);
      expect(r.getCell(col("工作表")).value).toBe(p.sheet);
      expect(r.getCell(col("项目名称")).value).toBe(p.name || null);
      expect(r.getCell(col("执行率")).value).toBe(p.funds.rate === null ? null : Number(p.funds.rate));
      expect(r.getCell(col("执行得分")).value).toBe(p.funds.rateScore === null ? null : Number(p.funds.rateScore));
      expect(r.getCell(col("总分")).value).toBe(p.total === null ? null : Number(p.total));
      expect(r.getCell(col("等级")).value).toBe(p.grade);
      expect(r.getCell(col("错误")).value).toBe(p.counts.error);
      expect(r.getCell(col("警告")).value).toBe(p.counts.warning);
      const link = r.getCell(col("打开文件")).value as { hyperlink: string };
      expect(path.resolve(dir, link.hyperlink)).toBe(path.resolve(p.file));
    });
    const sample = projectRows.find((r) => typeof r.getCell(col("执行率")).value === "number") as ExcelJS.Row;
    expect(sample.getCell(col("执行率")).numFmt).toBe("0.00%");
    expect(sample.getCell(col("总分")).numFmt).toBe("0.00");
    expect(sample.getCell(col("执行得分")).numFmt).toBe("0.00");
    expect(projectRows.some((r) => typeof r.getCell(col("实施单位")).value === "string")).toBe(true);
  });
});
