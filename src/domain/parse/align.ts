import Decimal from "decimal.js";
import { mulExact } from "../score/decimal";
import type { Alignment, ParsedActual, ParsedTarget, Unit } from "./types";
import { parseUnit } from "./unit";

type QuantitativeTarget = Extract<ParsedTarget, { kind: "quantitative" }>;
type NumberActual = Extract<ParsedActual, { kind: "number" }>;

/**
 * Unit factors are powers of ten, so products and quotients by them only move the exponent; the
 * wide precision keeps that true for any input the parsers accept (≤ 30 significant digits).
 */
const Exact = Decimal.clone({ precision: 64 });

/** A ratio of at least this (or at most its inverse) between money or percent figures is suspect. */
const SUSPECT_RATIO = new Decimal(1000);

const HUNDRED = new Decimal(100);

/** Money units a bare figure may silently be in, in order of preference on a tie. */
const MONEY_FACTORS = ["1", "10000", "1000", "100000000"].map((f) => new Decimal(f));

export interface AlignHints {
  /** The indicator's name says it is a rate (see isRateName). */
  isRate?: boolean;
}

/**
 * Brings a quantitative target and a numeric actual onto one scale for scoring: converts between
 * units of one kind (万元 vs 元), reads a fraction as a percent ("1" for 100%), and flags a money or
 * percent figure that looks like it is on another scale without saying so.
 */
export function alignQuantities(target: QuantitativeTarget, actual: NumberActual, hints?: AlignHints): Alignment {
  const t = target.value;
  const a = actual.value;
  const tu = multiplierAs(target.unit, actual.unit);
  const au = multiplierAs(actual.unit, target.unit);

  if (tu.kind !== "none" && au.kind !== "none" && tu.kind !== au.kind && !isPointsAgainstPercent(tu, au)) {
    return { target: t, actual: a, adjustment: "incomparable" };
  }

  if (tu.kind === au.kind && tu.kind !== "none" && !tu.factor.equals(au.factor) && sameBase(tu, au)) {
    const converted = new Decimal(new Exact(a).times(au.factor).div(tu.factor));
    return { target: t, actual: converted, adjustment: "unit-converted" };
  }

  if (tu.kind === "percent" && au.kind === "none" && isFraction(a) && t.greaterThan(1)) {
    return { target: t, actual: scaleToPercent(a, tu), adjustment: "fraction-percent", scaled: "actual" };
  }
  if (au.kind === "percent" && tu.kind === "none" && isFraction(t) && a.greaterThan(1)) {
    return { target: scaleToPercent(t, au), actual: a, adjustment: "fraction-percent", scaled: "target" };
  }
  if (hints?.isRate === true && tu.kind === "none" && au.kind === "none") {
    const hundred = HUNDRED;
    if (isFraction(a) && t.greaterThan(1) && t.lessThanOrEqualTo(100)) {
      return { target: t, actual: a.times(hundred), adjustment: "fraction-percent", scaled: "actual" };
    }
    if (isFraction(t) && a.greaterThan(1) && a.lessThanOrEqualTo(100)) {
      return { target: t.times(hundred), actual: a, adjustment: "fraction-percent", scaled: "target" };
    }
  }

  const plain: Alignment = { target: t, actual: a, adjustment: "none" };
  const suspectFactor = findSuspectFactor(t, a, tu, au);
  if (suspectFactor !== undefined) plain.suspectFactor = suspectFactor;
  return plain;
}

/**
 * A bare multiplier ("3.2万" against "≤3.5万元") takes the kind of the other side's unit: 万 beside
 * a money unit is 万元, beside a count (万人) it stays a count multiplier.
 */
function multiplierAs(unit: Unit, other: Unit): Unit {
  if (unit.kind !== "other") return unit;
  // An amount per person or per month ("470元/月") against a plain amount ("470元") is the same
  // money with its period left out: money on both sides, compared as written.
  const perUnit = MONEY_PER_RE.exec(unit.text);
  if (perUnit && other.kind === "money") return { text: unit.text, kind: "money", factor: parseUnit(perUnit[1]).factor, base: "元" };
  if (unit.base !== "" || other.kind !== "money") return unit;
  return { text: unit.text, kind: "money", factor: unit.factor, base: "元" };
}

/** A survey score out of 100 ("96分") against a percent target (满意度 ≥95%): compared as written. */
function isPointsAgainstPercent(x: Unit, y: Unit): boolean {
  const points = (u: Unit) => u.kind === "other" && u.base === "分";
  return (x.kind === "percent" && points(y)) || (y.kind === "percent" && points(x));
}

const MONEY_PER_RE = /^(元|千元|万元|亿元)\//u;

/** Money and percent convert within their kind; other units only when their bases match. */
function sameBase(x: Unit, y: Unit): boolean {
  if (x.kind === "money" || x.kind === "percent") return true;
  return x.base !== undefined && x.base === y.base;
}

function isFraction(d: Decimal): boolean {
  return d.greaterThan(0) && d.lessThanOrEqualTo(1);
}

/** A fraction onto the scale of a percent unit: ×100 for %, ×1000 for ‰. */
function scaleToPercent(fraction: Decimal, percent: Unit): Decimal {
  return new Decimal(new Exact(fraction).div(percent.factor));
}

function findSuspectFactor(t: Decimal, a: Decimal, tu: Unit, au: Unit): Decimal | undefined {
  if (!t.isPositive() || !a.isPositive() || t.isZero() || a.isZero()) return undefined;
  const bareTarget = tu.kind === "none";
  const bareActual = au.kind === "none";
  if (bareTarget === bareActual) return undefined;
  const other = bareTarget ? au : tu;
  if (other.kind !== "money" && other.kind !== "percent") return undefined;

  // 1/1000 < a/t < 1000, compared as exact products (a and t are positive): no division for the usual case.
  if (mulExact(t, SUSPECT_RATIO).greaterThan(a) && mulExact(a, SUSPECT_RATIO).greaterThan(t)) return undefined;
  const ratio = new Exact(a).div(t);
  const distance = (factor: Decimal): number => Math.abs(ratio.div(factor).log(10).toNumber());

  let candidates: Decimal[];
  if (other.kind === "money") {
    // The bare side is presumably in some money unit u. If it is the actual, actual ÷ (tu / u) is
    // on the target's scale; if it is the target, actual ÷ (u / au).
    candidates = MONEY_FACTORS.filter((u) => !u.equals(other.factor)).map((u) =>
      bareActual ? new Decimal(new Exact(tu.factor).div(u)) : new Decimal(new Exact(u).div(au.factor)),
    );
  } else {
    candidates = [new Decimal(10).pow(Math.round(ratio.log(10).toNumber()))];
  }

  let best: Decimal | undefined;
  let bestDistance = distance(new Decimal(1));
  for (const c of candidates) {
    const d = distance(c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
