/**
 * Office ends an ExecuteFunction command 5 minutes after the click (manifest reference, Action
 * element). The ribbon's 检查并评分 completes well inside that on every path: a quick check, a check
 * still running at the 4-minute guard, a dialog that never opens, and a notice nobody dismisses.
 * Fake timers stand in for the minutes.
 */
import { COMMAND_TIMING, createCheckAndScoreHandler } from "../../src/commands/commands";
import { type Notice, showNotice } from "../../src/commands/notify";

type Shown = { notice: Notice; closeAfterMs: number; at: number };

function event() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
}

/** A check that ends after `ms` (never, when undefined) and a notice that stays until closed. */
function setup(checkMs: number | undefined, notice: "stays" | "never-answers" = "stays") {
  const shown: Shown[] = [];
  const start = Date.now();
  let checkEnded = false;
  const handler = createCheckAndScoreHandler({
    checkAndNotice: () =>
      new Promise<Notice>((resolve) => {
        if (checkMs === undefined) return;
        setTimeout(() => {
          checkEnded = true;
          resolve({ kind: "checkDone", projects: 10, error: 1, warning: 2, info: 0 });
        }, checkMs);
      }),
    showNotice: (n, closeAfterMs) => {
      shown.push({ notice: n, closeAfterMs, at: Date.now() - start });
      // "stays": nobody clicks 知道了; the notice closes itself after closeAfterMs (see notify.test).
      return notice === "stays" ? new Promise<void>((resolve) => setTimeout(resolve, closeAfterMs)) : new Promise<void>(() => undefined);
    },
  });
  return { handler, shown, start, checkEnded: () => checkEnded };
}

/** Runs the handler under fake time; resolves with when (ms after the click) it completed the event. */
async function run(handler: (e: Office.AddinCommands.Event) => Promise<void>, start: number, limitMs = COMMAND_TIMING.officeLimitMs): Promise<{ completedAt: number | null; calls: number }> {
  const e = event();
  let completedAt: number | null = null;
  e.completed.mockImplementation(() => {
    completedAt ??= Date.now() - start;
  });
  void handler(e);
  await jest.advanceTimersByTimeAsync(limitMs);
  return { completedAt, calls: e.completed.mock.calls.length };
}

beforeEach(() => jest.useFakeTimers({ now: new Date(2025, 4, 20, 9, 0) }));
afterEach(() => jest.useRealTimers());

describe("the ribbon command's five minutes", () => {
  it("keeps its budget inside Office's limit", () => {
    expect(COMMAND_TIMING.officeLimitMs).toBe(300_000);
    expect(COMMAND_TIMING.checkGuardMs).toBeLessThan(COMMAND_TIMING.completeByMs);
    expect(COMMAND_TIMING.completeByMs).toBeLessThanOrEqual(COMMAND_TIMING.officeLimitMs - 30_000);
  });

  it("a quick check: the notice closes itself within a minute and the command completes right after", async () => {
    const { handler, shown, start } = setup(3_000);
    const { completedAt, calls } = await run(handler, start);
    expect(shown).toEqual([{ notice: { kind: "checkDone", projects: 10, error: 1, warning: 2, info: 0 }, closeAfterMs: 60_000, at: 3_000 }]);
    expect(calls).toBe(1);
    expect(completedAt).toBe(63_000);
  });

  it("a check that ends late gets a shorter notice, never one that runs past the budget", async () => {
    const { handler, shown, start } = setup(230_000);
    const { completedAt, calls } = await run(handler, start);
    expect(shown).toHaveLength(1);
    expect(shown[0].closeAfterMs).toBe(COMMAND_TIMING.completeByMs - COMMAND_TIMING.noticeMarginMs - 230_000);
    expect(calls).toBe(1);
    expect(completedAt).toBeLessThan(COMMAND_TIMING.completeByMs);
  });

  it("a check still running at 4 minutes: the command says what to do and completes anyway, well inside 5 minutes", async () => {
    const { handler, shown, start, checkEnded } = setup(undefined);
    const { completedAt, calls } = await run(handler, start);
    expect(shown).toHaveLength(1);
    expect(shown[0].notice).toEqual({ kind: "checkSlow", minutes: 4 });
    expect(shown[0].at).toBe(COMMAND_TIMING.checkGuardMs);
    expect(shown[0].at + shown[0].closeAfterMs).toBeLessThan(COMMAND_TIMING.completeByMs);
    expect(calls).toBe(1);
    expect(completedAt).toBe(shown[0].at + shown[0].closeAfterMs);
    expect(completedAt).toBeLessThanOrEqual(COMMAND_TIMING.completeByMs);
    expect(checkEnded()).toBe(false);
  });

  it("a dialog that never answers cannot hold the command: the backstop completes it at 4½ minutes", async () => {
    const { handler, start } = setup(1_000, "never-answers");
    const { completedAt, calls } = await run(handler, start);
    expect(calls).toBe(1);
    expect(completedAt).toBe(COMMAND_TIMING.completeByMs);
  });

  it("a check that throws is reported, and the command completes", async () => {
    const shown: Notice[] = [];
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const handler = createCheckAndScoreHandler({
      checkAndNotice: () => Promise.reject(new Error("ChunkLoadError")),
      showNotice: (n) => {
        shown.push(n);
        return Promise.resolve();
      },
    });
    const { calls } = await run(handler, Date.now());
    expect(shown).toEqual([{ kind: "checkCrashed" }]);
    expect(calls).toBe(1);
    errors.mockRestore();
  });
});

describe("the notice dialog", () => {
  type Handlers = Map<string, () => void>;

  function installDialog(answer: "open" | "late" | "never"): { close: jest.Mock; handlers: Handlers; urls: string[] } {
    const close = jest.fn();
    const handlers: Handlers = new Map();
    const urls: string[] = [];
    (globalThis as Record<string, unknown>).window = { location: { href: "https://localhost:3000/commands.html" } };
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "messageReceived", DialogEventReceived: "eventReceived" },
      context: {
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
            urls.push(url);
            const dialog = { addEventHandler: (type: string, handler: () => void) => void handlers.set(type, handler), close };
            if (answer === "open") callback({ status: "succeeded", value: dialog });
            if (answer === "late") setTimeout(() => callback({ status: "succeeded", value: dialog }), 90_000);
          },
        },
      },
    };
    return { close, handlers, urls };
  }

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).window;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("closes itself after the time given when nobody clicks 知道了, and says so on the page", async () => {
    const { close, urls } = installDialog("open");
    let gone = false;
    void showNotice({ kind: "checkDone", projects: 1, error: 0, warning: 0, info: 0 }, 45_000).then(() => (gone = true));
    await jest.advanceTimersByTimeAsync(44_999);
    expect(gone).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(gone).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    expect(new URL(urls[0]).searchParams.get("closes")).toBe("45");
  });

  it("is gone at once when the user clicks 知道了", async () => {
    const { close, handlers } = installDialog("open");
    let gone = false;
    void showNotice({ kind: "checkCrashed" }, 60_000).then(() => (gone = true));
    handlers.get("messageReceived")?.();
    await jest.advanceTimersByTimeAsync(0);
    expect(gone).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it("counts its time from the call: a dialog that opens after its time was up is closed at once", async () => {
    const { close } = installDialog("late");
    let goneAt: number | null = null;
    const start = Date.now();
    void showNotice({ kind: "checkCrashed" }, 30_000).then(() => (goneAt = Date.now() - start));
    await jest.advanceTimersByTimeAsync(30_000);
    expect(goneAt).toBe(30_000);
    expect(close).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it("resolves when displayDialogAsync never calls back", async () => {
    installDialog("never");
    let gone = false;
    void showNotice({ kind: "checkCrashed" }, 10_000).then(() => (gone = true));
    await jest.advanceTimersByTimeAsync(10_000);
    expect(gone).toBe(true);
  });
});
