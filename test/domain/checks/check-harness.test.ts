/** The harness's own assertions fail when they should: a test that cannot fail is a defect. */
import type { MessageIdOf } from "../../../src/domain/checks";
import { assertInvalidCase, assertInvalidWorkbookCase, assertValidCase, assertValidWorkbookCase } from "../../helpers/check-harness";
import { gridOf, tableGrid, tableRows } from "../../helpers/grids";

const OVER = tableGrid({ funds: { score: 12 }, totalScore: 102 });

describe("describeCheck's assertions", () => {
  it("pass on the right messageId", () => {
    expect(() => assertInvalidCase("score-out-of-range", { name: "", grid: OVER, findings: [{ messageId: "execution", cell: "I6" }] })).not.toThrow();
  });

  it("fail on another messageId of the same check, at the right cell", () => {
    expect(() => assertInvalidCase("score-out-of-range", { name: "", grid: OVER, findings: [{ messageId: "indicator", cell: "I6" }] })).toThrow();
  });

  it("fail on a messageId the check does not have", () => {
    const stray = "nowhere" as MessageIdOf<"score-out-of-range">;
    expect(() => assertInvalidCase("score-out-of-range", { name: "", grid: OVER, findings: [{ messageId: stray }] })).toThrow();
  });

  it("fail on a valid grid the locator does not read as a table (it would report nothing of any check)", () => {
    expect(() => assertValidCase("score-out-of-range", { name: "", grid: gridOf([["备注"]]) })).toThrow();
  });

  it("fail on a valid grid read as two tables", () => {
    expect(() => assertValidCase("score-out-of-range", { name: "", grid: gridOf([...tableRows(), [], ...tableRows({ name: "物业管理费" })]) })).toThrow();
  });

  it("pass on a valid grid read as one table", () => {
    expect(() => assertValidCase("score-out-of-range", { name: "", grid: tableGrid() })).not.toThrow();
  });
});

describe("describeWorkbookCheck's assertions", () => {
  const hidden = { ...tableGrid({}, "隐藏"), hidden: true };

  it("fail on another sheet or messageId", () => {
    expect(() => assertInvalidWorkbookCase("sheet-hidden", { name: "", grids: [hidden], findings: [{ sheet: "隐藏", messageId: "hidden" }] })).not.toThrow();
    expect(() => assertInvalidWorkbookCase("sheet-hidden", { name: "", grids: [hidden], findings: [{ sheet: "Sheet1", messageId: "hidden" }] })).toThrow();
    expect(() => assertInvalidWorkbookCase("sheet-hidden", { name: "", grids: [hidden], findings: [{ sheet: "隐藏", messageId: "nowhere" as MessageIdOf<"sheet-hidden"> }] })).toThrow();
  });

  it("fail on a sheet without a table unless the case declares it", () => {
    const grids = [tableGrid(), gridOf([["备注"]], { sheet: "说明" })];
    expect(() => assertValidWorkbookCase("sheet-hidden", { name: "", grids })).toThrow();
    expect(() => assertValidWorkbookCase("sheet-hidden", { name: "", grids, tables: [1, 0] })).not.toThrow();
  });
});
