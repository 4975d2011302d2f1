/**
 * What the Node side of the e2e harness and the in-browser stand-in exchange. Plain JSON only: it
 * crosses `page.addInitScript` on the way in and `page.evaluate` on the way out.
 */
import type { FakeSheetSpec } from "./fake-excel";

/** A workbook as the stand-in loads it, plus the Excel it pretends to be. */
export interface StandinBook {
  /** Highest ExcelApi requirement set the stand-in reports as supported ("1.18", "1.10", "1.7", "1.1"). */
  excelApi: string;
  /** Other requirement sets reported as supported, e.g. { SharedRuntime: "1.1" }. */
  otherSets?: Record<string, string>;
  /** Milliseconds each `context.sync()` takes, so that a test can see the pane while it runs. */
  syncDelayMs?: number;
  /**
   * `Office.context.officeTheme` (Office's own theme: light, dark, colourful). Without it the
   * stand-in has no officeTheme, as Office 2016 and some hosts.
   */
  officeTheme?: StandinOfficeTheme;
  sheets: FakeSheetSpec[];
}

/** Office.OfficeTheme as plain JSON. */
export interface StandinOfficeTheme {
  isDarkTheme: boolean;
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** Office's dark grey theme, as Microsoft 365 reports it. */
export const DARK_OFFICE_THEME: StandinOfficeTheme = {
  isDarkTheme: true,
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#3a3a3a",
  controlForegroundColor: "#ffffff",
};

/** One `Excel.run` the pane made. */
export interface RunLog {
  /** Round trips (`context.sync()` calls, plus the flush Excel.run does for operations left queued). */
  syncs: number;
  /** Cells written, "Sheet!A1", per sync. */
  writes: string[][];
  /** Set when the batch rejected. */
  error?: string;
  /** Per sync, what the stand-in measured against Excel's documented limits (test/office-standin/README.md). */
  limits?: { requestBytes: number; responseBytes: number; maxCellsPerRead: number; maxMergedAreasPerCall: number }[];
}

/** `window.__STANDIN__`: read by the test through `page.evaluate`. */
export interface StandinHandle {
  runs(): RunLog[];
  /** Everything a user could see in the workbook (FakeBook.dump). */
  dump(): unknown;
  /** Keys of `workbook.settings` (the undo record lives there on ExcelApi 1.4+). */
  settingsKeys(): string[];
  /** Keys of `Office.context.document.settings` as last saved. */
  documentSettingsKeys(): string[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** Every `isSetSupported` question the pane asked, "ExcelApi 1.13". */
  requirementQueries(): string[];
  /**
   * What the user types into cells, A1 → text or number ("24.958", "≥17次", "96%"): read as Excel
   * reads typed input (the fake's own `values` setter), outside the pane's Excel.run calls and not
   * counted in `runs()`. Rejects when the sheet does not exist.
   */
  typeCells(sheet: string, cells: Record<string, string | number>): Promise<void>;
  /** The workbook as sheet specs (cells, merges, notes, styles, sizes), to rebuild it in Node. */
  specs(): FakeSheetSpec[];
  /** The user changes Office's theme: officeTheme changes and OfficeThemeChanged handlers are called. */
  setOfficeTheme(theme: StandinOfficeTheme): void;
}

declare global {
  interface Window {
    __STANDIN_BOOK__?: StandinBook;
    __STANDIN__?: StandinHandle;
  }
}
