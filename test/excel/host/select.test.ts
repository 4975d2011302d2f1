import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../../src/excel/host/select";
import { excelStrings } from "../../../src/strings/excel";
import { FakeBook, FakeError, fakeExcelRun } from "../../office-standin/fake-excel";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync (office-addin-mock)", async () => {
    const calls: string[] = [];
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              calls.push(`getItem ${name}`);
              return {
                activate: () => calls.push("activate"),
                getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
              };
            },
          },
        },
      },
      run: async function (this: { context: unknown }, batch: (ctx: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as unknown as { context: Excel.RequestContext; run: (b: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown> };
    const sync = jest.spyOn(mock.context, "sync");
    const outcome = await selectCell("1.食堂经费", "H14", (batch) => mock.run(batch) as Promise<never>);
    expect(outcome).toEqual({ ok: true });
    expect(calls).toEqual(["getItem 1.食堂经费", "activate", "select H14"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("selects on the fake and explains a failure in Chinese", async () => {
    const book = new FakeBook([{ name: "Sheet1", cells: { A1: 1 } }, { name: "隐藏", visibility: "Hidden" }]);
    const excel = fakeExcelRun(book, "1.18");
    expect(await selectCell("Sheet1", "C5", excel.run)).toEqual({ ok: true });
    expect(excel.contexts[0].selection).toEqual({ sheet: "Sheet1", address: "C5" });
    expect(excel.contexts[0].syncs).toHaveLength(1);
    const missing = await selectCell("不存在", "A1", excel.run);
    expect(missing).toEqual({ ok: false, message: excelStrings.errors.itemNotFound });
    book.failNextSyncs = [new FakeError("InvalidOperationInCellEditMode")];
    expect(await selectCell("Sheet1", "A1", excel.run)).toEqual({ ok: false, message: excelStrings.errors.cellEditMode });
  });
});
