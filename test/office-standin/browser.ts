/**
 * Served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the e2e tests:
 * installs `window.Office` and `window.Excel` over the Node-side fake of the Excel JavaScript API
 * (test/office-standin/fake-excel.ts), loaded with the workbook the test injected as `window.__STANDIN_BOOK__`.
 *
 * It keeps Office.js's batching rules (queued loads and writes take effect at `sync`, unloaded
 * properties throw, methods above the reported ExcelApi version throw), counts round trips per
 * `Excel.run`, records every written cell, and remembers the active sheet and the selection.
 */
import { columnName } from "../../src/domain/grid";
import { areaAddress } from "./fake-base";
import { FakeBook, FakeContext, FakeError, type FakeSheet, type FakeSheetSpec, documentSettings } from "./fake-excel";
import type { RunLog, StandinBook, StandinHandle, StandinOfficeTheme } from "./protocol";

const config: StandinBook = window.__STANDIN_BOOK__ ?? { excelApi: "1.18", sheets: [{ name: "Sheet1" }] };
const book = new FakeBook(config.sheets);
const contexts: { ctx: FakeContext; flushes: number; error?: string }[] = [];
const queries: string[] = [];
let activeSheet: string | null = config.sheets.find((s) => (s.visibility ?? "Visible") === "Visible")?.name ?? null;
let selection: { sheet: string; address: string } | null = null;

function versionAtLeast(have: string, need: string): boolean {
  const [a, b = 0] = have.split(".").map(Number);
  const [c, d = 0] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

function isSetSupported(name: string, version?: string | number): boolean {
  const want = version === undefined ? "1.1" : String(version);
  queries.push(`${name} ${want}`);
  const have = name === "ExcelApi" ? config.excelApi : config.otherSets?.[name];
  return have !== undefined && versionAtLeast(have, want);
}

const delay = config.syncDelayMs ?? 0;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A context whose syncs take `syncDelayMs` and whose selection is the workbook's. */
function newContext(): FakeContext {
  const ctx = new FakeContext(book, config.excelApi);
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    if (delay > 0) await sleep(delay);
    try {
      await sync();
    } finally {
      if (ctx.activeSheet !== null) activeSheet = ctx.activeSheet;
      if (ctx.selection !== null) {
        selection = ctx.selection;
        activeSheet = ctx.selection.sheet;
      }
      ctx.activeSheet = null;
      ctx.selection = null;
    }
  };
  return ctx;
}

function pendingOps(ctx: FakeContext): number {
  return ((ctx as unknown as { ops: unknown[] }).ops ?? []).length;
}

/** Excel.run(batch) and Excel.run(object, batch): a fresh context; queued leftovers are flushed, as Office.js does. */
async function run<T>(...args: unknown[]): Promise<T> {
  const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<T>;
  if (typeof batch !== "function") throw new FakeError("InvalidArgument", "Excel.run needs a batch function");
  const ctx = newContext();
  const entry: (typeof contexts)[number] = { ctx, flushes: 0 };
  contexts.push(entry);
  try {
    const result = await batch(ctx.api);
    if (pendingOps(ctx) > 0) {
      entry.flushes++;
      await ctx.sync();
    }
    return result;
  } catch (err) {
    entry.error = err instanceof Error ? `${(err as { code?: string }).code ?? err.name}: ${err.message}` : String(err);
    throw err;
  }
}

/** What the user types: through a context of its own (as Excel takes keyboard input), never logged as the pane's. */
async function typeCells(sheet: string, cells: Record<string, string | number>): Promise<void> {
  const ctx = new FakeContext(book, config.excelApi);
  const ws = ctx.workbook.worksheets.getItem(sheet);
  for (const [address, value] of Object.entries(cells)) {
    const range = ws.getRange(address);
    range.values = [[value]];
    // Excel gives a cell typed as "96%" a percent format (0.00% with decimals) when it had none.
    const percent = typeof value === "string" ? /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*%\s*$/.exec(value) : null;
    if (percent && (book.sheet(sheet).peek(address)?.numberFormat ?? "General") === "General") range.numberFormat = [[percent[1].includes(".") ? "0.00%" : "0%"]];
  }
  await ctx.sync();
}

/** A sheet as the spec FakeSheet's constructor takes back. */
function specOf(s: FakeSheet): FakeSheetSpec {
  const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  return {
    name: s.name,
    visibility: s.visibility as FakeSheetSpec["visibility"],
    protected: s.protected,
    cells: Object.fromEntries([...s.cells].map(([a, c]) => [a, { ...c }])),
    merges: s.merges.map((m) => areaAddress(m)),
    notes: Object.fromEntries(s.notes),
    comments: Object.fromEntries(s.comments),
    styles: plain(Object.fromEntries(s.styles)),
    columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnName(c), w])),
    rowHeights: Object.fromEntries([...s.rowHeights].map(([r, h]) => [r + 1, h])),
  };
}

const hostInfo = { host: "Excel", platform: "PC" };
const OFFICE_THEME_CHANGED = "officeThemeChanged";
const themeHandlers: ((args: { type: string; officeTheme: StandinOfficeTheme }) => void)[] = [];

/**
 * Document events: only OfficeThemeChanged. `Office.context.officeTheme` is documented for Excel
 * ("Office.OfficeTheme interface", /javascript/api/office/office.officetheme); that Excel raises the
 * event on the document is not (its page is Outlook's): this host takes the handler, and the pane's
 * unit test covers a host that refuses it (README.md in this folder, "Switches where the
 * documentation is silent").
 */
function addHandlerAsync(eventType: string, handler: (args: { type: string; officeTheme: StandinOfficeTheme }) => void, callback?: (result: unknown) => void): void {
  const ok = eventType === OFFICE_THEME_CHANGED;
  if (ok) themeHandlers.push(handler);
  callback?.(ok ? { status: "succeeded" } : { status: "failed", error: { message: `unsupported event ${eventType}` } });
}

function removeHandlerAsync(eventType: string, options?: { handler?: unknown }, callback?: (result: unknown) => void): void {
  const at = themeHandlers.findIndex((h) => h === options?.handler);
  if (eventType === OFFICE_THEME_CHANGED && at >= 0) themeHandlers.splice(at, 1);
  callback?.({ status: "succeeded" });
}

const officeContext = {
  ...hostInfo,
  contentLanguage: "zh-CN",
  displayLanguage: "zh-CN",
  diagnostics: { ...hostInfo, version: "16.0.standin" },
  requirements: { isSetSupported },
  document: { settings: documentSettings(book), url: "standin.xlsx", addHandlerAsync, removeHandlerAsync },
  officeTheme: config.officeTheme,
};

let readyResolved = false;
const readyPromise = new Promise<typeof hostInfo>((resolve) => {
  // Office.js answers asynchronously, after the page's own scripts have run.
  setTimeout(() => {
    readyResolved = true;
    resolve(hostInfo);
    const init = (window as unknown as { Office: { initialize?: (reason: string) => void } }).Office.initialize;
    if (typeof init === "function") init("inserted");
  }, 0);
});

const office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { OfficeThemeChanged: OFFICE_THEME_CHANGED },
  context: officeContext,
  initialize: undefined as undefined | ((reason: string) => void),
  onReady(callback?: (info: typeof hostInfo) => void): Promise<typeof hostInfo> {
    return readyPromise.then((info) => {
      callback?.(info);
      return info;
    });
  },
  get ready(): boolean {
    return readyResolved;
  },
};

const excel = {
  run,
  RequestContext: FakeContext,
  ErrorCodes: {
    accessDenied: "AccessDenied",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemNotFound: "ItemNotFound",
  },
};

const handle: StandinHandle = {
  runs: (): RunLog[] =>
    contexts.map(({ ctx, error }) => ({
      syncs: ctx.syncs.length,
      writes: ctx.syncs.map((s) => [...s.writes]),
      limits: ctx.syncs.map((s) => ({ requestBytes: s.requestBytes ?? 0, responseBytes: s.responseBytes ?? 0, maxCellsPerRead: s.maxCellsPerRead ?? 0, maxMergedAreasPerCall: s.maxMergedAreasPerCall ?? 0 })),
      ...(error ? { error } : {}),
    })),
  dump: () => book.dump(),
  settingsKeys: () => [...book.settings.keys()],
  documentSettingsKeys: () => [...book.savedDocumentSettings.keys()],
  activeSheet: () => activeSheet,
  selection: () => selection,
  requirementQueries: () => [...queries],
  typeCells,
  specs: () => book.sheets.map(specOf),
  setOfficeTheme: (theme) => {
    officeContext.officeTheme = theme;
    for (const handler of [...themeHandlers]) handler({ type: OFFICE_THEME_CHANGED, officeTheme: theme });
  },
};

Object.assign(window, { Office: office, Excel: excel, OfficeExtension: { Error: FakeError }, __STANDIN__: handle });
