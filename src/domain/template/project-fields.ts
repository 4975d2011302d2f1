/**
 * Where a new project's name, units, year and budget go on a copy of the template: the cells the
 * domain's locator finds on the template's grid. Plain data in, plain data out.
 */
import { type CellPos, type Grid, formulaAt, valueAt } from "../grid";
import { locateTables } from "../locate";
import type { LocatedTable } from "../locate/model";
import type { FormKind } from "./build";
import type { ProjectFormValues } from "./project-form";

/** The fields of the 新增项目 form a template may have no place for (the adapter names them in Chinese). */
export type ProjectField = "name" | "dept" | "unit" | "budgetUnit" | "year" | "initial" | "annual" | "total";

export interface FieldWrite {
  row: number;
  col: number;
  value: string | number;
}

export interface ProjectFields {
  /** The form of the template's (first) table; null when no table was found on it. */
  form: FormKind | null;
  writes: FieldWrite[];
  /** The fields the user must type by hand (the template has no place for them). */
  missing: ProjectField[];
}

/** A label and its value in one cell ("项目名称：XXX"): the part to keep in front of the new value. */
const LABEL_PREFIX = /^\s*(项目名称|主管部门|主管单位|实施单位|预算单位|执行单位)(及代码)?\s*[:：]?\s*/;

/** The first table on the template: its form and where each field of the 新增项目 form goes. */
export function projectFieldWrites(template: Grid, project: ProjectFormValues): ProjectFields {
  const table = locateTables(template)[0];
  if (!table) return { form: null, writes: [], missing: [] };
  const writes: FieldWrite[] = [];
  const missing: ProjectField[] = [];
  const put = (pos: CellPos | undefined, label: CellPos | undefined, value: string | number | null, name: ProjectField) => {
    if (value === null || value === "") return;
    if (!pos) {
      missing.push(name);
      return;
    }
    if (typeof value === "string" && label && pos.row === label.row && pos.col === label.col) {
      const prefix = LABEL_PREFIX.exec(String(valueAt(template, pos.row, pos.col) ?? ""));
      value = `${prefix ? prefix[0] : ""}${value}`;
    }
    writes.push({ row: pos.row, col: pos.col, value });
  };
  const total = table.funds.find((f) => f.kind === "total");

  put(table.fields.name, table.labels.name, project.name, "name");
  if (table.variant === "sichuan") {
    // The Sichuan form has one unit (预算单位) and one 年度资金总额 figure: the budget in force.
    put(table.fields.unit, table.labels.unit, project.unit || project.dept, "budgetUnit");
    put(total?.annual, undefined, project.annual ?? project.initial, "total");
  } else {
    put(table.fields.dept, table.labels.dept, project.dept, "dept");
    put(table.fields.unit, table.labels.unit, project.unit, "unit");
    put(total?.initial, undefined, project.initial, "initial");
    put(total?.annual, undefined, project.annual, "annual");
    const year = yearWrite(template, table, project.year);
    if (year) writes.push(year);
    else missing.push("year");
  }
  return { form: table.variant, writes, missing };
}

const YEAR_IN_TEXT = /(19|20)\d{2}(?=\s*年)/;
const BLANK_YEAR = /^([（(]?)[\s_＿]*年度([）)]?)$/;

/**
 * The year line of the title ("（2024年度）", "2024年度项目支出绩效自评表", "（    年度）") with the
 * new year; null when the rows above 项目名称 hold none.
 */
function yearWrite(grid: Grid, table: LocatedTable, year: number): FieldWrite | null {
  const nameRow = table.labels.name?.row ?? table.top + 3;
  for (let row = Math.max(grid.top, table.top - 2); row < nameRow; row++) {
    for (let col = table.left; col <= table.right; col++) {
      const v = valueAt(grid, row, col);
      if (typeof v !== "string" || formulaAt(grid, row, col) !== null) continue;
      if (YEAR_IN_TEXT.test(v)) return { row, col, value: v.replace(YEAR_IN_TEXT, String(year)) };
      const blank = BLANK_YEAR.exec(v.trim());
      if (blank) return { row, col, value: `${blank[1]}${year}年度${blank[2]}` };
    }
  }
  return null;
}
