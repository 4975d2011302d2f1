/**
 * The report's charts as plain inline SVG: a few bars and labels need no charting library, and an
 * inline SVG prints sharply, works offline and runs no script.
 */
import Decimal from "decimal.js";
import { REPORT_TEXT } from "../../strings/report";
import { escapeHtml } from "./escape";

export interface Bar {
  label: string;
  value: number;
  /** CSS class of the bar (its colour). */
  tone?: string;
}

const WIDTH = 520;
const HEIGHT = 220;
const PAD = { top: 18, right: 12, bottom: 42, left: 36 };

/** A vertical bar chart; `marker` draws a dashed vertical line at a position between bars (0 … bars). */
export function barChart(title: string, bars: Bar[], marker?: { at: number; label: string }): string {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = plotW / Math.max(1, bars.length);
  const barW = step * 0.72;
  const parts: string[] = [];
  // Horizontal guides at 0, half and the maximum.
  for (const v of [0, Math.ceil(max / 2), max]) {
    const y = PAD.top + plotH - (v / max) * plotH;
    parts.push(`<line class="guide" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}"/>`);
    parts.push(`<text class="axis" x="${PAD.left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
  }
  bars.forEach((b, i) => {
    const h = (b.value / max) * plotH;
    const x = PAD.left + i * step + (step - barW) / 2;
    const y = PAD.top + plotH - h;
    const tip = escapeHtml(REPORT_TEXT.chartCount(b.label, b.value));
    parts.push(
      `<rect class="bar ${b.tone ?? ""}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${tip}</title></rect>`,
    );
    if (b.value > 0) parts.push(`<text class="value" x="${(x + barW / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${b.value}</text>`);
    parts.push(
      `<text class="label" x="${(x + barW / 2).toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(b.label)}</text>`,
    );
  });
  if (marker) {
    const x = PAD.left + marker.at * step;
    parts.push(`<line class="marker" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${PAD.top - 6}" y2="${PAD.top + plotH}"/>`);
    parts.push(`<text class="marker-label" x="${(x - 4).toFixed(1)}" y="${PAD.top + 4}" text-anchor="end">${escapeHtml(marker.label)}</text>`);
  }
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<title>${escapeHtml(title)}</title>${parts.join("")}</svg>`
  );
}

/** Histogram bins of execution rates: ten of 10% (100% in the last), over 100%, and no rate. */
export function rateBins(rates: (string | null)[]): Bar[] {
  const bins: Bar[] = [];
  for (let i = 0; i < 10; i++) bins.push({ label: REPORT_TEXT.rateBin(i * 10, (i + 1) * 10), value: 0 });
  bins.push({ label: REPORT_TEXT.rateOver, value: 0, tone: "over" });
  bins.push({ label: REPORT_TEXT.rateNone, value: 0, tone: "none" });
  for (const r of rates) {
    let d: Decimal | null = null;
    try {
      d = r === null || r === "" ? null : new Decimal(r);
    } catch {
      d = null;
    }
    if (d === null || !d.isFinite()) bins[11].value++;
    else if (d.greaterThan(1)) bins[10].value++;
    else bins[Math.max(0, Math.min(9, d.times(10).floor().toNumber()))].value++;
  }
  return bins;
}
