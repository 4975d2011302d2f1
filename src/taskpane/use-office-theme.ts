/**
 * The Office theme (light, dark, colourful, …) as a Fluent theme: webDarkTheme when Office says its
 * theme is dark, webLightTheme otherwise. Follows theme changes while the pane is open where the
 * host reports them (Office.EventType.OfficeThemeChanged); Office 2016 has neither, and stays light.
 */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";

type OfficeThemeLike = { isDarkTheme?: boolean; bodyBackgroundColor?: string };

/** "#1f1f1f" → true: for hosts that give colours without `isDarkTheme`. */
function darkColour(colour: string | undefined): boolean {
  const match = colour ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim()) : null;
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Whether this Office theme is a dark one; false without a theme. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  return typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : darkColour(theme.bodyBackgroundColor);
}

function currentOfficeTheme(): OfficeThemeLike | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    return Office.context?.officeTheme as OfficeThemeLike | undefined;
  } catch {
    // Some hosts throw on officeTheme outside a task pane or before Office.onReady.
    return undefined;
  }
}

/** What of Office's common API following the theme needs (injectable for tests). */
export interface ThemeHost {
  EventType?: { OfficeThemeChanged?: string };
  AsyncResultStatus: { Failed: unknown };
  context?: {
    document?: {
      addHandlerAsync?: (type: string, handler: (args?: unknown) => void, callback?: (result: { status: unknown; error?: { message?: string } }) => void) => void;
      removeHandlerAsync: (type: string, options: { handler: (args?: unknown) => void }) => void;
    };
  };
}

/**
 * Calls `onDark` whenever the host reports a theme change; returns what stops it. The OfficeTheme
 * object and its isDarkTheme are documented for Excel ("Office.OfficeTheme interface",
 * learn.microsoft.com/javascript/api/office/office.officetheme); whether Excel raises
 * OfficeThemeChanged on the document is not said there (the event's page is Outlook's, Mailbox
 * 1.14). So both answers are handled: a host that refuses the handler (a failed result, or a throw)
 * leaves the pane in the theme it opened with.
 */
export function followOfficeTheme(host: ThemeHost, onDark: (dark: boolean) => void, current: () => OfficeThemeLike | undefined = currentOfficeTheme): () => void {
  const eventType = host.EventType?.OfficeThemeChanged;
  const document = host.context?.document;
  if (!eventType || !document || typeof document.addHandlerAsync !== "function") return () => undefined;
  const handler = (args?: unknown) => onDark(isDarkOfficeTheme((args as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme ?? current()));
  try {
    document.addHandlerAsync(eventType, handler, (result) => {
      if (result.status === host.AsyncResultStatus.Failed) console.warn("[selfeval] theme changes not reported", result.error?.message);
    });
  } catch (error) {
    console.warn("[selfeval] theme changes not reported", error);
    return () => undefined;
  }
  return () => {
    try {
      document.removeHandlerAsync(eventType, { handler });
    } catch {
      // The pane is closing: nothing to keep.
    }
  };
}

/** The Fluent theme matching Office's, kept up to date. */
export function useOfficeTheme(): Theme {
  const [dark, setDark] = useState(() => isDarkOfficeTheme(currentOfficeTheme()));
  useEffect(() => (typeof Office === "undefined" ? undefined : followOfficeTheme(Office as unknown as ThemeHost, setDark)), []);
  return dark ? webDarkTheme : webLightTheme;
}
