/** Display formats for the pane, exact on the engine's decimal strings (no binary floating point). */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A fraction as a percent with 2 decimals, rounded half up like the engine: "0.947494033413" →
 * "94.75%". Undefined for a value that is not a plain decimal string.
 */
export function formatPercent(fraction: string): string | undefined {
  const match = DECIMAL.exec(fraction.trim());
  if (!match) return undefined;
  const [, sign, whole, decimals = ""] = match;
  // The fraction in units of 1e-5 (= 1e-3 percent); the last digit decides the rounding.
  const units = BigInt(whole + decimals.padEnd(5, "0").slice(0, 5));
  const hundredths = units / 10n + (units % 10n >= 5n ? 1n : 0n);
  const digits = hundredths.toString().padStart(3, "0");
  const negative = sign === "-" && hundredths !== 0n;
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Local date as YYYYMMDD, for file names. */
export function formatDateCompact(date: Date): string {
  return `${date.getFullYear()}${pad2(date.getMonth() + 1)}${pad2(date.getDate())}`;
}

/** Local date and time as "YYYY-MM-DD HH:mm". */
export function formatDateTime(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}
