/**
 * What the pane and the adapter exchange about project sheets: adding one from the template,
 * creating the standard template, importing the targets tables, and taking such an addition back.
 * Plain data only; the functions are in add-project.ts, create-template.ts and import-targets.ts.
 */
import type { FormKind } from "../../domain/template/build";
import type { ProjectFormValues } from "../../domain/template/project-form";

/** The 新增项目 form, already validated (domain/template/project-form.ts). Amounts in 万元. */
export type NewProject = ProjectFormValues;

/** The workbook as the 新增项目 / 导入绩效目标 forms need it: one Excel.run, two syncs (the sheet list, then every sheet's used range). */
export type ProjectContextOutcome =
  | {
      ok: true;
      /** Every sheet's name, in tab order (hidden ones included: their names are taken too). */
      sheets: string[];
      /** Visible sheets that hold at least one non-empty cell: candidates for 导入绩效目标. */
      nonEmptySheets: string[];
      /** The template in force: the sheet the user marked, else `模板` / `自评表模板`; null when none. */
      template: { sheet: string; form: FormKind | null } | null;
      /** Worksheet.copy is available (ExcelApi 1.7); otherwise the sheet is built from the template's cells. */
      canCopy: boolean;
    }
  | { ok: false; message: string };

/** A change that added whole sheets, kept so that the add-in can take it back. */
export interface AddedSheetsRecord {
  kind: "add-project" | "create-template" | "import-targets";
  createdAt: string;
  /** Each added sheet with a fingerprint of the values the add-in wrote, to tell whether the user has typed in it since. */
  sheets: { name: string; fingerprint: string }[];
}

export type AddSheetsOutcome =
  | {
      ok: true;
      /** The sheets created, in tab order. */
      created: string[];
      /** The record for "撤销新增"; also kept in the workbook's settings. */
      record: AddedSheetsRecord;
      syncs: number;
      /** Chinese lines for the pane: a degraded copy, suggested weights to confirm, a note on a table. */
      messages: string[];
    }
  | { ok: false; code?: string; message: string };

export type UndoAddOutcome =
  | {
      ok: true;
      /** Sheets deleted. */
      removed: string[];
      /** Sheets kept because the user changed them after they were added (never deleted then). */
      kept: string[];
      messages: string[];
    }
  | { ok: false; message: string };

/** What every project-sheet operation may be given; tests inject both. */
export interface ProjectRunOptions {
  caps?: import("../host/capabilities").Capabilities;
  /** `Excel.run`, injectable for tests. */
  excelRun?: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
}
