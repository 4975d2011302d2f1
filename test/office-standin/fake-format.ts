/**
 * Range formatting in the Excel JavaScript API fake: fill, font, alignment, wrap, column widths and
 * row heights, borders, and data validation. Same rules as the rest of the fake: setters are queued
 * until sync, unloaded properties throw, each part is gated by the ExcelApi version it needs, and every
 * setter sends its value in the request (measured against the payload limit, see fake-base.ts).
 * Browser-safe: no Node APIs.
 */
import { type MergeArea, cellAddress } from "../../src/domain/grid";
import { type FakeContextLike, FakeError, Proxy, type RequestPart, cellsOf } from "./fake-base";
import type { FakeRange, FakeSheet } from "./fake-excel";

/** One border side of a cell, as set. */
export interface FakeBorderSide {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FakeValidation {
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks?: boolean;
}

/** A cell's formatting beyond its number format and fill (which live on FakeCell). */
export interface FakeStyle {
  bold?: boolean;
  size?: number;
  color?: string;
  underline?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: { top?: FakeBorderSide; bottom?: FakeBorderSide; left?: FakeBorderSide; right?: FakeBorderSide };
  validation?: FakeValidation;
}

/** Excel's defaults for a new sheet in Chinese Office (等线 11: 8.38 characters = 54 pt, rows 14.25 pt). */
export const DEFAULT_COLUMN_WIDTH = 54;
export const DEFAULT_ROW_HEIGHT = 14.25;

/** The one value all cells share, else null (what Excel reports for a mixed range). */
function uniform<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

function rowsOf(a: MergeArea): number[] {
  return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => a.top + i);
}

function colsOf(a: MergeArea): number[] {
  return Array.from({ length: a.right - a.left + 1 }, (_, i) => a.left + i);
}

export class FakeRangeFormat extends Proxy {
  readonly fillProxy: FakeRangeFill;
  readonly fontProxy: FakeRangeFont;
  constructor(
    ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.fillProxy = new FakeRangeFill(ctx, range);
    this.fontProxy = new FakeRangeFont(ctx, range);
  }
  get fill(): FakeRangeFill {
    return this.fillProxy;
  }
  get font(): FakeRangeFont {
    return this.fontProxy;
  }
  get borders(): FakeRangeBorders {
    return new FakeRangeBorders(this.ctx, this.range);
  }
  override objectPath(): string {
    return `${this.range.objectPath()}/format`;
  }
  protected override child(name: string): Proxy | null {
    return name === "fill" ? this.fillProxy : name === "font" ? this.fontProxy : null;
  }
  override loadPaths(paths: string[], request: RequestPart | null = null): void {
    if (paths.includes("columnWidth") || paths.includes("rowHeight")) this.ctx.requireApi("1.2", "RangeFormat.columnWidth / rowHeight");
    super.loadPaths(paths, request);
  }
  protected override snapshot(): Record<string, unknown> {
    const a = this.range.area();
    const sheet = this.range.sheet;
    const styles = cellsOf(a).map((addr) => sheet.styles.get(addr));
    return {
      horizontalAlignment: uniform(styles.map((s) => s?.horizontalAlignment ?? "General")),
      verticalAlignment: uniform(styles.map((s) => s?.verticalAlignment ?? "Bottom")),
      wrapText: uniform(styles.map((s) => s?.wrapText ?? false)),
      columnWidth: uniform(colsOf(a).map((c) => sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH)),
      rowHeight: uniform(rowsOf(a).map((r) => sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT)),
    };
  }
  private style(member: string, value: unknown, set: (style: FakeStyle) => void): void {
    queueStyle(this.ctx, this.range, this.objectPath(), member, value, set);
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.style("horizontalAlignment", v, (s) => (s.horizontalAlignment = v));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.style("verticalAlignment", v, (s) => (s.verticalAlignment = v));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.style("wrapText", v, (s) => (s.wrapText = v));
  }
  get columnWidth(): number {
    this.ctx.requireApi("1.2", "RangeFormat.columnWidth");
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.ctx.requireApi("1.2", "RangeFormat.columnWidth");
    this.ctx.queueWrite(
      this.range.sheet,
      () => {
        for (const c of colsOf(this.range.area())) this.range.sheet.columnWidths.set(c, v);
        return [];
      },
      { path: this.objectPath(), member: "columnWidth", args: v },
    );
  }
  get rowHeight(): number {
    this.ctx.requireApi("1.2", "RangeFormat.rowHeight");
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.ctx.requireApi("1.2", "RangeFormat.rowHeight");
    this.ctx.queueWrite(
      this.range.sheet,
      () => {
        for (const r of rowsOf(this.range.area())) this.range.sheet.rowHeights.set(r, v);
        return [];
      },
      { path: this.objectPath(), member: "rowHeight", args: v },
    );
  }
}

export class FakeRangeFill extends Proxy {
  constructor(
    ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `${this.range.objectPath()}/format/fill`;
  }
  protected override snapshot(): Record<string, unknown> {
    const a = this.range.area();
    const fills = new Set(cellsOf(a).map((addr) => this.range.sheet.peek(addr)?.fill ?? null));
    // Like Excel: a mixed range reports null; an unfilled one reports white with pattern "None".
    const only = fills.size === 1 ? [...fills][0] : undefined;
    if (only === undefined) return { color: null, pattern: null };
    return { color: only ?? "#FFFFFF", pattern: only ? "Solid" : "None" };
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.ctx.queueWrite(
      this.range.sheet,
      () => {
        const cells = cellsOf(this.range.area());
        for (const addr of cells) this.range.sheet.cell(addr).fill = v.toUpperCase();
        return cells;
      },
      { path: this.objectPath(), member: "color", args: v },
    );
  }
  override loadPaths(paths: string[], request: RequestPart | null = null): void {
    if (paths.includes("pattern")) this.ctx.requireApi("1.9", "RangeFill.pattern");
    super.loadPaths(paths, request);
  }
  get pattern(): string {
    this.ctx.requireApi("1.9", "RangeFill.pattern");
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.queueWrite(
      this.range.sheet,
      () => {
        const cells = cellsOf(this.range.area());
        for (const addr of cells) this.range.sheet.cell(addr).fill = null;
        return cells;
      },
      { path: this.objectPath(), member: "clear" },
    );
  }
}

export class FakeRangeFont extends Proxy {
  constructor(
    ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `${this.range.objectPath()}/format/font`;
  }
  protected override snapshot(): Record<string, unknown> {
    const styles = cellsOf(this.range.area()).map((addr) => this.range.sheet.styles.get(addr));
    return {
      bold: uniform(styles.map((s) => s?.bold ?? false)),
      size: uniform(styles.map((s) => s?.size ?? 11)),
      color: uniform(styles.map((s) => s?.color ?? "#000000")),
      underline: uniform(styles.map((s) => s?.underline ?? "None")),
    };
  }
  private style(member: string, value: unknown, set: (style: FakeStyle) => void): void {
    queueStyle(this.ctx, this.range, this.objectPath(), member, value, set);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.style("bold", v, (s) => (s.bold = v));
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.style("size", v, (s) => (s.size = v));
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.style("color", v, (s) => (s.color = v.toUpperCase()));
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.style("underline", v, (s) => (s.underline = v));
  }
}

type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class FakeRangeBorders {
  constructor(
    private readonly ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {}
  getItem(side: BorderSide): FakeRangeBorder {
    if (!["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"].includes(side)) {
      throw new FakeError("InvalidArgument", `unknown border ${side}`);
    }
    return new FakeRangeBorder(this.ctx, this.range, side);
  }
}

/** One border of a range; setting it sets the matching side of every cell it runs along. */
export class FakeRangeBorder {
  constructor(
    private readonly ctx: FakeContextLike,
    private readonly range: FakeRange,
    private readonly side: BorderSide,
  ) {}
  set style(v: string) {
    this.set({ style: v });
  }
  set weight(v: string) {
    this.set({ weight: v });
  }
  set color(v: string) {
    this.set({ color: v.toUpperCase() });
  }
  private set(part: FakeBorderSide): void {
    const sheet: FakeSheet = this.range.sheet;
    const [member, value] = Object.entries(part)[0];
    const request = { path: `${this.range.objectPath()}/format/borders/getItem(${this.side})`, member, args: value };
    this.ctx.queueWrite(sheet, () => {
      const a = this.range.area();
      const touched: string[] = [];
      const mark = (row: number, col: number, edge: "top" | "bottom" | "left" | "right") => {
        const addr = cellAddress(row, col);
        const style = sheet.style(addr);
        style.borders = { ...(style.borders ?? {}), [edge]: { ...(style.borders?.[edge] ?? {}), ...part } };
        touched.push(addr);
      };
      const rows = rowsOf(a);
      const cols = colsOf(a);
      if (this.side === "EdgeTop") for (const c of cols) mark(a.top, c, "top");
      if (this.side === "EdgeBottom") for (const c of cols) mark(a.bottom, c, "bottom");
      if (this.side === "EdgeLeft") for (const r of rows) mark(r, a.left, "left");
      if (this.side === "EdgeRight") for (const r of rows) mark(r, a.right, "right");
      if (this.side === "InsideHorizontal") {
        for (const r of rows.slice(0, -1)) for (const c of cols) {
          mark(r, c, "bottom");
          mark(r + 1, c, "top");
        }
      }
      if (this.side === "InsideVertical") {
        for (const c of cols.slice(0, -1)) for (const r of rows) {
          mark(r, c, "right");
          mark(r, c + 1, "left");
        }
      }
      return [...new Set(touched)];
    }, request);
  }
}

/** Range.dataValidation (ExcelApi 1.8): each setter applies to every cell of the range. */
export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {}
  private set(part: FakeValidation): void {
    const [member, value] = Object.entries(part)[0];
    this.ctx.queueWrite(
      this.range.sheet,
      () => {
        const cells = cellsOf(this.range.area());
        for (const addr of cells) {
          const style = this.range.sheet.style(addr);
          style.validation = { ...(style.validation ?? {}), ...part };
        }
        return cells;
      },
      { path: `${this.range.objectPath()}/dataValidation`, member, args: value },
    );
  }
  set rule(rule: Excel.DataValidationRule) {
    const source = rule.list?.source;
    // Excel's limit on a list typed into the rule: 255 characters.
    if (typeof source === "string" && source.length > 255) throw new FakeError("InvalidArgument", "list source longer than 255 characters");
    this.set({ rule });
  }
  set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
    this.set({ errorAlert });
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.set({ prompt });
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.set({ ignoreBlanks });
  }
}

/** Queues a style setter over every cell of a range (RangeFormat and RangeFont alike). */
function queueStyle(ctx: FakeContextLike, range: FakeRange, path: string, member: string, value: unknown, set: (style: FakeStyle) => void): void {
  ctx.queueWrite(
    range.sheet,
    () => {
      const cells = cellsOf(range.area());
      for (const addr of cells) set(range.sheet.style(addr));
      return cells;
    },
    { path, member, args: value },
  );
}
