import { defaultProjectYear, parseAmount, parseProjectYear, validateProjectForm, type ProjectFormInput } from "../../../src/domain/template/project-form";
import type { NewProject } from "../../../src/excel/projects/project-types";

/** A day in May 2025: the form's default 年度 is then 2024, and 2026 is the latest accepted. */
const NOW = new Date(2025, 4, 20);
const SHEETS = ["项目清单", "模板", "食堂经费"];
const FILLED: ProjectFormInput = { name: "物业管理费", dept: " 某县医疗保障局 ", unit: "某县医疗保障事务中心", year: "2024", initial: "25.14", annual: "23.82" };

describe("validateProjectForm", () => {
  it("turns a filled form into the new project's values (trimmed, amounts as numbers)", () => {
    const check = validateProjectForm(FILLED, SHEETS, NOW);
    expect(check).toEqual({ ok: true, project: { name: "物业管理费", dept: "某县医疗保障局", unit: "某县医疗保障事务中心", year: 2024, initial: 25.14, annual: 23.82 } });
    // The domain's shape is the adapter's NewProject (structurally, without importing src/excel).
    if (check.ok) {
      const project: NewProject = check.project;
      expect(project.name).toBe("物业管理费");
    }
  });

  it("lets 主管部门, 实施单位 and both amounts be left blank", () => {
    expect(validateProjectForm({ ...FILLED, dept: "", unit: "  ", initial: "", annual: " " }, SHEETS, NOW)).toEqual({
      ok: true,
      project: { name: "物业管理费", dept: "", unit: "", year: 2024, initial: null, annual: null },
    });
  });

  it("accepts 全年预算数 below 年初预算数 (budgets get cut) and 全年 without 年初", () => {
    expect(validateProjectForm({ ...FILLED, initial: "100", annual: "80" }, SHEETS, NOW).ok).toBe(true);
    expect(validateProjectForm({ ...FILLED, initial: "", annual: "80" }, SHEETS, NOW)).toMatchObject({ ok: true, project: { initial: null, annual: 80 } });
  });

  it("reports each bad field with its own Chinese message, all at once", () => {
    const check = validateProjectForm({ name: "城乡/医疗", dept: "", unit: "", year: "24", initial: "-5", annual: "1.1234567" }, SHEETS, NOW);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(Object.keys(check.errors).sort()).toEqual(["annual", "initial", "name", "year"]);
    expect(check.errors.name).toMatch(/不能包含/);
    expect(check.errors.year).toMatch(/4 位数字/);
    expect(check.errors.initial).toMatch(/负数/);
    expect(check.errors.annual).toMatch(/最多 6 位.*7 位/);
    expect(check.suggestion).toBeUndefined();
  });

  it.each([
    ["", /不能为空/],
    ["a".repeat(32), /最多 31 个字符/],
    ["经费[2024]", /不能包含/],
    ["时间:全年", /不能包含/],
    ["是否?", /不能包含/],
  ])("rejects the name %j", (name, message) => {
    const check = validateProjectForm({ ...FILLED, name }, SHEETS, NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.name).toMatch(message);
  });

  it("rejects a name already taken (as Excel compares, ignoring case) and offers a free one", () => {
    expect(validateProjectForm({ ...FILLED, name: "食堂经费" }, SHEETS, NOW)).toMatchObject({ ok: false, suggestion: "食堂经费(2)", errors: { name: expect.stringMatching(/已有名为“食堂经费”/) } });
    expect(validateProjectForm({ ...FILLED, name: "食堂经费" }, [...SHEETS, "食堂经费(2)"], NOW)).toMatchObject({ ok: false, suggestion: "食堂经费(3)" });
    expect(validateProjectForm({ ...FILLED, name: "sheet1" }, ["Sheet1"], NOW)).toMatchObject({ ok: false, suggestion: "sheet1(2)" });
  });
});

describe("parseProjectYear", () => {
  it.each([
    ["2024", 2024],
    [" ２０２４ ", 2024],
    ["2024年", 2024],
    ["2024年度", 2024],
    ["2000", 2000],
    ["2026", 2026],
  ])("reads %j as %d", (text, year) => {
    expect(parseProjectYear(text, NOW)).toEqual({ ok: true, value: year });
  });

  it.each([
    ["", /请填写年度/],
    ["24", /4 位数字/],
    ["二〇二四", /4 位数字/],
    ["2024.5", /4 位数字/],
    ["1999", /2000 年至 2026 年/],
    ["2027", /2000 年至 2026 年/],
  ])("rejects %j", (text, message) => {
    const check = parseProjectYear(text, NOW);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(message);
  });
});

describe("parseAmount (万元)", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["0", 0],
    ["25.14", 25.14],
    ["1,200.5", 1200.5],
    ["1,234,567.123456", 1234567.123456],
    ["１２．５", 12.5],
    ["１，２００", 1200],
    ["12。5", 12.5],
    ["25.14万元", 25.14],
    ["25万", 25],
    [".5", 0.5],
    ["7.", 7],
    ["1.5000000", 1.5],
  ])("reads %j as %p", (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["-5", /负数/],
    ["－5", /负数/],
    ["-0", /负数/],
    ["1.1234567", /最多 6 位.*7 位/],
    ["0.0000001", /最多 6 位/],
    ["1,2345", /千分位逗号/],
    ["12,34.5", /千分位逗号/],
    ["abc", /请填写数字/],
    ["1e5", /请填写数字/],
    ["25.14元", /请填写数字/],
    ["1.2.3", /请填写数字/],
    ["+5", /请填写数字/],
    ["123456789012345678", /位数过多/],
  ])("rejects %j", (text, message) => {
    const check = parseAmount(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(message);
  });

  it("gives exactly the decimal typed (no binary drift on 6 decimals)", () => {
    for (const text of ["0.1", "0.000001", "99999999.999999", "123.456789"]) {
      const check = parseAmount(text);
      expect(check.ok && String(check.value)).toBe(text);
    }
  });
});

describe("defaultProjectYear", () => {
  it("is last year from January to June, this year from July", () => {
    expect(defaultProjectYear(new Date(2025, 0, 1))).toBe(2024);
    expect(defaultProjectYear(new Date(2025, 5, 30))).toBe(2024);
    expect(defaultProjectYear(new Date(2025, 6, 1))).toBe(2025);
    expect(defaultProjectYear(new Date(2025, 11, 31))).toBe(2025);
  });
});
