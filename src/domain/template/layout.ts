/**
 * Where everything goes on the canonical national form (9 columns, DOMAIN.md) and on the Sichuan
 * form. One definition, used by the product's template and by the fixture writers: offsets are
 * relative to the table's top-left cell (row 0, column 0).
 */
import type { CellAlign, CellRole } from "./types";
import { CANONICAL_LABELS, NO_VALUE, SICHUAN_LABELS, type NationalLabels } from "./text";

export { CANONICAL_LABELS };
export type { NationalLabels };

export type LayoutValue = string | number | null;

/** What a number in a cell is, for its number format. */
export type FormatKind = "amount" | "rate" | "score" | "weight";

/** One cell (or merged area) of a table layout, in offsets from the table's top-left cell. */
export interface LayoutCell {
  row: number;
  col: number;
  /** Inclusive end of the area the cell spans when merged. */
  bottom: number;
  right: number;
  value: LayoutValue;
  role: CellRole;
  /** What the cell holds, e.g. "funds.total.annual", "indicator.target". */
  field: string;
  /** Index of the indicator for "indicator.*" fields. */
  index?: number;
  align: CellAlign;
  format?: FormatKind;
  heading?: boolean;
}

export interface TableLayout {
  /** Rows and columns the table spans. */
  height: number;
  width: number;
  /** In writing order. */
  cells: LayoutCell[];
  rowHeights: { row: number; height: number }[];
  /** Every cell of this area gets a thin border. */
  border: { top: number; left: number; bottom: number; right: number };
}

export interface Offset {
  row: number;
  col: number;
}

// ------------------------------------------------------------------------------------------
// National form
// ------------------------------------------------------------------------------------------

/** What the national layout prints; figures may be blank (null) in a template. */
export interface NationalSheetData {
  year: number;
  name: LayoutValue;
  dept: LayoutValue;
  unit: LayoutValue;
  funds: {
    total: { initial: LayoutValue; annual: LayoutValue; executed: LayoutValue; weight: LayoutValue; rate: LayoutValue; score: LayoutValue };
    fiscal: { initial: LayoutValue; annual: LayoutValue; executed: LayoutValue };
    carryover: { initial: LayoutValue; annual: LayoutValue; executed: LayoutValue };
    other: { initial: LayoutValue; annual: LayoutValue; executed: LayoutValue };
  };
  expectedGoal: string;
  actualGoal: string;
  indicators: {
    level1: string;
    level2: string;
    name: string;
    target: LayoutValue;
    actual: LayoutValue;
    weight: LayoutValue;
    score: LayoutValue;
    explanation: LayoutValue;
  }[];
  total: { weight: LayoutValue; score: LayoutValue };
}

export interface NationalStyle {
  labels: NationalLabels;
  /** false: no merged cells at all, each label / value only in the first cell of its area. */
  merge: boolean;
  /** Prefix of the 三级指标 names, given the 1-based number of the indicator; null for none. */
  namePrefix: ((n: number) => string) | null;
  /** "printed" keeps "产出指标(50分)"; "bare" writes "产出指标". */
  level1: "printed" | "bare";
}

export const CANONICAL_STYLE: NationalStyle = {
  labels: CANONICAL_LABELS,
  merge: true,
  namePrefix: null,
  level1: "printed",
};

/** Columns of the national form. */
export const NATIONAL_WIDTH = 9;

/** Column widths of the national form, from its first column. */
export const NATIONAL_WIDTHS = [10, 12, 12, 24, 14, 14, 8, 10, 24];

/** Rows of a national table: 12 header rows, the indicators, the 总分 row. */
export function nationalHeight(indicatorCount: number): number {
  return 12 + indicatorCount + 1;
}

/** Offsets of the value cells of a national table with `indicatorCount` indicators. */
export interface NationalPositions {
  height: number;
  name: Offset;
  dept: Offset;
  unit: Offset;
  /** Row of 年度资金总额 / 本年财政拨款 / 上年结转资金 / 其他资金. */
  fundRows: { total: number; fiscal: number; carryover: number; other: number };
  /** Columns of 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分. */
  fundCols: { initial: number; annual: number; executed: number; weight: number; rate: number; score: number };
  expectedGoal: Offset;
  actualGoal: Offset;
  indicatorHeaderRow: number;
  firstIndicatorRow: number;
  indicatorCols: { level1: number; level2: number; name: number; target: number; actual: number; weight: number; score: number; explanation: number };
  totalRow: number;
  totalWeight: Offset;
  totalScore: Offset;
}

/** Offsets of every value of the national form. */
export function nationalPositions(indicatorCount: number): NationalPositions {
  const last = nationalHeight(indicatorCount) - 1;
  return {
    height: last + 1,
    name: { row: 2, col: 1 },
    dept: { row: 3, col: 1 },
    unit: { row: 3, col: 6 },
    fundRows: { total: 5, fiscal: 6, carryover: 7, other: 8 },
    fundCols: { initial: 3, annual: 4, executed: 5, weight: 6, rate: 7, score: 8 },
    expectedGoal: { row: 10, col: 1 },
    actualGoal: { row: 10, col: 5 },
    indicatorHeaderRow: 11,
    firstIndicatorRow: 12,
    indicatorCols: { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, explanation: 8 },
    totalRow: last,
    totalWeight: { row: last, col: 6 },
    totalScore: { row: last, col: 7 },
  };
}

/** Runs of equal keys: [startIndex, endIndex] inclusive. */
export function runs<T>(items: T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]) !== key(items[start])) {
      out.push([start, i - 1]);
      start = i;
    }
  }
  return out;
}

function bareLevel1(level1: string): string {
  return level1.replace(/[（(]\s*\d+\s*分\s*[)）]$/u, "");
}

/** Row height (points) for a wrapped text of `len` characters in a column of ~`perLine` characters. */
function textHeight(len: number, perLine: number, min = 20): number {
  return Math.max(min, Math.ceil(len / perLine) * 15);
}

function textLength(v: LayoutValue): number {
  return v === null ? 0 : String(v).length;
}

/** Extras of a laid-out cell beyond its position, value, role and field. */
interface PutExtra {
  bottom?: number;
  right?: number;
  align?: CellAlign;
  format?: FormatKind;
  index?: number;
  heading?: boolean;
}

/** The cell list both table layouts fill, and the one way to add a cell to it. */
function cellCollector() {
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, value: LayoutValue, role: CellRole, field: string, extra: PutExtra = {}) => {
    const cell: LayoutCell = { row, col, bottom: extra.bottom ?? row, right: extra.right ?? col, value, role, field, align: extra.align ?? "center" };
    if (extra.format) cell.format = extra.format;
    if (extra.index !== undefined) cell.index = extra.index;
    if (extra.heading) cell.heading = true;
    cells.push(cell);
  };
  return { cells, put };
}

/** Lays out one national table: every cell, merge, row height and the bordered area. */
export function layoutNationalTable(table: NationalSheetData, style: NationalStyle = CANONICAL_STYLE): TableLayout {
  const L = style.labels;
  const p = nationalPositions(table.indicators.length);
  const right = NATIONAL_WIDTH - 1;
  const rowHeights: { row: number; height: number }[] = [];
  const { cells, put } = cellCollector();

  // Title and year.
  put(0, 0, L.title, "title", "title", { right, heading: true });
  put(1, 0, L.yearLine(table.year), "title", "year", { right });
  rowHeights.push({ row: 0, height: 26 });

  // Name, dept, unit.
  put(2, 0, L.name, "label", "name.label");
  put(2, 1, table.name, "input", "name", { right, align: "left" });
  put(3, 0, L.dept, "label", "dept.label");
  put(3, 1, table.dept, "input", "dept", { right: 4, align: "left" });
  put(3, 5, L.unit, "label", "unit.label");
  put(3, 6, table.unit, "input", "unit", { right, align: "left" });

  // Funds.
  put(4, 0, L.funds, "label", "funds.label", { bottom: 8 });
  put(4, 1, null, "label", "funds.corner", { right: 2 });
  const heads: [string, string][] = [
    [L.initial, "initial"],
    [L.annual, "annual"],
    [L.executed, "executed"],
    [L.fundWeight, "weight"],
    [L.rate, "rate"],
    [L.fundScore, "score"],
  ];
  heads.forEach(([h, key], i) => put(4, 3 + i, h, "label", `funds.head.${key}`));
  const lines: [string, string, { initial: LayoutValue; annual: LayoutValue; executed: LayoutValue }][] = [
    [L.totalLine, "total", table.funds.total],
    [L.fiscalLine, "fiscal", table.funds.fiscal],
    [L.carryoverLine, "carryover", table.funds.carryover],
    [L.otherLine, "other", table.funds.other],
  ];
  lines.forEach(([label, key, f], i) => {
    const row = 5 + i;
    put(row, 1, label, "label", `funds.${key}.label`, { right: 2 });
    put(row, 3, f.initial, "input", `funds.${key}.initial`, { format: "amount" });
    put(row, 4, f.annual, "input", `funds.${key}.annual`, { format: "amount" });
    put(row, 5, f.executed, "input", `funds.${key}.executed`, { format: "amount" });
    if (i === 0) {
      put(row, 6, table.funds.total.weight, "label", "funds.total.weight", { format: "weight" });
      put(row, 7, table.funds.total.rate, "result", "funds.total.rate", { format: "rate" });
      put(row, 8, table.funds.total.score, "result", "funds.total.score", { format: "score" });
    } else {
      put(row, 6, NO_VALUE, "label", `funds.${key}.weight`);
      put(row, 7, null, "label", `funds.${key}.rate`);
      put(row, 8, NO_VALUE, "label", `funds.${key}.score`);
    }
  });

  // Goals.
  put(9, 0, L.goal, "label", "goal.label", { bottom: 10 });
  put(9, 1, L.expected, "label", "goal.expected.label", { right: 4 });
  put(9, 5, L.actual, "label", "goal.actual.label", { right });
  put(10, 1, table.expectedGoal, "input", "goal.expected", { right: 4, align: "left" });
  put(10, 5, table.actualGoal, "input", "goal.actual", { right, align: "left" });
  rowHeights.push({ row: 10, height: textHeight(Math.max(table.expectedGoal.length, table.actualGoal.length), style.merge ? 26 : 10, 45) });

  // Indicator header.
  const first = p.firstIndicatorRow;
  const lastInd = first + table.indicators.length - 1;
  put(11, 0, L.indicators, "label", "indicators.label", { bottom: lastInd });
  const indHeads: [string, string][] = [
    [L.level1, "level1"],
    [L.level2, "level2"],
    [L.level3, "name"],
    [L.target, "target"],
    [L.actualValue, "actual"],
    [L.weight, "weight"],
    [L.score, "score"],
    [L.explanation, "explanation"],
  ];
  indHeads.forEach(([h, key], i) => put(11, 1 + i, h, "label", `indicators.head.${key}`));
  rowHeights.push({ row: 11, height: 30 });

  // Indicator rows; 一级 and 二级 merged vertically over their runs.
  const inds = table.indicators;
  for (const [s, e] of runs(inds, (x) => x.level1)) {
    const level1 = style.level1 === "bare" ? bareLevel1(inds[s].level1) : inds[s].level1;
    put(first + s, 1, level1, "input", "indicator.level1", { bottom: first + e, index: s });
    for (const [s2, e2] of runs(inds.slice(s, e + 1), (x) => x.level2)) {
      put(first + s + s2, 2, inds[s + s2].level2, "input", "indicator.level2", { bottom: first + s + e2, index: s + s2 });
    }
  }
  let n = 0;
  inds.forEach((ind, i) => {
    const row = first + i;
    let name = ind.name;
    if (style.namePrefix && ind.name !== "不适用") name = style.namePrefix(++n) + ind.name;
    put(row, 3, name, "input", "indicator.name", { align: "left", index: i });
    put(row, 4, ind.target, "input", "indicator.target", { index: i });
    put(row, 5, ind.actual, "input", "indicator.actual", { index: i });
    put(row, 6, ind.weight, "input", "indicator.weight", { format: "weight", index: i });
    put(row, 7, ind.score, "result", "indicator.score", { format: "score", index: i });
    put(row, 8, ind.explanation, "input", "indicator.explanation", { align: "left", index: i });
    const longest = Math.max(name.length / 12, textLength(ind.target) / 7, textLength(ind.explanation) / 12);
    rowHeights.push({ row, height: Math.max(20, Math.ceil(longest) * 15) });
  });

  // Total.
  const tr = p.totalRow;
  put(tr, 0, L.totalScore, "label", "total.label", { right: 5 });
  put(tr, 6, table.total.weight, "label", "total.weight", { format: "weight" });
  put(tr, 7, table.total.score, "result", "total.score", { format: "score" });
  put(tr, 8, null, "label", "total.blank");

  return { height: p.height, width: NATIONAL_WIDTH, cells, rowHeights, border: { top: 2, left: 0, bottom: tr, right } };
}

// ------------------------------------------------------------------------------------------
// Sichuan form
// ------------------------------------------------------------------------------------------

export interface SichuanSheetData {
  name: LayoutValue;
  budgetUnit: LayoutValue;
  /** Printed with the 项目概况 block only. */
  projectType?: LayoutValue;
  /** The seven 项目概况 values, in the order of SICHUAN_LABELS.overviewLines. */
  overview?: string[];
  /** A 上年结转资金 line is printed between 财政拨款 and 其他资金 only when `carryover` is given. */
  funds: { total: LayoutValue; fiscal: LayoutValue; carryover?: LayoutValue; other: LayoutValue };
  goal: string;
  indicators: {
    level1: string;
    level2: string;
    level3: string;
    nature: LayoutValue;
    value: LayoutValue;
    unit: LayoutValue;
    weight: LayoutValue;
    actual: LayoutValue;
  }[];
}

export interface SichuanLayoutOptions {
  /** Also print 项目类型 and the 项目概况 block between 预算单位 and 项目资金, as seed 003 does. */
  withOverview: boolean;
  /** Also print a 上年结转资金 line (money carried over from last year), which seed 003's form lacks. */
  withCarryover?: boolean;
}

export const SICHUAN_WIDTH = 9;
export const SICHUAN_WIDTHS = [10, 12, 14, 22, 10, 12, 10, 8, 16];

export interface SichuanPositions {
  height: number;
  name: Offset;
  budgetUnit: Offset;
  projectType?: Offset;
  funds: { total: Offset; fiscal: Offset; carryover?: Offset; other: Offset };
  goal: Offset;
  indicatorHeaderRow: number;
  firstIndicatorRow: number;
  indicatorCols: { level1: number; level2: number; level3: number; nature: number; value: number; unit: number; weight: number; actual: number };
}

/** Offsets of every value of the Sichuan form. */
export function sichuanPositions(indicatorCount: number, opts: SichuanLayoutOptions): SichuanPositions {
  const shift = opts.withOverview ? 1 + SICHUAN_LABELS.overviewLines.length : 0;
  const fundTop = 3 + shift;
  const carry = opts.withCarryover ? 1 : 0;
  const goalRow = fundTop + 3 + carry;
  const header = goalRow + 1;
  return {
    height: header + indicatorCount + 1,
    name: { row: 1, col: 1 },
    budgetUnit: { row: 2, col: 1 },
    projectType: opts.withOverview ? { row: 3, col: 1 } : undefined,
    funds: {
      total: { row: fundTop, col: 3 },
      fiscal: { row: fundTop + 1, col: 3 },
      ...(carry ? { carryover: { row: fundTop + 2, col: 3 } } : {}),
      other: { row: fundTop + 2 + carry, col: 3 },
    },
    goal: { row: goalRow, col: 2 },
    indicatorHeaderRow: header,
    firstIndicatorRow: header + 1,
    indicatorCols: { level1: 1, level2: 2, level3: 3, nature: 4, value: 5, unit: 6, weight: 7, actual: 8 },
  };
}

/** Lays out one Sichuan table (no execution columns, no per-indicator score). */
export function layoutSichuanTable(table: SichuanSheetData, opts: SichuanLayoutOptions = { withOverview: false }): TableLayout {
  const S = SICHUAN_LABELS;
  const p = sichuanPositions(table.indicators.length, { ...opts, withCarryover: table.funds.carryover !== undefined });
  const right = SICHUAN_WIDTH - 1;
  const rowHeights: { row: number; height: number }[] = [];
  const { cells, put } = cellCollector();

  put(0, 0, S.title, "title", "title", { right, heading: true });
  rowHeights.push({ row: 0, height: 26 });
  put(1, 0, S.name, "label", "name.label");
  put(1, 1, table.name, "input", "name", { right, align: "left" });
  put(2, 0, S.budgetUnit, "label", "budgetUnit.label");
  put(2, 1, table.budgetUnit, "input", "budgetUnit", { right, align: "left" });

  if (opts.withOverview) {
    put(3, 0, S.projectType, "label", "projectType.label");
    put(3, 1, table.projectType ?? null, "input", "projectType", { right, align: "left" });
    const values = table.overview ?? [];
    const top = 4;
    put(top, 0, S.overview, "label", "overview.label", { bottom: top + S.overviewLines.length - 1 });
    S.overviewLines.forEach((label, i) => {
      const value = values[i] ?? "";
      put(top + i, 1, label, "label", "overview.line.label", { right: 2, index: i });
      put(top + i, 3, value, "input", "overview.line", { right, align: "left", index: i });
      rowHeights.push({ row: top + i, height: textHeight(value.length, 40) });
    });
  }

  const f = p.funds.total.row;
  put(f, 0, S.funds, "label", "funds.label", { bottom: p.funds.other.row });
  const fundLines: [string, string, LayoutValue, Offset | undefined][] = [
    [S.totalLine, "total", table.funds.total, p.funds.total],
    [S.fiscalLine, "fiscal", table.funds.fiscal, p.funds.fiscal],
    [S.carryoverLine, "carryover", table.funds.carryover ?? null, p.funds.carryover],
    [S.otherLine, "other", table.funds.other, p.funds.other],
  ];
  for (const [label, key, value, at] of fundLines) {
    if (!at) continue;
    put(at.row, 1, label, "label", `funds.${key}.label`, { right: 2 });
    put(at.row, 3, value, "input", `funds.${key}.annual`, { format: "amount" });
  }

  const g = p.goal.row;
  put(g, 0, S.goal, "label", "goal.label");
  put(g, 1, S.goalYear, "label", "goal.expected.label");
  put(g, 2, table.goal, "input", "goal.expected", { right, align: "left" });
  rowHeights.push({ row: g, height: textHeight(table.goal.length + 10 * (table.goal.split("\n").length - 1), 45, 30) });

  const h = p.indicatorHeaderRow;
  const first = p.firstIndicatorRow;
  const last = first + table.indicators.length - 1;
  put(h, 0, S.indicators, "label", "indicators.label", { bottom: last });
  const keys = ["level1", "level2", "level3", "nature", "value", "unit", "weight", "actual"];
  S.heads.forEach((label, i) => put(h, 1 + i, label, "label", `indicators.head.${keys[i]}`));

  const inds = table.indicators;
  for (const [s, e] of runs(inds, (x) => x.level1)) {
    put(first + s, 1, inds[s].level1, "input", "indicator.level1", { bottom: first + e, index: s });
    for (const [s2, e2] of runs(inds.slice(s, e + 1), (x) => x.level2)) {
      put(first + s + s2, 2, inds[s + s2].level2, "input", "indicator.level2", { bottom: first + s + e2, index: s + s2 });
    }
  }
  inds.forEach((ind, i) => {
    const row = first + i;
    put(row, 3, ind.level3, "input", "indicator.name", { align: "left", index: i });
    put(row, 4, ind.nature, "input", "indicator.nature", { index: i });
    put(row, 5, ind.value, "input", "indicator.target", { index: i });
    put(row, 6, ind.unit, "input", "indicator.unit", { index: i });
    put(row, 7, ind.weight, "input", "indicator.weight", { format: "weight", index: i });
    put(row, 8, ind.actual, "input", "indicator.actual", { index: i });
    rowHeights.push({ row, height: Math.max(20, Math.ceil(ind.level3.length / 10) * 15) });
  });

  return { height: p.height, width: SICHUAN_WIDTH, cells, rowHeights, border: { top: 1, left: 0, bottom: last, right } };
}
