/** Findings: what a check reports, as plain values. */
import type { FindingDraft } from "./drafts/types";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable code reviewers filter on, e.g. "deviation-unexplained". */
  code: string;
  severity: Severity;
  /** Plain Chinese: what is wrong and what to do. */
  message: string;
  sheet: string;
  /** A1 address on `sheet`; absent for a sheet-level finding. */
  cell?: string;
  /** Machine-readable details (computed vs typed values, …) for tests and exports. */
  data?: Record<string, unknown>;
  /** For a deviation to explain: a draft of the explanation (when the run was given the drafts' wording). */
  draft?: FindingDraft;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The severity as every user reads it: in notes, the pane, the command line and the project list. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
