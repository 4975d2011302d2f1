/**
 * Following Office's theme: the theme's darkness, and theme changes where the host reports them.
 * Whether Excel raises OfficeThemeChanged on the document is not documented (use-office-theme.ts),
 * so both answers are tested: a host that takes the handler, and one that refuses it.
 */
import { followOfficeTheme, isDarkOfficeTheme, type ThemeHost } from "../../src/taskpane/use-office-theme";

const FAILED = "failed";

function host(answer: "takes" | "fails" | "throws" | "no-event") {
  const handlers: ((args?: unknown) => void)[] = [];
  const removed: unknown[] = [];
  const office: ThemeHost = {
    EventType: answer === "no-event" ? {} : { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Failed: FAILED },
    context: {
      document: {
        addHandlerAsync: (_type, handler, callback) => {
          if (answer === "throws") throw new Error("unsupported event");
          if (answer === "takes") handlers.push(handler);
          callback?.(answer === "takes" ? { status: "succeeded" } : { status: FAILED, error: { message: "unsupported event" } });
        },
        removeHandlerAsync: (_type, options) => removed.push(options.handler),
      },
    },
  };
  return { office, handlers, removed };
}

describe("isDarkOfficeTheme", () => {
  it("reads isDarkTheme, else the body background's lightness, else light", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#1F1F1F" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#1F1F1F" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
  });
});

describe("followOfficeTheme", () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it("follows each change a host reports, and stops when asked", () => {
    const h = host("takes");
    const seen: boolean[] = [];
    const stop = followOfficeTheme(h.office, (dark) => seen.push(dark), () => undefined);
    expect(h.handlers).toHaveLength(1);
    h.handlers[0]({ officeTheme: { isDarkTheme: true } });
    h.handlers[0]({ officeTheme: { isDarkTheme: false } });
    expect(seen).toEqual([true, false]);
    stop();
    expect(h.removed).toEqual([h.handlers[0]]);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each(["fails", "throws", "no-event"] as const)("keeps the opening theme when the host %s", (answer) => {
    const h = host(answer);
    const seen: boolean[] = [];
    const stop = followOfficeTheme(h.office, (dark) => seen.push(dark), () => undefined);
    expect(() => stop()).not.toThrow();
    expect(seen).toEqual([]);
    expect(h.handlers).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(answer === "no-event" ? 0 : 1);
  });
});
