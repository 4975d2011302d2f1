import { OfficeMockObject } from "office-addin-mock";
import { capabilitiesFor, detectCapabilities } from "../../../src/excel/host/capabilities";
import { isCellEditModeError, toUserMessage } from "../../../src/excel/host/errors";
import { excelStrings } from "../../../src/strings/excel";

describe("detectCapabilities", () => {
  it("maps requirement sets to features", () => {
    expect(capabilitiesFor("1.1")).toMatchObject({ usedRangeOrNull: false, usedRangeValuesOnly: false, protection: false, settings: false, merges: false, notes: false, comments: false, cellProperties: false, hiddenSheets: true, highest: "1.1" });
    expect(capabilitiesFor("1.7")).toMatchObject({ usedRangeOrNull: true, settings: true, protection: true, worksheetCopy: true, cellProperties: false, comments: false, merges: false });
    expect(capabilitiesFor("1.13")).toMatchObject({ merges: true, comments: true, cellProperties: true, notes: false });
    expect(capabilitiesFor("1.18")).toMatchObject({ notes: true, highest: "1.18" });
    // Writing sheets: merges and sizes from 1.2, drop-down lists from 1.8.
    expect(capabilitiesFor("1.1")).toMatchObject({ rangeFormat: false, dataValidation: false });
    expect(capabilitiesFor("1.2")).toMatchObject({ rangeFormat: true, dataValidation: false });
    expect(capabilitiesFor("1.8")).toMatchObject({ rangeFormat: true, dataValidation: true });
  });

  it("asks Office.context.requirements (office-addin-mock) by default", () => {
    const asked: string[] = [];
    const office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported(name: string, version: string) {
            asked.push(`${name} ${version}`);
            return name === "ExcelApi" && ["1.1", "1.2", "1.3", "1.4"].includes(version);
          },
        },
      },
    });
    (globalThis as { Office?: unknown }).Office = office;
    try {
      const caps = detectCapabilities();
      expect(caps).toMatchObject({ usedRangeOrNull: true, settings: true, merges: false, highest: "1.4" });
      expect(asked).toContain("ExcelApi 1.13");
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("reports nothing outside Office, and survives a predicate that throws", () => {
    expect(detectCapabilities()).toMatchObject({ usedRangeOrNull: false, hiddenSheets: false, highest: "" });
    expect(detectCapabilities(() => {
      throw new Error("boom");
    }).merges).toBe(false);
  });
});

describe("toUserMessage", () => {
  it("gives Chinese for Office errors and anything else", () => {
    expect(toUserMessage({ code: "InvalidOperationInCellEditMode", message: "x" })).toBe(excelStrings.errors.cellEditMode);
    expect(toUserMessage({ code: "GeneralException", message: "x" })).toBe(excelStrings.errors.generalException);
    expect(toUserMessage({ code: "Weird", message: "detail" })).toBe("Excel 操作失败（Weird）：detail");
    expect(toUserMessage(new Error("oops"))).toBe("Excel 操作失败：oops");
    expect(isCellEditModeError({ code: "GeneralException", debugInfo: { code: "InvalidOperationInCellEditMode" } })).toBe(true);
  });
});
