/**
 * Readers for JSON the pane kept in local storage (see pane-session.ts). Anything may be there, so
 * every value is checked and a wrong one falls back on its own instead of failing the whole entry.
 */

/** A longer stored text is not what the pane wrote. */
const MAX_TEXT = 500;
const MAX_LIST = 200;

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A stored text of a plausible length, or `fallback`. */
export function storedText(value: unknown, fallback = ""): string {
  return typeof value === "string" && value.length <= MAX_TEXT ? value : fallback;
}

/** A stored list of such texts; undefined when it is not one. */
export function storedTexts(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST) return undefined;
  return value.every((item) => typeof item === "string" && item.length <= MAX_TEXT) ? (value as string[]) : undefined;
}

/** A stored count (a whole number, not negative); undefined when it is not one. */
export function storedCount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The stored value when it is one of `allowed`, else `fallback`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
