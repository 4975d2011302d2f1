/**
 * The ribbon's 检查并评分 with the pane closed: remembered settings, a real run over a fixture through
 * the fake Excel, results kept for the pane, one notice, and `event.completed()` on every path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SettingsStore } from "../../src/office/helpers";
import { fixtureSpecs } from "../office-standin/book";
import { FakeBook, FakeError, fakeExcelRun } from "../office-standin/fake-excel";

const backing = new Map<string, Map<string, unknown>>();
jest.mock("../../src/office/helpers", () => ({
  createSettingsStore: async <T,>(name: string): Promise<SettingsStore<T>> => {
    const map = backing.get(name) ?? new Map<string, unknown>();
    backing.set(name, map);
    return {
      persistence: "local",
      get: (key) => (map.has(key) ? (JSON.parse(JSON.stringify(map.get(key))) as T) : undefined),
      set: (key, value) => void map.set(key, value),
      remove: (key) => void map.delete(key),
    };
  },
}));

type DialogCall = { url: string };
const dialogs: DialogCall[] = [];
let excelRun: (batch: (context: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;

function installOffice(): void {
  const g = globalThis as Record<string, unknown>;
  g.window = { location: { href: "https://localhost:3000/commands.html" } };
  // Excel.run(batch) and Excel.run(options, batch), as Office.js takes them (options: delayForCellEdit).
  g.Excel = { run: (...args: unknown[]) => excelRun(args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>) };
  g.Office = {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel" });
    },
    actions: { associate: jest.fn() },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "messageReceived", DialogEventReceived: "eventReceived" },
    context: {
      document: { url: "https://example.gov.cn/自评表.xlsx" },
      // Excel with ExcelApi 1.18 (Microsoft 365).
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && v.startsWith("1.") && Number(v.split(".")[1]) <= 18 },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
          dialogs.push({ url });
          // The user reads the notice and clicks 知道了.
          const handlers = new Map<string, () => void>();
          const dialog = { addEventHandler: (type: string, handler: () => void) => void handlers.set(type, handler), close: jest.fn() };
          callback({ status: "succeeded", value: dialog });
          setTimeout(() => handlers.get("messageReceived")?.(), 0);
        },
      },
    },
  };
}

installOffice();
// Imported after the globals: the module registers its handlers with Office.onReady.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const commands = require("../../src/commands/commands") as typeof import("../../src/commands/commands");
import { loadLastResults } from "../../src/services/results-store";
import { DEFAULT_SETTINGS, saveSettings } from "../../src/services/settings-store";

function event() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

beforeEach(() => {
  dialogs.length = 0;
  backing.clear();
});

describe("ribbon 检查并评分", () => {
  it("runs with the remembered settings, keeps the results for the pane and tells the counts", async () => {
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    excelRun = fakeExcelRun(book, "1.18").run as typeof excelRun;
    await saveSettings({ ...DEFAULT_SETTINGS, profile: "national", rateAsFormula: true, addNotes: false });
    const e = event();
    await commands.handleCheckAndScore(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(dialogs).toHaveLength(1);
    const notice = params(dialogs[0].url);
    expect(notice.message).toBe("checkDone");
    const kept = await loadLastResults("doc:https://example.gov.cn/自评表.xlsx");
    expect(kept?.source).toBe("ribbon");
    expect(kept?.report.projects.length).toBe(Number(notice.projects));
    expect(kept?.counts).toEqual({ projects: Number(notice.projects), error: Number(notice.error), warning: Number(notice.warning), info: Number(notice.info) });
    // The remembered settings were used: no notes, and the execution rate as a live formula.
    expect(book.sheets.every((s) => s.notes.size === 0)).toBe(true);
    expect(book.sheets.some((s) => [...s.cells.values()].some((c) => /^=[A-Z]+\d+\/[A-Z]+\d+$/.test(c.formula ?? "")))).toBe(true);
  });

  it("tells the adapter's Chinese message when Excel refuses, and still completes", async () => {
    excelRun = () => Promise.reject(new FakeError("AccessDenied", "denied"));
    const e = event();
    await commands.handleCheckAndScore(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    const notice = params(dialogs[0].url);
    expect(notice.message).toBe("checkFailed");
    expect(notice.detail).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("associates only 检查并评分: 新增项目 opens the pane (ShowTaskpane) instead", async () => {
    const associate = (globalThis as unknown as { Office: { actions: { associate: jest.Mock } } }).Office.actions.associate;
    expect(associate.mock.calls.map(([name]) => name)).toEqual(["checkAndScore"]);
    expect(commands).not.toHaveProperty("handleAddProject");
  });
});

describe("registering the ribbon functions for every client", () => {
  /** Every <FunctionName> in manifest.xml (the ExecuteFunction buttons). */
  function manifestFunctionNames(): string[] {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    return [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  }

  it("has a handler for each FunctionName in the manifest, and only those", () => {
    expect(manifestFunctionNames()).toEqual(["checkAndScore"]);
    expect(Object.keys(commands.RIBBON_FUNCTIONS)).toEqual(manifestFunctionNames());
  });

  it("also defines each one the older way, as a global function of that name, as soon as the file loads", () => {
    const g = globalThis as unknown as Record<string, unknown>;
    for (const name of manifestFunctionNames()) expect(g[name]).toBe(commands.RIBBON_FUNCTIONS[name]);
    expect(g.checkAndScore).toBe(commands.handleCheckAndScore);
  });

  it("a client without Office.actions finds the global and runs the check with it", async () => {
    const target: Record<string, unknown> = {};
    const onReady = jest.fn((callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel" });
    });
    // Office.js of a client that predates Office.actions: no `actions` at all.
    expect(() => commands.registerRibbonFunctions(target, { onReady } as unknown as typeof Office)).not.toThrow();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(typeof target.checkAndScore).toBe("function");

    // Office calls it by name with the event, as it would call the associated function.
    const book = new FakeBook(await fixtureSpecs("seed000-national.xlsx"));
    excelRun = fakeExcelRun(book, "1.18").run as typeof excelRun;
    const e = event();
    await (target.checkAndScore as (event: Office.AddinCommands.Event) => Promise<void>)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(params(dialogs[0].url).message).toBe("checkDone");
    expect((await loadLastResults("doc:https://example.gov.cn/自评表.xlsx"))?.source).toBe("ribbon");
  });

  it("a client with Office.actions gets both: the association and the global", () => {
    const target: Record<string, unknown> = {};
    const associate = jest.fn();
    commands.registerRibbonFunctions(target, { onReady: (callback?: () => void) => (callback?.(), Promise.resolve({ host: "Excel" })), actions: { associate } } as unknown as typeof Office);
    expect(associate.mock.calls).toEqual([["checkAndScore", commands.handleCheckAndScore]]);
    expect(target.checkAndScore).toBe(commands.handleCheckAndScore);
  });

  it("outside Office (the page opened in a browser) only defines the global", () => {
    const target: Record<string, unknown> = {};
    expect(() => commands.registerRibbonFunctions(target, undefined)).not.toThrow();
    expect(target.checkAndScore).toBe(commands.handleCheckAndScore);
  });
});
