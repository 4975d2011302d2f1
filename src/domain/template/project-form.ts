/**
 * The 新增项目 form as typed: each field read the way an accountant writes it (full-width digits,
 * thousands separators, "25.14万元"), checked, and turned into the values a new project sheet needs.
 */
import Decimal from "decimal.js";
import { validateProjectName } from "./sheet-name";
import { PROJECT_FORM_TEXT } from "./text";

/** The form's fields exactly as typed. */
export interface ProjectFormInput {
  name: string;
  /** 主管部门 */
  dept: string;
  /** 实施单位 */
  unit: string;
  year: string;
  /** 年初预算数 / 全年预算数 of 年度资金总额, in 万元. */
  initial: string;
  annual: string;
}

export type ProjectFormField = keyof ProjectFormInput;

/** A checked form, as the Excel adapter takes it (NewProject). Amounts in 万元. */
export interface ProjectFormValues {
  name: string;
  dept: string;
  unit: string;
  year: number;
  initial: number | null;
  annual: number | null;
}

/** One Chinese message per field that cannot be used. */
export type ProjectFormErrors = Partial<Record<ProjectFormField, string>>;

export type ProjectFormCheck =
  | { ok: true; project: ProjectFormValues }
  /** `suggestion`: a free sheet name to offer when the name is taken. */
  | { ok: false; errors: ProjectFormErrors; suggestion?: string };

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: string };

/** The earliest 年度 accepted: performance self-evaluation of project spending is much younger. */
export const MIN_PROJECT_YEAR = 2000;

/** 万元 to 6 decimals is one fen (0.01 元): anything finer is a typing slip. */
export const MAX_AMOUNT_DECIMALS = 6;

/**
 * The 年度 the form starts with: last year from January to June, when the self-evaluations of the
 * year just ended are written; this year from July, when units start on the current year's.
 */
export function defaultProjectYear(now: Date): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}

/** Full-width digits and punctuation (as a Chinese input method types them) to ASCII. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[，]/g, ",")
    // "。" is what the Chinese input mode types for the "." key.
    .replace(/[．。]/g, ".")
    .replace(/[－−]/g, "-");
}

/** A 4-digit 年度 ("2024", "２０２４", "2024年", "2024年度"), from MIN_PROJECT_YEAR to next year. */
export function parseProjectYear(text: string, now: Date): FieldCheck<number> {
  const t = toHalfWidth(text.trim()).replace(/年度?$/, "").trim();
  if (t === "") return { ok: false, error: PROJECT_FORM_TEXT.yearMissing };
  if (!/^\d{4}$/.test(t)) return { ok: false, error: PROJECT_FORM_TEXT.yearFormat };
  const year = Number(t);
  // Next year too: the targets tables (绩效目标表) are drawn up the year before.
  const max = now.getFullYear() + 1;
  if (year < MIN_PROJECT_YEAR || year > max) return { ok: false, error: PROJECT_FORM_TEXT.yearRange(MIN_PROJECT_YEAR, max) };
  return { ok: true, value: year };
}

const PLAIN_NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * An amount in 万元, or null when left blank. Accepts thousands separators in the right places,
 * full-width digits and a trailing 万元 / 万; rejects negatives and more than 6 decimals. Parsed
 * exactly with decimal.js, and given as a number only when the number is that exact decimal.
 */
export function parseAmount(text: string): FieldCheck<number | null> {
  const t = toHalfWidth(text.trim()).replace(/万元?$/, "").trim();
  if (t === "") return { ok: true, value: null };
  const negative = t.startsWith("-");
  const digits = negative ? t.slice(1).trim() : t;
  const plain = PLAIN_NUMBER.test(digits);
  const grouped = !plain && GROUPED_NUMBER.test(digits);
  if (!plain && !grouped) {
    const misplacedCommas = digits.includes(",") && PLAIN_NUMBER.test(digits.replace(/,/g, ""));
    return { ok: false, error: misplacedCommas ? PROJECT_FORM_TEXT.amountCommas : PROJECT_FORM_TEXT.amountFormat };
  }
  if (negative) return { ok: false, error: PROJECT_FORM_TEXT.amountNegative };
  const exact = new Decimal(digits.replace(/,/g, ""));
  const places = exact.decimalPlaces();
  if (places > MAX_AMOUNT_DECIMALS) return { ok: false, error: PROJECT_FORM_TEXT.amountDecimals(places) };
  const value = exact.toNumber();
  if (!Number.isFinite(value) || !new Decimal(value).equals(exact)) return { ok: false, error: PROJECT_FORM_TEXT.amountTooLarge };
  return { ok: true, value };
}

/**
 * Checks the 新增项目 form against the workbook's sheet names. The name becomes the new sheet's
 * name (see validateProjectName); 主管部门 and 实施单位 may be left for later; amounts may be blank,
 * and 全年预算数 below 年初预算数 is fine (budgets get cut during the year).
 */
export function validateProjectForm(input: ProjectFormInput, existingSheetNames: readonly string[], now: Date = new Date()): ProjectFormCheck {
  const errors: ProjectFormErrors = {};
  let suggestion: string | undefined;

  const name = validateProjectName(input.name, existingSheetNames);
  if (!name.ok) {
    errors.name = name.error;
    suggestion = name.suggestion;
  }
  const year = parseProjectYear(input.year, now);
  if (!year.ok) errors.year = year.error;
  const initial = parseAmount(input.initial);
  if (!initial.ok) errors.initial = initial.error;
  const annual = parseAmount(input.annual);
  if (!annual.ok) errors.annual = annual.error;

  if (!name.ok || !year.ok || !initial.ok || !annual.ok) return suggestion === undefined ? { ok: false, errors } : { ok: false, errors, suggestion };
  return {
    ok: true,
    project: { name: name.name, dept: input.dept.trim(), unit: input.unit.trim(), year: year.value, initial: initial.value, annual: annual.value },
  };
}
