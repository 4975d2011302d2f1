/** The add-in's own 项目清单 sheet: built from a report, written by applyPlan, replaced only when ours. */
import * as path from "path";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/domain/engine";
import { NATIONAL_PROFILE } from "../../../src/domain/profiles";
import { buildProjectListSheet, isProjectListSheet, projectListSheetName } from "../../../src/domain/project-list";
import { PROJECT_LIST_TEXT } from "../../../src/domain/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { gridsFromWorkbook, loadWorkbookFile } from "../../../src/xlsx/read";

const NATIONAL = path.join(__dirname, "../../fixtures/seed000-national.xlsx");
const OFFSET = path.join(__dirname, "../../fixtures/seed000-offset-stacked.xlsx");

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  return out;
}

describe("list sheet name", () => {
  const M = PROJECT_LIST_TEXT.marker;
  test.each([
    [[{ name: "项目清单", a1: "序号" }], "项目清单（自动）"],
    [[{ name: "项目清单（自动）", a1: "我自己的表" }], "项目清单（绩效自评助手）"],
    [[{ name: "项目清单（自动）", a1: "x" }, { name: "项目清单（绩效自评助手）", a1: "y" }], "项目清单（绩效自评助手）(2)"],
    [[{ name: "项目清单（自动）", a1: M }], "项目清单（自动）"],
    [[{ name: "项目清单（自动）", a1: "x" }, { name: "改过名的清单", a1: M }], "改过名的清单"],
  ])("%j → %s", (sheets, expected) => {
    expect(projectListSheetName(sheets)).toBe(expected);
  });
});

describe("buildProjectListSheet", () => {
  test("one row per project, links to each table, totals", async () => {
    const wb = await loadWorkbookFile(OFFSET);
    const grids = gridsFromWorkbook(wb);
    const report = checkWorkbook(grids, { profile: NATIONAL_PROFILE, projectList: true });
    expect(report.plan.sheets).toHaveLength(1);
    const spec = report.plan.sheets![0];
    expect(spec).toEqual(buildProjectListSheet(report.projects, grids.map((g) => ({ name: g.sheet, a1: "" }))));
    expect(spec.name).toBe("项目清单（自动）");
    const at = (a: string) => spec.cells.find((c) => c.address === a);
    expect(at("A1")?.value).toBe(PROJECT_LIST_TEXT.marker);
    expect(PROJECT_LIST_TEXT.headers.map((_, i) => spec.cells.find((c) => c.address === `${"ABCDEFGHIJ"[i]}2`)?.value)).toEqual([...PROJECT_LIST_TEXT.headers]);
    const n = report.projects.length;
    expect(n).toBe(10);
    report.projects.forEach((p, i) => {
      const row = 3 + i;
      expect(at(`A${row}`)?.value).toBe(i + 1);
      expect(at(`B${row}`)?.value).toBe(p.name);
      expect(at(`C${row}`)).toMatchObject({ value: p.sheet, link: { sheet: p.sheet, cell: p.range.split(":")[0] } });
      expect(at(`D${row}`)?.value).toBe(Number(p.funds.annual));
      expect(at(`E${row}`)?.value).toBe(Number(p.funds.executed));
      expect(at(`F${row}`)).toMatchObject({ value: new Decimal(p.funds.rate!).toDecimalPlaces(4).toNumber(), numFmt: "0.00%" });
      expect(at(`G${row}`)?.value).toBe(Number(p.total));
      expect(at(`H${row}`)?.value).toBe(p.grade);
      expect(at(`I${row}`)?.value).toBe(p.counts.error);
      expect(at(`J${row}`)?.value).toBe(p.counts.warning);
    });
    // Table 1 of the offset sheet starts at C5.
    expect(at("C3")?.link).toEqual({ sheet: "偏移C5", cell: "C5" });
    const total = 3 + n;
    const budget = report.projects.reduce((s, p) => s.plus(p.funds.annual!), new Decimal(0));
    const executed = report.projects.reduce((s, p) => s.plus(p.funds.executed!), new Decimal(0));
    expect(at(`A${total}`)?.value).toBe("合计");
    expect(at(`B${total}`)?.value).toBe("共 10 个项目");
    expect(at(`D${total}`)?.value).toBe(budget.toNumber());
    expect(at(`E${total}`)?.value).toBe(executed.toNumber());
    expect(at(`F${total}`)?.value).toBe(executed.div(budget).toDecimalPlaces(4).toNumber());
    expect(at(`I${total}`)?.value).toBe(report.projects.reduce((s, p) => s + p.counts.error, 0));
    expect(at(`J${total}`)?.value).toBe(report.projects.reduce((s, p) => s + p.counts.warning, 0));
    expect(spec.borders).toEqual([`A2:J${total}`]);
  });

  test("not planned unless asked for", async () => {
    const grids = gridsFromWorkbook(await loadWorkbookFile(NATIONAL));
    expect(checkWorkbook(grids, { profile: NATIONAL_PROFILE }).plan.sheets).toBeUndefined();
  });
});

describe("applyPlan writes the list sheet", () => {
  test("last tab, hyperlink formulas, read back; a second run replaces it and does not check it", async () => {
    const wb = await loadWorkbookFile(NATIONAL);
    const names = wb.worksheets.map((w) => w.name);
    const report = checkWorkbook(gridsFromWorkbook(wb), { profile: NATIONAL_PROFILE, projectList: true });
    const applied = applyPlan(wb, report.plan);
    expect(applied.sheets).toEqual({ written: ["项目清单（自动）"], skipped: [] });
    const once = await reload(wb);
    expect(once.worksheets.map((w) => w.name)).toEqual([...names, "项目清单（自动）"]);
    const ws = once.getWorksheet("项目清单（自动）")!;
    expect(ws.getCell("A1").value).toBe(PROJECT_LIST_TEXT.marker);
    expect(ws.getCell("J1").master.address).toBe("A1");
    expect(ws.getCell("C3").value).toEqual({ formula: `HYPERLINK("#'${names[1]}'!A1","${names[1]}")`, result: names[1] });
    expect(ws.getCell("F3").numFmt).toBe("0.00%");
    expect(ws.getCell("A13").value).toBe("合计");

    const grids = gridsFromWorkbook(once);
    expect(isProjectListSheet(grids.at(-1)!)).toBe(true);
    const again = checkWorkbook(grids, { profile: NATIONAL_PROFILE, projectList: true });
    expect(again.findings.filter((f) => f.sheet === "项目清单（自动）")).toEqual([]);
    expect(again.plan.sheets![0].name).toBe("项目清单（自动）");
    applyPlan(once, again.plan);
    const twice = await reload(once);
    expect(twice.worksheets.map((w) => w.name)).toEqual([...names, "项目清单（自动）"]);
  });

  test("a user's sheet with the list's name is never touched", async () => {
    const wb = await loadWorkbookFile(NATIONAL);
    const own = wb.addWorksheet("项目清单（自动）");
    own.getCell("A1").value = "我自己做的清单";
    own.getCell("B2").value = 42;
    const report = checkWorkbook(gridsFromWorkbook(wb), { profile: NATIONAL_PROFILE, projectList: true });
    expect(report.plan.sheets![0].name).toBe("项目清单（绩效自评助手）");
    // Even a plan that names the user's sheet leaves it alone.
    const forced = applyPlan(wb, { writes: [], highlights: [], notes: [], sheets: [{ ...report.plan.sheets![0], name: "项目清单（自动）" }] });
    expect(forced.sheets).toEqual({ written: [], skipped: ["项目清单（自动）"] });
    applyPlan(wb, report.plan);
    const out = await reload(wb);
    expect(out.getWorksheet("项目清单（自动）")!.getCell("A1").value).toBe("我自己做的清单");
    expect(out.getWorksheet("项目清单（自动）")!.getCell("B2").value).toBe(42);
    expect(out.getWorksheet("项目清单（绩效自评助手）")!.getCell("A1").value).toBe(PROJECT_LIST_TEXT.marker);
  });
});
