/**
 * The reviewers' report (`--report NAME.html`): one self-contained page. Style, script and charts are
 * inline and a Content-Security-Policy forbids every fetch, so the file opens offline in any current
 * browser and prints on A4 landscape. Every text from a workbook is escaped.
 */
import Decimal from "decimal.js";
import { SEVERITY_LABELS, type Finding } from "../../domain/finding";
import type { RuleProfile } from "../../domain/profiles/types";
import { REPORT_TEXT } from "../../strings/report";
import type { FileResult } from "../file-result";
import { formatPercent, sheetRef } from "../format-text";
import { allFindings, type RunSummary } from "../summary";
import { REPORT_CSS, REPORT_SCRIPT } from "./assets";
import { barChart, rateBins, type Bar } from "./charts";
import { escapeHtml as h } from "./escape";
import { looseFindings, reviewRows, type ReviewRow } from "./rows";

export interface ReportInput {
  files: FileResult[];
  summary: RunSummary;
  profile: RuleProfile;
  missingPaths: string[];
  /** Shown in the header; fixed in tests. */
  generatedAt: Date;
}

/** Marks the absence of a unit or grade in data attributes (the empty value means "all" in filters). */
const NONE = "__none__";

/** The whole page as one HTML string. */
export function renderReport(input: ReportInput): string {
  const rows = reviewRows(input.files);
  const body = [
    `<h1>${h(REPORT_TEXT.title)}</h1>`,
    `<p class="meta">${h(REPORT_TEXT.generated(formatDate(input.generatedAt), input.profile.name))}</p>`,
    totals(input),
    `<div class="charts">${gradeFigure(rows, input.profile)}${rateFigure(rows, input.profile)}</div>`,
    codesSection(input.files),
    projectTable(rows, input.profile),
    looseSection(input.files),
    `<p class="note">${h(REPORT_TEXT.charts)}</p>`,
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(REPORT_TEXT.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function formatDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function totals(input: ReportInput): string {
  const s = input.summary;
  const unchecked = input.files.filter((f) => !f.checked).length;
  const card = (cls: string, label: string, n: number, extra = "") =>
    `<div class="card ${cls}"><div class="n">${n}</div><div>${h(label)}${extra}</div></div>`;
  return [
    `<h2>${h(REPORT_TEXT.totals)}</h2><div class="cards" id="totals">`,
    card("", REPORT_TEXT.files, s.files, unchecked > 0 ? `<div class="meta">${h(REPORT_TEXT.filesUnchecked(unchecked))}</div>` : ""),
    card("", REPORT_TEXT.projects, s.projects),
    card("error", REPORT_TEXT.errors, s.error),
    card("warning", REPORT_TEXT.warnings, s.warning),
    card("info", REPORT_TEXT.infos, s.info),
    `</div>`,
    input.missingPaths.length > 0 ? `<p class="meta">${h(REPORT_TEXT.missingPaths(input.missingPaths.length))}</p>` : "",
  ].join("");
}

function gradeFigure(rows: ReviewRow[], profile: RuleProfile): string {
  const projects = rows.filter((r) => !r.fileRow);
  const bands = profile.gradeBands;
  const bars: Bar[] = bands.map((b, i) => ({
    label: REPORT_TEXT.gradeBand(b.grade, b.min, i === 0 ? null : bands[i - 1].min),
    value: projects.filter((r) => r.grade === b.grade).length,
    tone: `g${Math.min(i, 3)}`,
  }));
  bars.push({ label: REPORT_TEXT.noGrade, value: projects.filter((r) => r.grade === null).length, tone: "none" });
  return `<figure id="grades"><figcaption>${h(REPORT_TEXT.gradeChart)}</figcaption>${barChart(REPORT_TEXT.gradeChart, bars)}</figure>`;
}

function rateFigure(rows: ReviewRow[], profile: RuleProfile): string {
  const bins = rateBins(rows.filter((r) => !r.fileRow).map((r) => r.rate));
  const threshold = new Decimal(profile.executionExplainBelow);
  // Bins wholly below the threshold are drawn in the warning colour.
  bins.slice(0, 10).forEach((b, i) => {
    if (threshold.greaterThanOrEqualTo(new Decimal(i + 1).dividedBy(10))) b.tone = "low";
  });
  const percent = formatPercent(profile.executionExplainBelow).replace(/\.00%$/, "%");
  const chart = barChart(REPORT_TEXT.rateChart, bins, { at: threshold.times(10).toNumber(), label: REPORT_TEXT.threshold(percent) });
  return `<figure id="rates"><figcaption>${h(REPORT_TEXT.rateChart)}</figcaption>${chart}<p class="note">${h(REPORT_TEXT.rateAxis)}</p><p class="note">${h(REPORT_TEXT.rateChartNote(percent))}</p></figure>`;
}

function codesSection(files: FileResult[]): string {
  // A profile or the data can give one code several severities: counted apart.
  const byCode = new Map<string, { counts: Record<Finding["severity"], number>; n: number }>();
  for (const f of files) {
    for (const x of allFindings(f)) {
      let e = byCode.get(x.code);
      if (!e) byCode.set(x.code, (e = { counts: { error: 0, warning: 0, info: 0 }, n: 0 }));
      e.counts[x.severity]++;
      e.n++;
    }
  }
  const head = `<h2>${h(REPORT_TEXT.codesChart)}</h2>`;
  if (byCode.size === 0) return `${head}<p class="empty">${h(REPORT_TEXT.noFindings)}</p>`;
  const entries = [...byCode].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const max = entries[0][1].n;
  const lines = entries.map(
    ([code, e]) =>
      `<tr data-code="${h(code)}"><td><code>${h(code)}</code></td>` +
      (["error", "warning", "info"] as const).map((s) => `<td class="num">${e.counts[s] ? `${severity(s)} ${e.counts[s]}` : ""}</td>`).join("") +
      `<td class="num">${e.n}</td>` +
      `<td class="barcell"><span class="hbar" style="width:${((e.n / max) * 100).toFixed(1)}%"></span></td></tr>`,
  );
  return `${head}<table class="codes" id="codes"><thead><tr><th>${h(REPORT_TEXT.code)}</th><th class="num">${h(REPORT_TEXT.errors)}</th><th class="num">${h(REPORT_TEXT.warnings)}</th><th class="num">${h(REPORT_TEXT.infos)}</th><th class="num">${h(REPORT_TEXT.count)}</th><th></th></tr></thead><tbody>${lines.join("")}</tbody></table>`;
}

function severity(s: Finding["severity"]): string {
  return `<span class="sev ${s}">${h(SEVERITY_LABELS[s])}</span>`;
}

function location(f: Finding): string {
  if (!f.sheet) return "";
  return f.cell ? `${sheetRef(f.sheet)}!${f.cell}` : sheetRef(f.sheet);
}

function findingsTable(findings: Finding[], withFile?: string[]): string {
  const head = `<tr>${withFile ? `<th>${h(REPORT_TEXT.colFile)}</th>` : ""}<th>${h(REPORT_TEXT.severity)}</th><th>${h(REPORT_TEXT.code)}</th><th>${h(REPORT_TEXT.location)}</th><th>${h(REPORT_TEXT.message)}</th></tr>`;
  const lines = findings.map(
    (f, i) =>
      `<tr>${withFile ? `<td class="file">${h(withFile[i])}</td>` : ""}<td>${severity(f.severity)}</td><td><code>${h(f.code)}</code></td><td><code>${h(location(f))}</code></td><td>${h(f.message)}</td></tr>`,
  );
  return `<table class="findings"><thead>${head}</thead><tbody>${lines.join("")}</tbody></table>`;
}

function options(values: { value: string; label: string }[]): string {
  return [`<option value="">${h(REPORT_TEXT.filterAll)}</option>`, ...values.map((v) => `<option value="${h(v.value)}">${h(v.label)}</option>`)].join("");
}

/** The folder all files share ("" when none), so that the table shows short names; the full path is the title. */
function commonFolder(files: string[]): string {
  if (files.length === 0) return "";
  const split = files.map((f) => f.split(/[\\/]/).slice(0, -1));
  let n = 0;
  while (split.every((s) => n < s.length && s[n] === split[0][n])) n++;
  const folder = split[0].slice(0, n).join("/");
  return folder === "" ? "" : folder + "/";
}

function projectTable(rows: ReviewRow[], profile: RuleProfile): string {
  const folder = commonFolder([...new Set(rows.map((r) => r.file))]);
  const shortName = (file: string) => (folder && file.replace(/\\/g, "/").startsWith(folder) ? file.replace(/\\/g, "/").slice(folder.length) : file);
  const collator = new Intl.Collator("zh-CN");
  const units = [...new Set(rows.filter((r) => !r.fileRow).map((r) => r.unit))].sort(collator.compare);
  const codes = [...new Set(rows.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const filters =
    `<div class="filters">` +
    `<label>${h(REPORT_TEXT.filterUnit)} <select id="f-unit">${options(units.map((u) => ({ value: u || NONE, label: u || REPORT_TEXT.noUnit })))}</select></label>` +
    `<label>${h(REPORT_TEXT.filterGrade)} <select id="f-grade">${options([...profile.gradeBands.map((b) => ({ value: b.grade, label: b.grade })), { value: NONE, label: REPORT_TEXT.noGrade }])}</select></label>` +
    `<label>${h(REPORT_TEXT.filterCode)} <select id="f-code">${options(codes.map((c) => ({ value: c, label: c })))}</select></label>` +
    `<span>${h(REPORT_TEXT.shown)} <strong id="shown">${rows.length}</strong> ${h(REPORT_TEXT.shownOf(rows.length))}</span>` +
    `</div>`;
  const th = (label: string, key: string, type: "num" | "text", cls = "") =>
    `<th data-key="${key}" data-type="${type}"${cls ? ` class="${cls}"` : ""}>${h(label)}</th>`;
  const head =
    `<thead><tr>${th(REPORT_TEXT.colFile, "file", "text")}${th(REPORT_TEXT.colSheet, "sheet", "text")}${th(REPORT_TEXT.colUnit, "unit", "text")}` +
    `${th(REPORT_TEXT.colProject, "project", "text")}${th(REPORT_TEXT.colRate, "rate", "num", "num")}${th(REPORT_TEXT.colTotal, "total", "num", "num")}` +
    `${th(REPORT_TEXT.colGrade, "grade-rank", "num")}${th(REPORT_TEXT.colErrors, "errors", "num", "num")}${th(REPORT_TEXT.colWarnings, "warnings", "num", "num")}</tr></thead>`;
  const rank = new Map(profile.gradeBands.map((b, i) => [b.grade as string, i]));
  const bodies = rows.map((r, i) => {
    const codesOf = [...new Set(r.findings.map((f) => f.code))].join(" ");
    const attrs = {
      order: String(i),
      file: shortName(r.file),
      sheet: r.sheet,
      unit: r.fileRow ? "" : r.unit || NONE,
      project: r.project,
      rate: r.rate ?? "",
      total: r.total ?? "",
      grade: r.grade ?? NONE,
      "grade-rank": r.grade === null ? "" : String(rank.get(r.grade) ?? ""),
      errors: String(r.counts.error),
      warnings: String(r.counts.warning),
      codes: codesOf,
    };
    const data = Object.entries(attrs)
      .map(([k, v]) => ` data-${k}="${h(v)}"`)
      .join("");
    const name = r.fileRow ? REPORT_TEXT.fileRow : r.project || REPORT_TEXT.unnamed;
    const main =
      `<tr class="main" tabindex="0" aria-expanded="false">` +
      `<td class="file" title="${h(r.file)}"><span class="toggle">▸</span>${h(shortName(r.file))}</td><td>${h(r.sheet)}</td><td>${h(r.fileRow ? "" : r.unit || REPORT_TEXT.noUnit)}</td>` +
      `<td>${h(name)}</td><td class="num">${h(r.fileRow ? "" : formatPercent(r.rate))}</td><td class="num">${h(r.total ?? "")}</td>` +
      `<td class="grade">${h(r.grade ?? "")}</td><td class="num${r.counts.error ? " err" : ""}">${r.counts.error}</td><td class="num${r.counts.warning ? " warn" : ""}">${r.counts.warning}</td></tr>`;
    const detail = `<tr class="detail" hidden><td colspan="9">${r.findings.length ? findingsTable(r.findings) : `<span class="empty">${h(REPORT_TEXT.noFindingsRow)}</span>`}</td></tr>`;
    return `<tbody class="project"${data}>${main}${detail}</tbody>`;
  });
  return `<h2>${h(REPORT_TEXT.table)}</h2><p class="hint">${h(REPORT_TEXT.tableHint)}</p>${filters}<table id="projects">${head}${bodies.join("\n")}</table>`;
}

function looseSection(files: FileResult[]): string {
  const loose = looseFindings(files);
  if (loose.length === 0) return "";
  return `<h2>${h(REPORT_TEXT.fileFindings)}</h2>${findingsTable(
    loose.map((l) => l.finding),
    loose.map((l) => l.file),
  )}`;
}
