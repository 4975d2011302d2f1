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
  // The fraction in units of 1e-5 (= 1e-3 percent), as digits; the last digit decides the rounding.
  // Digit strings, not BigInt: EdgeHTML 18 (Office 2016/2019 retail) has no BigInt.
  const units = whole + decimals.padEnd(5, "0").slice(0, 5);
  const truncated = units.slice(0, -1);
  const hundredths = (Number(units.slice(-1)) >= 5 ? incrementDigits(truncated) : truncated).replace(/^0+(?=\d)/, "");
  const digits = hundredths.padStart(3, "0");
  const negative = sign === "-" && hundredths !== "0";
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}%`;
}

/** "0199" → "0200": adds one to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const head = i < 0 ? "1" : digits.slice(0, i) + String(Number(digits[i]) + 1);
  return head + "0".repeat(digits.length - 1 - i);
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
