import type { Finding } from "../finding";
import type { Plan } from "../plan/types";
import type { Grade } from "../profiles/types";
import type { RuleProfile } from "../profiles/types";
import type { TableVariant } from "../locate/model";
import type { DraftSkip, DraftWording } from "../drafts/types";

/** Options of one check-and-score run. */
export interface CheckOptions {
  profile: RuleProfile;
  /** Write the execution rate as a live formula (=executed/annual) instead of a value. */
  rateAsFormula?: boolean;
  /** Attach cell notes to findings (adapters that cannot write notes ignore them). */
  addNotes?: boolean;
  /** Add the add-in's own list sheet (项目清单（自动）) to the plan: one row per project, with totals. */
  projectList?: boolean;
  /** The sheet the user marked as the template (besides 模板 / 自评表模板): not checked while blank. */
  templateSheet?: string | null;
  /** False when nothing will be written back (a report only): the plan is then left empty. */
  plan?: boolean;
  /** The words of drafts (src/strings/drafts.ts): each deviation finding then carries its draft. */
  drafts?: DraftWording;
  /** Put the drafts into the plan (needs `drafts`): selfeval check --write --draft-explanations. */
  writeDrafts?: boolean;
}

export interface IndicatorReport {
  /** The score cell where there is one, else the 三级指标 cell. */
  cell: string;
  name: string;
  level1: string;
  level2: string;
  target: string;
  actual: string;
  weight: string | null;
  /** The score that counts: entered when typed, else computed. */
  score: string | null;
  computedScore: string | null;
  scoreSource: "entered" | "computed" | "none";
}

export interface ProjectReport {
  sheet: string;
  range: string;
  variant: TableVariant;
  name: string;
  /** 实施单位 (Sichuan: 预算单位); "" where the table has none. Not part of the --json document. */
  unit: string;
  year?: number;
  funds: {
    initial: string | null;
    annual: string | null;
    executed: string | null;
    /** Exact fraction as a decimal string. */
    rate: string | null;
    rateScore: string | null;
  };
  indicators: IndicatorReport[];
  total: string | null;
  grade: Grade | null;
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}

export interface WorkbookReport {
  profile: string;
  /** Sheet-level findings not tied to a project (e.g. table-not-found). */
  findings: Finding[];
  projects: ProjectReport[];
  plan: Plan;
  sheets: { name: string; tables: number; hidden: boolean }[];
  /** With writeDrafts: the drafts the plan writes, and those it could not (a cell not empty, a formula). */
  drafts?: { written: number; skipped: DraftSkip[] };
}
