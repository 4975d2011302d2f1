import Decimal from "decimal.js";

/**
 * The decimal a number cell holds, as Excel shows it: Excel keeps 15 significant digits, so the
 * binary noise past them (1.1 + 2.2 = 3.3000000000000003) is not part of what the user typed.
 */
export function cellNumber(n: number): Decimal {
  if (n === 0) return new Decimal(0);
  // An integer below 10^15 has at most 15 digits: the constructor reads it as it is (no text).
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return new Decimal(n);
  const shortest = String(n);
  // Up to 15 significant digits the shortest form is what Excel shows; only longer ones carry noise.
  // Fewer than 16 characters cannot hold 16 digits.
  if (shortest.length <= 15 || significantDigits(shortest) <= 15) return new Decimal(shortest);
  return new Decimal(n.toPrecision(15));
}

function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, "").replace(/e.*$/i, "").replace(".", "");
  return mantissa.replace(/^0+/, "").length;
}
