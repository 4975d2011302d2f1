/**
 * What an Excel number format makes of a number: a date (or time), a percent, or neither. Both
 * adapters classify with this one function, so a cell reads the same from Office.js and from .xlsx.
 */
import type { FormatKind } from "./grid";

/**
 * Classifies an Excel number-format code ("0.00%", `yyyy"年"m"月"d"日"`, "General"), or a built-in
 * format id (14, 31, 10 …), the way Excel decides how to show a number: only the first (positive)
 * section counts, and quoted text, backslash escapes, `_x` / `*x` padding and bracketed parts
 * (colours, locales, conditions, [DBNum1]) are literal, except the elapsed-time brackets [h] [mm] [ss].
 * Returns null for General, text, numbers, currency, scientific and anything unreadable.
 */
export function formatKindOf(numberFormat: string | number | null | undefined): FormatKind | null {
  if (typeof numberFormat === "number") return builtinKind(numberFormat);
  if (typeof numberFormat !== "string" || numberFormat === "" || numberFormat === "General") return null;
  const known = memo.get(numberFormat);
  if (known !== undefined) return known;
  const kind = classify(numberFormat);
  // Formats repeat across cells and workbooks; the bound only guards a long-running pane.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(numberFormat, kind);
  return kind;
}

const memo = new Map<string, FormatKind | null>();
const MEMO_LIMIT = 4096;

/**
 * Built-in ids whose code the file does not spell out: 9-10 percent; 14-22 and 45-47 dates and times;
 * 27-36 and 50-58 the East Asian dates and times (年/月/日, 上午/下午, eras: a date in every locale);
 * 67-68 and 71-81 the Thai percents and dates (as SheetJS maps them onto 9-10 and 14-22 / 45-47).
 */
function builtinKind(id: number): FormatKind | null {
  if (!Number.isInteger(id)) return null;
  if (id === 9 || id === 10 || id === 67 || id === 68) return "percent";
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58) || (id >= 71 && id <= 81)) return "date";
  return null;
}

/** Date and time codes: year (y, e), month or minute (m), day (d), hour (h), second (s). */
const DATE_LETTERS = new Set(["y", "m", "d", "h", "s", "e"]);
/** Bracketed elapsed time: [h], [hh], [mm], [ss] … */
const ELAPSED = /^(h+|m+|s+)$/i;

function classify(code: string): FormatKind | null {
  let percent = false;
  const n = code.length;
  let i = 0;
  while (i < n) {
    const ch = code[i];
    if (ch === ";") break; // Only the first section describes a positive number.
    if (ch === '"') {
      const close = code.indexOf('"', i + 1);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (ch === "\\" || ch === "_" || ch === "*") {
      i += 2; // An escaped character, or the character a pad or fill repeats: literal.
      continue;
    }
    if (ch === "[") {
      const close = code.indexOf("]", i + 1);
      const inside = close < 0 ? "" : code.slice(i + 1, close);
      if (ELAPSED.test(inside)) return "date";
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (ch === "%") {
      percent = true;
      i++;
      continue;
    }
    const lower = ch.toLowerCase();
    // "General" inside a longer code ("General;[Red]-General", `"共"General`) is a number.
    if (lower === "g" && code.slice(i, i + 7).toLowerCase() === "general") {
      i += 7;
      continue;
    }
    if (lower === "e" && (code[i + 1] === "+" || code[i + 1] === "-")) {
      i += 2; // Scientific exponent (0.00E+00), not the era year.
      continue;
    }
    if (DATE_LETTERS.has(lower)) return "date";
    if (lower === "a" && (startsWithFold(code, i, "am/pm") || startsWithFold(code, i, "a/p"))) return "date";
    if (ch === "上" && code.startsWith("上午/下午", i)) return "date";
    i++;
  }
  return percent ? "percent" : null;
}

function startsWithFold(code: string, at: number, word: string): boolean {
  return code.slice(at, at + word.length).toLowerCase() === word;
}
