import Decimal from "decimal.js";
import { cellAddress, rangeAddress } from "../grid";
import type { Level, RuleProfile } from "../profiles/types";
import { levelOf } from "../levels";
import {
  CANONICAL_STYLE,
  NATIONAL_WIDTHS,
  SICHUAN_WIDTHS,
  layoutNationalTable,
  layoutSichuanTable,
  type FormatKind,
  type LayoutCell,
  type LayoutValue,
  type NationalSheetData,
  type SichuanSheetData,
  type TableLayout,
} from "./layout";
import { uniqueSheetName } from "./sheet-name";
import { NATIONAL_LEVELS, SICHUAN_LEVELS, SICHUAN_NATURES, TEMPLATE_TEXT } from "./text";
import type { CellSpec, ListValidation, SheetSpec } from "./types";

/** Number formats of the template, by what the number is. Amounts are 万元 with up to 4 decimals. */
export const TEMPLATE_FORMATS: Record<FormatKind, string | undefined> = {
  amount: "#,##0.00##",
  rate: "0.00%",
  score: "0.00",
  weight: undefined,
};

/** The two printed forms the add-in knows. */
export type FormKind = "national" | "sichuan";

/** The form a profile's tables are printed on. */
export function formOf(profile: RuleProfile): FormKind {
  // Profiles hold scoring rules only; Sichuan is the one province whose form differs (seed 003).
  return profile.id === "sichuan" ? "sichuan" : "national";
}

/** 年初预算数 / 全年预算数 / 全年执行数 of one 项目资金 line (万元). */
export interface TemplateFigures {
  initial?: number | null;
  annual?: number | null;
  executed?: number | null;
}

export interface TemplateProject {
  name?: string;
  dept?: string;
  unit?: string;
  /** 年度资金总额: 年初预算数 and 全年预算数. */
  initial?: number | null;
  annual?: number | null;
  fiscal?: TemplateFigures;
  /** 上年结转资金: always a line of the national form; the Sichuan form prints it only when given. */
  carryover?: TemplateFigures;
  other?: TemplateFigures;
  /** 预期目标 (national) / 年度目标 (Sichuan). */
  goal?: string;
}

export interface TemplateIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 as the targets state it ("≥8人", "及时"). */
  target?: string | number | null;
  /** Sichuan only: 指标性质 / 度量单位 when the target is given split. */
  nature?: string | null;
  unit?: string | null;
  weight?: number | string | null;
  /** The weight is the add-in's proposal (shown as "suggested"). */
  weightSuggested?: boolean;
  /** A note on the indicator's name cell (e.g. how its 一级指标 was inferred). */
  note?: string;
}

export interface TemplateOptions {
  profile: RuleProfile;
  year: number;
  /** Defaults to the project's name made legal and unique, or "新项目". */
  sheetName?: string;
  /** Names already in the workbook, to keep the sheet name unique. */
  existingSheetNames?: readonly string[];
  project?: TemplateProject;
  /** Indicator rows; without them a skeleton with the usual 一级 / 二级 rows is laid out. */
  indicators?: TemplateIndicator[];
  /** With no indicators: this many blank indicator rows instead of the skeleton. */
  rows?: number;
  /** A note on the 分值 header (e.g. the weights are suggestions). */
  weightNote?: string;
}

/** The skeleton of a blank template: one row per usual second level. */
function skeleton(form: FormKind): TemplateIndicator[] {
  const levels = form === "sichuan" ? SICHUAN_LEVELS : NATIONAL_LEVELS;
  return levels.flatMap((l) => l.skeleton.map((level2) => ({ level1: l.level1, level2, name: "" })));
}

const num = (v: number | null | undefined): LayoutValue => (v === undefined ? null : v);
const weightValue = (w: number | string | null | undefined): LayoutValue => (w === undefined || w === null || w === "" ? null : typeof w === "number" ? w : new Decimal(w).toNumber());

/**
 * The self-evaluation sheet of one project as plain data, on the profile's form: the national
 * 9-column form or the Sichuan form. Labels, input cells (white), result cells (执行率, 得分, 总分:
 * left blank for the add-in's check), suggested weights, merges, borders, widths, number formats
 * and drop-down lists for 一级 / 二级 指标.
 */
export function buildTemplate(options: TemplateOptions): SheetSpec {
  const form = formOf(options.profile);
  const project = options.project ?? {};
  const blankRows = options.indicators === undefined && options.rows !== undefined;
  const indicators: TemplateIndicator[] =
    options.indicators ?? (blankRows ? Array.from({ length: Math.max(1, options.rows!) }, () => ({ level1: "", level2: "", name: "" })) : skeleton(form));
  const name =
    options.sheetName ??
    uniqueSheetName(project.name && project.name.trim() !== "" ? project.name : TEMPLATE_TEXT.defaultSheetName, options.existingSheetNames ?? [], TEMPLATE_TEXT.defaultSheetName);

  const layout = form === "sichuan" ? layoutSichuanTable(sichuanData(project, indicators)) : layoutNationalTable(nationalData(options, project, indicators), CANONICAL_STYLE);
  const notes = new Map<string, string>();
  indicators.forEach((ind, i) => {
    if (ind.note) notes.set(`indicator.name#${i}`, ind.note);
  });
  if (options.weightNote) notes.set("indicators.head.weight", options.weightNote);
  if (form === "national" && project.initial !== undefined && project.initial !== null && (project.annual === undefined || project.annual === null)) {
    notes.set("funds.total.annual", TEMPLATE_TEXT.budgetNote);
  }

  const cells: CellSpec[] = layout.cells.map((c) => toCellSpec(c, indicators, notes));
  return {
    name,
    cells,
    merges: layout.cells.filter((c) => c.bottom > c.row || c.right > c.col).map((c) => rangeAddress(c.row, c.col, c.bottom, c.right)),
    widths: form === "sichuan" ? [...SICHUAN_WIDTHS] : [...NATIONAL_WIDTHS],
    rowHeights: layout.rowHeights.map((h) => ({ row: h.row + 1, height: h.height })),
    borders: [rangeAddress(layout.border.top, layout.border.left, layout.border.bottom, layout.border.right)],
    validations: validations(layout, form, indicators),
  };
}

function toCellSpec(c: LayoutCell, indicators: TemplateIndicator[], notes: Map<string, string>): CellSpec {
  const spec: CellSpec = { address: cellAddress(c.row, c.col), value: c.value === "" ? null : c.value, role: c.role };
  if (c.field === "indicator.weight" && c.index !== undefined && indicators[c.index].weightSuggested && c.value !== null) spec.role = "suggested";
  const numFmt = c.format ? TEMPLATE_FORMATS[c.format] : undefined;
  if (numFmt) spec.numFmt = numFmt;
  if (c.align === "left") spec.align = "left";
  if (c.heading) spec.heading = true;
  const note = notes.get(c.index !== undefined && c.field === "indicator.name" ? `${c.field}#${c.index}` : c.field);
  if (note) spec.note = note;
  return spec;
}

function nationalData(options: TemplateOptions, project: TemplateProject, indicators: TemplateIndicator[]): NationalSheetData {
  const line = (f?: TemplateFigures) => ({ initial: num(f?.initial), annual: num(f?.annual), executed: num(f?.executed) });
  return {
    year: options.year,
    name: project.name ?? null,
    dept: project.dept ?? null,
    unit: project.unit ?? null,
    funds: {
      total: { initial: num(project.initial), annual: num(project.annual), executed: null, weight: new Decimal(options.profile.executionWeight).toNumber(), rate: null, score: null },
      fiscal: line(project.fiscal),
      carryover: line(project.carryover),
      other: line(project.other),
    },
    expectedGoal: project.goal ?? "",
    actualGoal: "",
    indicators: indicators.map((ind) => ({
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name,
      target: ind.target ?? null,
      actual: null,
      weight: weightValue(ind.weight),
      score: null,
      explanation: null,
    })),
    total: { weight: new Decimal(options.profile.totalWeight).toNumber(), score: null },
  };
}

function sichuanData(project: TemplateProject, indicators: TemplateIndicator[]): SichuanSheetData {
  return {
    name: project.name ?? null,
    budgetUnit: project.unit ?? project.dept ?? null,
    funds: {
      total: num(project.initial ?? project.annual),
      fiscal: num(project.fiscal?.initial ?? project.fiscal?.annual),
      // The Sichuan form has no 上年结转资金 line; it gets one when the project names the line.
      ...(project.carryover !== undefined ? { carryover: num(project.carryover.initial ?? project.carryover.annual) } : {}),
      other: num(project.other?.initial ?? project.other?.annual),
    },
    goal: project.goal ?? "",
    indicators: indicators.map((ind) => ({
      level1: ind.level1,
      level2: ind.level2,
      level3: ind.name,
      nature: ind.nature ?? null,
      value: ind.target ?? null,
      unit: ind.unit ?? null,
      weight: weightValue(ind.weight),
      actual: null,
    })),
  };
}

/** Drop-down lists: 一级指标 on the whole column, 二级指标 by the row's 一级, 指标性质 (Sichuan). */
function validations(layout: TableLayout, form: FormKind, indicators: TemplateIndicator[]): ListValidation[] {
  const levels = form === "sichuan" ? SICHUAN_LEVELS : NATIONAL_LEVELS;
  const first = layout.cells.find((c) => c.field === "indicator.name" && c.index === 0);
  if (!first || indicators.length === 0) return [];
  const top = first.row;
  const bottom = top + indicators.length - 1;
  const out: ListValidation[] = [{ range: rangeAddress(top, 1, bottom, 1), list: levels.map((l) => l.level1), prompt: TEMPLATE_TEXT.level1Prompt }];
  const union = [...new Set(levels.flatMap((l) => l.level2))];
  const listFor = (level1: string): string[] => {
    const level: Level | null = levelOf(level1);
    const found = levels.find((l) => levelOf(l.level1) === level);
    return level && found ? found.level2 : union;
  };
  let start = 0;
  for (let i = 1; i <= indicators.length; i++) {
    const list = listFor(indicators[start].level1);
    if (i < indicators.length && listFor(indicators[i].level1).join() === list.join()) continue;
    out.push({ range: rangeAddress(top + start, 2, top + i - 1, 2), list, prompt: TEMPLATE_TEXT.level2Prompt });
    start = i;
  }
  if (form === "sichuan") out.push({ range: rangeAddress(top, 4, bottom, 4), list: [...SICHUAN_NATURES], prompt: TEMPLATE_TEXT.naturePrompt });
  return out;
}
