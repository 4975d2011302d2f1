/** The 检查评分 tab's part of a stored pane session (see pane-session.ts), read field by field. */
import { isObject, type Json, oneOf, storedText } from "../stored-json";
import type { CheckSession, ResultsView } from "./check-state";

/** Drafted cells kept per session at most (a workbook's deviations are far fewer). */
const MAX_DRAFTED = 2000;

/** How the results were shown, from a stored session; what an older or damaged entry lacks takes its default. */
export function parseCheckSession(raw: Json): CheckSession {
  const severities = isObject(raw.severities) ? raw.severities : {};
  const results = isObject(raw.results) && typeof raw.results.savedAt === "number" ? { savedAt: raw.results.savedAt, stale: raw.results.stale === true } : null;
  const code = storedText(raw.code);
  return {
    settingsOpen: raw.settingsOpen === true,
    view: oneOf<ResultsView>(raw.view, ["findings", "projects"], "findings"),
    severities: { error: severities.error !== false, warning: severities.warning !== false, info: severities.info !== false },
    // Finding codes are lower-case words joined by hyphens.
    code: /^[a-z0-9-]{0,60}$/.test(code) ? code : "",
    selectedFinding: typeof raw.selectedFinding === "string" ? storedText(raw.selectedFinding) || null : null,
    results,
    // Draft keys are "Sheet!CELL"; a damaged entry loses its marks, never the results.
    drafted: results && Array.isArray(raw.drafted) ? raw.drafted.filter((k): k is string => typeof k === "string" && /![A-Z]{1,3}[0-9]{1,7}$/.test(k) && k.length <= 80).slice(0, MAX_DRAFTED) : [],
  };
}
