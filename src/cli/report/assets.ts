/**
 * The report's own style sheet and script, inlined into the page (nothing is fetched). The script
 * only sorts, filters and opens rows; every text is already in the page, escaped on the server.
 */

export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; --error: #c62828; --warning: #b26a00; --info: #1565c0; --good: #2e7d32; --bar: #4a6fa5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 20px 24px 40px; color: var(--ink); background: #fff;
  font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.meta, .hint, .note { color: var(--muted); font-size: 12px; margin: 4px 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 120px; background: var(--bg); }
.card .n { font-size: 24px; font-weight: 600; }
.card.error .n { color: var(--error); } .card.warning .n { color: var(--warning); } .card.info .n { color: var(--info); }
.charts { margin-top: 16px; display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; align-items: start; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { width: 100%; height: auto; display: block; }
svg .guide { stroke: #e5e9ee; stroke-width: 1; }
svg .axis, svg .label { fill: var(--muted); font-size: 11px; }
svg .value { fill: var(--ink); font-size: 11px; }
svg .bar { fill: var(--bar); } svg .bar.low { fill: #d98c3f; } svg .bar.over { fill: #8e6bbf; } svg .bar.none { fill: #9aa4ae; }
svg .bar.g0 { fill: var(--good); } svg .bar.g1 { fill: #6a9f3a; } svg .bar.g2 { fill: #d9a400; } svg .bar.g3 { fill: var(--error); }
svg .marker { stroke: var(--error); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .marker-label { fill: var(--error); font-size: 11px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.codes td.barcell { width: 40%; }
.hbar { display: inline-block; height: 10px; background: var(--bar); border-radius: 2px; vertical-align: middle; }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; }
.sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; }
.filters { display: flex; flex-wrap: wrap; gap: 16px; align-items: center; margin: 8px 0; }
.filters label { font-size: 13px; }
.filters select { font: inherit; font-size: 13px; padding: 2px 4px; max-width: 260px; }
#projects th[data-key] { cursor: pointer; user-select: none; }
#projects th[data-key]::after { content: " ↕"; color: #aab3bc; font-size: 11px; }
#projects th[aria-sort="ascending"]::after { content: " ▲"; color: var(--ink); }
#projects th[aria-sort="descending"]::after { content: " ▼"; color: var(--ink); }
#projects tr.main { cursor: pointer; }
#projects tr.main:hover { background: #f0f4fa; }
#projects tr.main:focus { outline: 2px solid var(--bar); outline-offset: -2px; }
#projects tr.main .toggle { display: inline-block; width: 1em; color: var(--muted); transition: transform .1s; }
#projects tr.main[aria-expanded="true"] .toggle { transform: rotate(90deg); }
#projects td.err { color: var(--error); font-weight: 600; } #projects td.warn { color: var(--warning); font-weight: 600; }
#projects tr.detail > td { background: #fbfcfd; padding: 6px 12px 10px 28px; }
table.findings th, table.findings td { border-bottom: 1px solid #e8ecf0; font-size: 13px; }
.grade { font-weight: 600; }
.file { word-break: break-all; }
.empty { color: var(--muted); }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9pt; }
  h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 10pt; break-after: avoid; }
  .filters, .hint, #projects .toggle { display: none; }
  #projects th[data-key]::after { content: ""; }
  .charts { grid-template-columns: 1fr 1fr; gap: 8pt; }
  figure { break-inside: avoid; }
  table { font-size: 8pt; } th, td { padding: 2pt 4pt; }
  thead { display: table-header-group; }
  tbody, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

export const REPORT_SCRIPT = `
(function () {
  "use strict";
  var table = document.getElementById("projects");
  if (!table) return;
  var bodies = Array.prototype.slice.call(table.tBodies);
  var shown = document.getElementById("shown");
  var filters = { unit: document.getElementById("f-unit"), grade: document.getElementById("f-grade"), code: document.getElementById("f-code") };
  var sort = { key: null, dir: 1 };

  function value(body, key, type) {
    var v = body.getAttribute("data-" + key) || "";
    if (type === "num") return v === "" ? null : parseFloat(v);
    return v;
  }
  function compare(a, b, key, type) {
    var x = value(a, key, type), y = value(b, key, type);
    if (x === y || (x === null && y === null)) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    if (type === "num") return (x - y) * sort.dir;
    return x.localeCompare(y, "zh-CN") * sort.dir;
  }
  Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-key"), type = th.getAttribute("data-type");
      sort.dir = sort.key === key ? -sort.dir : 1;
      sort.key = key;
      Array.prototype.forEach.call(table.tHead.querySelectorAll("th[data-key]"), function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", sort.dir > 0 ? "ascending" : "descending");
      bodies.slice().sort(function (a, b) {
        return compare(a, b, key, type) || (parseInt(a.getAttribute("data-order"), 10) - parseInt(b.getAttribute("data-order"), 10));
      }).forEach(function (b) { table.appendChild(b); });
    });
  });

  function applyFilters() {
    var unit = filters.unit.value, grade = filters.grade.value, code = filters.code.value, n = 0;
    bodies.forEach(function (b) {
      var ok = (!unit || b.getAttribute("data-unit") === unit) &&
        (!grade || b.getAttribute("data-grade") === grade) &&
        (!code || (" " + b.getAttribute("data-codes") + " ").indexOf(" " + code + " ") >= 0);
      b.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
  }
  Object.keys(filters).forEach(function (k) { filters[k].addEventListener("change", applyFilters); });

  function toggle(row) {
    var detail = row.nextElementSibling;
    var open = row.getAttribute("aria-expanded") !== "true";
    row.setAttribute("aria-expanded", open ? "true" : "false");
    detail.hidden = !open;
  }
  table.addEventListener("click", function (e) {
    var row = e.target.closest("tr.main");
    if (row) toggle(row);
  });
  table.addEventListener("keydown", function (e) {
    var row = e.target.closest && e.target.closest("tr.main");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); toggle(row); }
  });
})();
`;
