/**
 * The last check's results, kept in the browser's local storage (not in the workbook) so the pane
 * shows what the ribbon's "检查并评分" found without running the check again. One entry per
 * document URL; only the newest few documents are kept.
 *
 * Only what the pane shows is stored: the report without its write plan and without findings' `data`
 * (their drafts of 偏差原因 are kept: the pane offers 填入说明草稿 from them).
 */
import type { Finding } from "../domain/finding";
import type { ProjectReport, WorkbookReport } from "../domain/report/types";
import type { RunCounts } from "../excel/check/run";
import { createSettingsStore } from "../office/helpers";

export type StoredFinding = Omit<Finding, "data">;

/** A stored project: `unit` may be missing from results stored before reports carried it. */
export type StoredProject = Omit<ProjectReport, "findings" | "unit"> & { unit?: string; findings: StoredFinding[] };

export type StoredReport = {
  profile: string;
  findings: StoredFinding[];
  projects: StoredProject[];
  sheets: WorkbookReport["sheets"];
};

export type StoredResults = {
  version: 1;
  /** Epoch milliseconds (a number: the storage library turns ISO date strings into Date objects). */
  savedAt: number;
  source: "ribbon" | "pane";
  report: StoredReport;
  counts: Pick<RunCounts, "projects" | "error" | "warning" | "info">;
  /** The run's Chinese messages (degraded features, skipped sheets, retries). */
  messages: string[];
};

/** The store's name; its localStorage keys start with `@selfeval-results/`. */
export const RESULTS_STORE_NAME = "selfeval-results";
const INDEX_KEY = "index";
const MAX_DOCUMENTS = 10;

/** The key of the open document: its URL, or one shared key for a workbook never saved. */
export function documentKey(): string {
  let url: unknown;
  try {
    url = typeof Office === "undefined" ? undefined : Office.context?.document?.url;
  } catch {
    url = undefined;
  }
  return typeof url === "string" && url !== "" ? `doc:${url}` : "doc:(untitled)";
}

/** What the pane shows of a finding: its `data` is left out, its draft of 偏差原因 (填入说明草稿) kept. */
function stripFinding({ code, severity, message, sheet, cell, draft }: Finding): StoredFinding {
  const stored: StoredFinding = cell === undefined ? { code, severity, message, sheet } : { code, severity, message, sheet, cell };
  if (draft) stored.draft = { ...draft };
  return stored;
}

/** What is stored of a successful run. */
export function toStoredResults(
  outcome: { report: WorkbookReport; counts: RunCounts; messages: string[] },
  source: StoredResults["source"],
  now: Date = new Date(),
): StoredResults {
  const { report, counts } = outcome;
  return {
    version: 1,
    savedAt: now.getTime(),
    source,
    report: {
      profile: report.profile,
      findings: report.findings.map(stripFinding),
      projects: report.projects.map((project) => ({ ...project, findings: project.findings.map(stripFinding) })),
      sheets: report.sheets,
    },
    counts: { projects: counts.projects, error: counts.error, warning: counts.warning, info: counts.info },
    messages: [...outcome.messages],
  };
}

/** Stored JSON back into results, or undefined when it is from another version or malformed. */
export function parseStoredResults(raw: unknown): StoredResults | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const value = raw as Partial<StoredResults>;
  if (value.version !== 1 || typeof value.savedAt !== "number" || typeof value.report !== "object" || value.report === null) return undefined;
  const report = value.report as Partial<StoredReport>;
  if (!Array.isArray(report.projects) || !Array.isArray(report.findings)) return undefined;
  const projects = report.projects.map((p) => (p && Array.isArray(p.findings) ? { ...p, findings: p.findings.map(checkedDraft) } : p));
  return {
    version: 1,
    savedAt: value.savedAt,
    source: value.source === "ribbon" ? "ribbon" : "pane",
    report: { profile: String(report.profile ?? ""), findings: report.findings.map(checkedDraft), projects, sheets: Array.isArray(report.sheets) ? report.sheets : [] },
    counts: value.counts ?? { projects: report.projects.length, error: 0, warning: 0, info: 0 },
    messages: Array.isArray(value.messages) ? value.messages.filter((m): m is string => typeof m === "string") : [],
  };
}

/**
 * A stored finding with its draft only when the draft is whole (its text, its kind, a cell that is
 * text): what 填入说明草稿 would write comes from it, so a damaged entry loses its draft, not more.
 */
function checkedDraft(finding: StoredFinding): StoredFinding {
  if (!finding || typeof finding !== "object" || finding.draft === undefined) return finding;
  const d = finding.draft as Partial<NonNullable<StoredFinding["draft"]>> | null;
  const whole = d !== null && typeof d === "object" && typeof d.text === "string" && typeof d.kind === "string" && typeof d.append === "boolean" && (d.cell === undefined || typeof d.cell === "string");
  if (whole) return finding;
  const { draft: _dropped, ...rest } = finding;
  return rest;
}

/** The last results kept for this document, if any. */
export async function loadLastResults(key: string = documentKey()): Promise<StoredResults | undefined> {
  const store = await createSettingsStore<unknown>(RESULTS_STORE_NAME);
  return parseStoredResults(store.get(key));
}

/** Keeps the results for this document and forgets the oldest documents beyond the limit. */
export async function saveLastResults(results: StoredResults, key: string = documentKey()): Promise<void> {
  const store = await createSettingsStore<unknown>(RESULTS_STORE_NAME);
  const index = store.get(INDEX_KEY);
  const keys = (Array.isArray(index) ? index : []).filter((k): k is string => typeof k === "string" && k !== key);
  keys.unshift(key);
  for (const old of keys.splice(MAX_DOCUMENTS)) store.remove(old);
  store.set(key, results);
  store.set(INDEX_KEY, keys);
}
