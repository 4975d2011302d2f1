import { SHEET_NAME_TEXT } from "./text";

/** Names a template sheet goes by when the user has not marked one (新增项目 and the check both use them). */
export const TEMPLATE_SHEET_NAMES = ["模板", "自评表模板"];

/** The template sheet's possible names, in order: the one the user marked, then the usual ones. */
export function templateSheetCandidates(marked?: string | null): string[] {
  return [marked, ...TEMPLATE_SHEET_NAMES].filter((n): n is string => typeof n === "string" && n !== "");
}

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[\\/?*[\]:]/g;

export type NameCheck = { ok: true; name: string } | { ok: false; error: string; suggestion?: string };

/** Excel compares sheet names without regard to case. */
function fold(name: string): string {
  return name.toLocaleLowerCase("en-US");
}

/**
 * Whether a project name can be used as a new sheet's name as it is: not empty, at most 31
 * characters, none of \ / ? * [ ] :, no apostrophe at either end, not "History", not taken
 * (case-insensitively, as Excel compares). A duplicate comes with a free name to offer.
 */
export function validateProjectName(name: string, existingSheetNames: readonly string[]): NameCheck {
  const trimmed = name.trim();
  if (trimmed === "") return { ok: false, error: SHEET_NAME_TEXT.empty };
  const bad = [...new Set(trimmed.match(FORBIDDEN) ?? [])];
  if (bad.length > 0) return { ok: false, error: SHEET_NAME_TEXT.badChar(bad.join(" ")) };
  if (trimmed.startsWith("'") || trimmed.endsWith("'")) return { ok: false, error: SHEET_NAME_TEXT.apostrophe };
  const length = [...trimmed].length;
  if (length > MAX_SHEET_NAME) return { ok: false, error: SHEET_NAME_TEXT.tooLong(length) };
  if (fold(trimmed) === "history") return { ok: false, error: SHEET_NAME_TEXT.reserved };
  const taken = new Set(existingSheetNames.map(fold));
  if (taken.has(fold(trimmed))) {
    const suggestion = uniqueSheetName(trimmed, existingSheetNames);
    return { ok: false, error: SHEET_NAME_TEXT.duplicate(trimmed, suggestion), suggestion };
  }
  return { ok: true, name: trimmed };
}

/**
 * A legal sheet name close to `wanted` that none of `existing` has: forbidden characters become
 * "_", apostrophes at the ends are dropped, the name is cut to 31 characters, and "(2)", "(3)", …
 * is appended until it is free.
 */
export function uniqueSheetName(wanted: string, existing: readonly string[], fallback = "Sheet"): string {
  let base = wanted.trim().replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim();
  if (base === "" || fold(base) === "history") base = fallback;
  base = [...base].slice(0, MAX_SHEET_NAME).join("");
  const taken = new Set(existing.map(fold));
  if (!taken.has(fold(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join("") + suffix;
    if (!taken.has(fold(name))) return name;
  }
}
