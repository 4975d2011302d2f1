/**
 * Draws the add-in's icons (a small sheet grid with a green check mark) as PNG files in assets/.
 *
 * Run: npx tsx scripts/icons/make-icons.ts
 *
 * Grid lines are snapped to whole pixels at every size so the 16 px icon stays crisp; the check mark
 * is anti-aliased by supersampling each pixel.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** A layer reports how much of the pixel-space point (x, y) it covers: true or false. */
type Layer = { color: Rgb; covers: (x: number, y: number) => boolean };

const SHEET_FILL: Rgb = [255, 255, 255];
const SHEET_BORDER: Rgb = [96, 96, 96];
const GRID_LINE: Rgb = [160, 160, 160];
const HEADER_FILL: Rgb = [198, 224, 180];
const CHECK_GREEN: Rgb = [16, 124, 16];
const HALO: Rgb = [255, 255, 255];

const SIZES: ReadonlyArray<{ size: number; file: string }> = [
  { size: 16, file: "icon-16.png" },
  { size: 32, file: "icon-32.png" },
  { size: 64, file: "icon-64.png" },
  { size: 80, file: "icon-80.png" },
  { size: 128, file: "logo-128.png" },
];

const SUPERSAMPLE = 8;

function inRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number): boolean {
  return x >= x0 && x < x1 && y >= y0 && y < y1;
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
  const px = a[0] + t * dx - x;
  const py = a[1] + t * dy - y;
  return Math.sqrt(px * px + py * py);
}

function nearPolyline(x: number, y: number, points: readonly Point[], radius: number): boolean {
  for (let i = 0; i + 1 < points.length; i += 1) {
    if (distanceToSegment(x, y, points[i], points[i + 1]) <= radius) return true;
  }
  return false;
}

/** Builds the layers for one icon size, back to front, in pixel coordinates. */
function layersFor(size: number): Layer[] {
  const line = Math.max(1, Math.round(size / 20));
  const left = Math.round(size * 0.06);
  const right = Math.round(size * 0.8);
  const top = Math.round(size * 0.1);
  const bottom = Math.round(size * 0.86);
  const columns = 3;
  const rows = 4;
  const columnEdges = Array.from({ length: columns - 1 }, (_, i) =>
    Math.round(left + ((right - left) * (i + 1)) / columns),
  );
  const rowEdges = Array.from({ length: rows - 1 }, (_, i) =>
    Math.round(top + ((bottom - top) * (i + 1)) / rows),
  );
  const headerBottom = rowEdges[0];

  const check: Point[] = [
    [size * 0.44, size * 0.63],
    [size * 0.61, size * 0.8],
    [size * 0.93, size * 0.38],
  ];
  const checkRadius = Math.max(1.1, size * 0.075);
  const haloRadius = checkRadius + Math.max(1, size * 0.045);

  return [
    { color: SHEET_FILL, covers: (x, y) => inRect(x, y, left, top, right, bottom) },
    { color: HEADER_FILL, covers: (x, y) => inRect(x, y, left, top, right, headerBottom) },
    {
      color: GRID_LINE,
      covers: (x, y) =>
        inRect(x, y, left, top, right, bottom) &&
        (columnEdges.some((c) => x >= c && x < c + line) || rowEdges.some((r) => y >= r && y < r + line)),
    },
    {
      color: SHEET_BORDER,
      covers: (x, y) =>
        inRect(x, y, left, top, right, bottom) &&
        !inRect(x, y, left + line, top + line, right - line, bottom - line),
    },
    { color: HALO, covers: (x, y) => nearPolyline(x, y, check, haloRadius) },
    { color: CHECK_GREEN, covers: (x, y) => nearPolyline(x, y, check, checkRadius) },
  ];
}

/** Renders one icon as RGBA with straight (non-premultiplied) alpha. */
function renderIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const layers = layersFor(size);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      // Premultiplied accumulation over all subsamples, compositing layers back to front.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          let top: Rgb | undefined;
          for (const layer of layers) if (layer.covers(x, y)) top = layer.color;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 1;
          }
        }
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = a === 0 ? 0 : Math.round(r / a);
      png.data[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      png.data[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      png.data[offset + 3] = Math.round((255 * a) / samples);
    }
  }
  return png;
}

function main(): void {
  const outDir = resolve(__dirname, "..", "..", "assets");
  mkdirSync(outDir, { recursive: true });
  for (const { size, file } of SIZES) {
    const target = join(outDir, file);
    writeFileSync(target, PNG.sync.write(renderIcon(size)));
    console.log(`wrote ${target} (${size}×${size})`);
  }
}

main();
