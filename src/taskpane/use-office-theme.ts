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

/** The Fluent theme matching Office's, kept up to date. */
export function useOfficeTheme(): Theme {
  const [dark, setDark] = useState(() => isDarkOfficeTheme(currentOfficeTheme()));
  useEffect(() => {
    if (typeof Office === "undefined") return undefined;
    const eventType = Office.EventType?.OfficeThemeChanged;
    const document = Office.context?.document;
    if (!eventType || !document || typeof document.addHandlerAsync !== "function") return undefined;
    // The typings list only binding events for removeHandlerAsync: the handler takes an unknown argument.
    const handler = (args?: unknown) => setDark(isDarkOfficeTheme((args as { officeTheme?: OfficeThemeLike } | undefined)?.officeTheme ?? currentOfficeTheme()));
    try {
      document.addHandlerAsync(eventType, handler, (result: Office.AsyncResult<void>) => {
        if (result.status === Office.AsyncResultStatus.Failed) console.warn("[selfeval] theme changes not reported", result.error?.message);
      });
    } catch (error) {
      console.warn("[selfeval] theme changes not reported", error);
      return undefined;
    }
    return () => {
      try {
        document.removeHandlerAsync(eventType, { handler });
      } catch {
        // The pane is closing: nothing to keep.
      }
    };
  }, []);
  return dark ? webDarkTheme : webLightTheme;
}
