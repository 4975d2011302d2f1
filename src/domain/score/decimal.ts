import Decimal from "decimal.js";

/**
 * Working precision for intermediate results. The shared Decimal constructor keeps its default of
 * 20 significant digits (other modules may rely on it), so scoring does its multiplications and
 * divisions here: products of inputs read from cells are then exact, and a quotient carries far
 * more digits than any half-up decision at 2 or 4 decimals can see.
 */
const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });

/** Back into the shared constructor without rounding (the constructor keeps every digit). */
function fromExact(x: Decimal): Decimal {
  return new Decimal(x);
}

/** a × b with every digit kept (exact for inputs of up to 32 significant digits each). */
export function mulExact(a: Decimal, b: Decimal): Decimal {
  // A product has at most as many digits as its factors together: when those fit the shared
  // constructor's precision, its own multiplication rounds nothing (the usual case: amounts × shares).
  if (a.constructor === Decimal && a.precision() + b.precision() <= Decimal.precision) return a.times(b);
  return fromExact(new Exact(a).times(b));
}

/** a − b with every digit kept. */
export function minusExact(a: Decimal, b: Decimal): Decimal {
  return fromExact(new Exact(a).minus(b));
}

/** a / b to 64 significant digits; b must be non-zero. */
export function divExact(a: Decimal, b: Decimal): Decimal {
  if (b.isZero()) throw new RangeError("divExact: division by zero");
  return fromExact(new Exact(a).div(b));
}

/** a × b / c in one step (the product is exact, one rounding at 64 digits); c must be non-zero. */
export function mulDivExact(a: Decimal, b: Decimal, c: Decimal): Decimal {
  if (c.isZero()) throw new RangeError("mulDivExact: division by zero");
  return fromExact(new Exact(a).times(b).div(c));
}

/**
 * Round half-up to `places` decimals, as Excel's ROUND does: ties go away from zero
 * (1.005 → 1.01, −1.005 → −1.01). −0 comes back as 0.
 */
export function roundHalfUp(d: Decimal, places = 2): Decimal {
  if (d.isZero()) return ZERO;
  // Already within `places` decimals (most amounts and scores): nothing to round; decimals are immutable.
  if (d.decimalPlaces() <= places) return d;
  const r = d.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r;
}

const ZERO = new Decimal(0);

/**
 * A Decimal from a JS number (through its shortest round-trip string, so 0.1 is exactly 0.1, not
 * 0.1000000000000000055…) or from a decimal string. Throws on NaN, ±Infinity or an unreadable string:
 * callers decide what counts as a number before they get here.
 */
export function toDecimal(n: number | string): Decimal {
  if (typeof n === "number") {
    if (!Number.isFinite(n)) throw new RangeError(`toDecimal: not a finite number: ${n}`);
    // String(-0) is "0", so -0 never leaks into scores.
    return new Decimal(String(n));
  }
  const d = new Decimal(n.trim());
  if (!d.isFinite()) throw new RangeError(`toDecimal: not a finite number: ${n}`);
  return d.isZero() ? new Decimal(0) : d;
}

/** Fixed-point text rounded half-up, e.g. formatFixed(9.4749…, 2) → "9.47"; never "-0.00". */
export function formatFixed(d: Decimal, places: number): string {
  // Most scores and amounts have no more decimals than shown: their plain text, padded with zeros,
  // without the rounded copy toFixed makes. Plain: the exponent is inside the constructor's
  // range for plain notation.
  if (d.isFinite() && d.decimalPlaces() <= places && d.e > Decimal.toExpNeg && d.e < Decimal.toExpPos) {
    if (d.isZero()) return places > 0 ? `0.${"0".repeat(places)}` : "0";
    const plain = d.toString();
    const dot = plain.indexOf(".");
    const have = dot < 0 ? 0 : plain.length - dot - 1;
    if (have === places) return plain;
    return `${dot < 0 ? `${plain}.` : plain}${"0".repeat(places - have)}`;
  }
  // toFixed rounds as roundHalfUp does; only a negative that rounds to zero keeps a sign to drop.
  const text = d.toFixed(places, Decimal.ROUND_HALF_UP);
  return text.charCodeAt(0) === 45 && NEGATIVE_ZERO.test(text) ? text.slice(1) : text;
}

const NEGATIVE_ZERO = /^-0(\.0*)?$/;

/** The larger of a and 0. */
export function nonNegative(d: Decimal): Decimal {
  return d.isNegative() || d.isZero() ? new Decimal(0) : d;
}

/**
 * A raw score as a 2-decimal score inside [0, weight]. Rounds half-up, except that a weight with
 * more than 2 decimals (3.335) can make the rounded full score exceed it: then round down instead.
 */
export function toScore(raw: Decimal, weight: Decimal): Decimal {
  const w = nonNegative(weight);
  const clamped = Decimal.min(nonNegative(raw), w);
  const rounded = roundHalfUp(clamped, 2);
  if (rounded.greaterThan(w)) return clamped.toDecimalPlaces(2, Decimal.ROUND_DOWN);
  return rounded;
}
