import Decimal from "decimal.js";

/**
 * The decimal a number cell holds, as Excel shows it: Excel keeps 15 significant digits, so the
 * binary noise past them (1.1 + 2.2 = 3.3000000000000003) is not part of what the user typed.
 */
export function cellNumber(n: number): Decimal {
  if (n === 0) return new Decimal(0);
  return new Decimal(n.toPrecision(15));
}
