import { uniqueSheetName, validateProjectName } from "../../../src/domain/template/sheet-name";

describe("validateProjectName", () => {
  const existing = ["项目清单", "食堂经费", "Sheet1"];

  test.each([
    ["食堂经费2024", "食堂经费2024"],
    ["  物业管理费  ", "物业管理费"],
    ["a".repeat(31), "a".repeat(31)],
    ["离休干部、伤残军人医疗费补助", "离休干部、伤残军人医疗费补助"],
    ["it's fine", "it's fine"],
  ])("accepts %j", (name, expected) => {
    expect(validateProjectName(name, existing)).toEqual({ ok: true, name: expected });
  });

  test.each([
    ["", /不能为空/],
    ["   ", /不能为空/],
    ["a".repeat(32), /最多 31 个字符，现在有 32 个/],
    ["城乡/医疗救助", /不能包含.*\//],
    ["经费\\明细", /不能包含/],
    ["是否?", /不能包含/],
    ["食堂*", /不能包含/],
    ["[2024]食堂", /不能包含.*\[.*\]/],
    ["时间:全年", /不能包含/],
    ["'食堂经费", /单引号/],
    ["食堂经费'", /单引号/],
    ["History", /保留/],
    ["history", /保留/],
  ])("rejects %j", (name, message) => {
    const r = validateProjectName(name, existing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  test.each([
    ["食堂经费", "食堂经费(2)"],
    ["sheet1", "sheet1(2)"],
  ])("rejects the duplicate %j and offers %j", (name, suggestion) => {
    const r = validateProjectName(name, existing);
    expect(r).toEqual({ ok: false, error: expect.stringContaining(suggestion), suggestion });
  });

  test("the suggestion skips names already taken and stays within 31 characters", () => {
    expect(validateProjectName("食堂经费", [...existing, "食堂经费(2)"])).toMatchObject({ suggestion: "食堂经费(3)" });
    const long = "某".repeat(31);
    const r = validateProjectName(long, [long]);
    expect(r).toMatchObject({ ok: false, suggestion: "某".repeat(28) + "(2)" });
  });
});

describe("uniqueSheetName", () => {
  test.each([
    ["2024_城乡医疗救助", [], "2024_城乡医疗救助"],
    ["城乡/医疗:救助", [], "城乡_医疗_救助"],
    ["'引号'", [], "引号"],
    ["", [], "Sheet"],
    ["食堂经费", ["食堂经费"], "食堂经费(2)"],
    ["食堂经费", ["食堂经费", "食堂经费(2)"], "食堂经费(3)"],
    ["x".repeat(40), [], "x".repeat(31)],
  ])("%j among %j → %j", (wanted, taken, expected) => {
    const name = uniqueSheetName(wanted, taken);
    expect(name).toBe(expected);
    expect(validateProjectName(name, taken).ok).toBe(true);
  });
});
