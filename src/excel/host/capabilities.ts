/** Which Excel JavaScript API features this Excel offers, detected once from its requirement sets. */

/** The host's requirement-set test, `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface Capabilities {
  /** `Worksheet.getUsedRangeOrNullObject` (ExcelApi 1.4); else `getUsedRange`, which returns A1 on a blank sheet. */
  usedRangeOrNull: boolean;
  /** The `valuesOnly` argument of `getUsedRange` (ExcelApi 1.2). */
  usedRangeValuesOnly: boolean;
  /** `workbook.settings` (ExcelApi 1.4); else the common `Office.context.document.settings`. */
  settings: boolean;
  /** `Range.getMergedAreasOrNullObject` (ExcelApi 1.13); else grids carry no merges. */
  merges: boolean;
  /** Cell notes, `workbook.notes` / `worksheet.notes` (ExcelApi 1.18). */
  notes: boolean;
  /** Threaded comments, `workbook.comments` (ExcelApi 1.10): the fallback for notes. */
  comments: boolean;
  /** `Worksheet.copy` (ExcelApi 1.7). */
  worksheetCopy: boolean;
  /** `Range.merge`, `format.columnWidth` / `format.rowHeight` (ExcelApi 1.2): merges and sizes on sheets the add-in writes. */
  rangeFormat: boolean;
  /** `Range.dataValidation` (ExcelApi 1.8): drop-down lists on sheets the add-in writes. */
  dataValidation: boolean;
  /** `Worksheet.visibility`, to tell hidden sheets (ExcelApi 1.1). */
  hiddenSheets: boolean;
  /** `worksheet.protection.protected` (ExcelApi 1.2). */
  protection: boolean;
  /** `Range.getCellProperties` with fill pattern (ExcelApi 1.9): fills of a whole used range in one load. */
  cellProperties: boolean;
  /** `Excel.run({ delayForCellEdit: true })` (ExcelApi 1.11): a batch waits while the user edits a cell. */
  delayForCellEdit: boolean;
  /** The highest ExcelApi version found, for diagnostics ("1.1" … "1.18"); "" outside Excel. */
  highest: string;
}

const KNOWN_VERSIONS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12", "1.13", "1.14", "1.15", "1.16", "1.17", "1.18", "1.19", "1.20"];

/** The host's own predicate; false everywhere when Office.js is not loaded (tests, a plain browser). */
function officePredicate(): IsSetSupported {
  return (name, version) => {
    if (typeof Office === "undefined") return false;
    const requirements = Office.context?.requirements;
    return requirements !== undefined && requirements.isSetSupported(name, version) === true;
  };
}

/** Detects the ExcelApi features this add-in uses; pass a predicate to test a given Excel version. */
export function detectCapabilities(isSetSupported: IsSetSupported = officePredicate()): Capabilities {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  let highest = "";
  for (const v of KNOWN_VERSIONS) if (has(v)) highest = v;
  return {
    usedRangeOrNull: has("1.4"),
    usedRangeValuesOnly: has("1.2"),
    settings: has("1.4"),
    merges: has("1.13"),
    notes: has("1.18"),
    comments: has("1.10"),
    worksheetCopy: has("1.7"),
    rangeFormat: has("1.2"),
    dataValidation: has("1.8"),
    hiddenSheets: has("1.1"),
    protection: has("1.2"),
    cellProperties: has("1.9"),
    delayForCellEdit: has("1.11"),
    highest,
  };
}

/** Capabilities of a given ExcelApi version, e.g. `capabilitiesFor("1.7")` for Office 2019. */
export function capabilitiesFor(version: string): Capabilities {
  const [major, minor] = version.split(".").map(Number);
  return detectCapabilities((name, v) => {
    if (name !== "ExcelApi") return false;
    const [vMajor, vMinor] = v.split(".").map(Number);
    return vMajor < major || (vMajor === major && vMinor <= minor);
  });
}
