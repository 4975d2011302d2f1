/**
 * A small stand-in for the Excel JavaScript API, backed by plain cell maps: only the surface
 * src/excel uses. office-addin-mock has no Excel object model (see ECOSYSTEM.md), no `items`
 * collections and no null objects, so this fake keeps Office.js's batching rules instead:
 *
 * - setters and `load` are queued and take effect at `context.sync()`, in order;
 * - reading a property that was not loaded (and synced) throws, as Office.js does;
 * - a write to a protected sheet fails the sync with AccessDenied (earlier operations stay applied);
 * - methods above the fake's ExcelApi version throw (so degrade paths must not call them);
 * - a method called on a null object fails the sync;
 * - syncs can be made to fail (e.g. InvalidOperationInCellEditMode) before anything is applied;
 * - a string written through `values` / `formulas` is read as if typed: "=…" a formula, "12" or
 *   "50%" a number, "TRUE" a boolean, "2024/1/5" a date serial, "'text" the text without its quote;
 * - sheets are added, copied (1.7), renamed, moved, hidden and deleted at sync, with Excel's checks
 *   (a taken name, the last visible sheet); a write to a sheet deleted before it fails the sync;
 * - Excel's documented limits, each citing its page (constants and payload model in fake-base.ts):
 *   5 MB per request and per response on Excel on the web (FakeBook.host), 5,000,000 cells per range
 *   read, 512 merged areas per getMergedAreasOrNullObject, workbook structure protection (1.7);
 * - where the documentation is silent, a FakeBook option picks the answer so tests can run both
 *   (noFillReadBack, noteOnThreadedComment);
 * - every sync leaves a SyncRecord: cells written, request and response bytes, largest read, most
 *   merged areas met by one call.
 * The stand-in is a claim about Excel: README.md in this folder lists each rule with its page, and what is not
 * modelled. Formatting (fonts, alignment, sizes, borders, data validation) is in fake-format.ts.
 * Everything here runs in the browser too (the e2e stand-in host): no Node APIs.
 */
import { type MergeArea, cellAddress, columnName, parseAddress } from "../../src/domain/grid";
import {
  ERROR_VALUE,
  type FakeContextLike,
  FakeError,
  MERGED_AREAS_LIMIT,
  type Op,
  PAYLOAD_LIMIT_BYTES,
  Proxy,
  RANGE_READ_CELL_LIMIT,
  type RequestPart,
  areaAddress,
  areaOf,
  cellsOf,
  jsonBytes,
  requestBytes,
  versionAtLeast,
} from "./fake-base";
import { FakeDataValidation, FakeRangeFill, FakeRangeFormat, type FakeStyle } from "./fake-format";

export { FakeError, FakeRangeFill, FakeRangeFormat };
export type { FakeStyle };

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  error: string | null;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
}

export interface FakeSheetSpec {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
  /** A1 → a constant, "=formula", "#ERROR!" (an error value), or a full cell. */
  cells?: Record<string, string | number | boolean | Partial<FakeCell>>;
  merges?: string[];
  notes?: Record<string, string>;
  comments?: Record<string, string>;
  /** A1 → fonts, alignment, borders, validation. */
  styles?: Record<string, FakeStyle>;
  /** Column letter → width in points; 1-based row → height in points. */
  columnWidths?: Record<string, number>;
  rowHeights?: Record<number, number>;
}

export class FakeSheet {
  name: string;
  visibility: string;
  protected: boolean;
  cells = new Map<string, FakeCell>();
  merges: MergeArea[] = [];
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  styles = new Map<string, FakeStyle>();
  /** By 0-based column / row; absent means Excel's default. */
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();

  constructor(spec: FakeSheetSpec) {
    this.name = spec.name;
    this.visibility = spec.visibility ?? "Visible";
    this.protected = spec.protected ?? false;
    for (const [addr, v] of Object.entries(spec.cells ?? {})) {
      const cell = this.cell(addr);
      if (typeof v === "object") Object.assign(cell, v);
      else setCellValue(cell, v);
    }
    for (const m of spec.merges ?? []) this.merges.push(areaOf(m));
    for (const [a, t] of Object.entries(spec.notes ?? {})) this.notes.set(a, t);
    for (const [a, t] of Object.entries(spec.comments ?? {})) this.comments.set(a, t);
    for (const [a, st] of Object.entries(spec.styles ?? {})) this.styles.set(a, JSON.parse(JSON.stringify(st)) as FakeStyle);
    for (const [c, w] of Object.entries(spec.columnWidths ?? {})) this.columnWidths.set(parseAddress(`${c}1`).col, w);
    for (const [r, h] of Object.entries(spec.rowHeights ?? {})) this.rowHeights.set(Number(r) - 1, h);
  }

  style(address: string): FakeStyle {
    const key = address.replace(/\$/g, "").toUpperCase();
    let st = this.styles.get(key);
    if (!st) {
      st = {};
      this.styles.set(key, st);
    }
    return st;
  }

  /** A deep copy under another name: what Worksheet.copy makes. */
  copyAs(name: string): FakeSheet {
    const copy = new FakeSheet({ name, visibility: this.visibility as FakeSheetSpec["visibility"], protected: this.protected });
    copy.fillFrom(this);
    return copy;
  }

  /** Takes every cell, merge, note, comment, style and size of another sheet. */
  fillFrom(other: FakeSheet): void {
    this.cells = new Map([...other.cells].map(([a, c]) => [a, { ...c }]));
    this.merges = other.merges.map((m) => ({ ...m }));
    this.notes = new Map(other.notes);
    this.comments = new Map(other.comments);
    this.styles = new Map([...other.styles].map(([a, st]) => [a, JSON.parse(JSON.stringify(st)) as FakeStyle]));
    this.columnWidths = new Map(other.columnWidths);
    this.rowHeights = new Map(other.rowHeights);
  }

  /** Everything about the sheet, as plain data, for exact before/after comparisons. */
  full(): unknown {
    const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        visibility: this.visibility,
        protected: this.protected,
        cells: sorted(this.cells),
        merges: this.merges,
        notes: sorted(this.notes),
        comments: sorted(this.comments),
        styles: sorted(this.styles),
        columnWidths: [...this.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
        rowHeights: [...this.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
      }),
    );
  }

  cell(address: string): FakeCell {
    const key = address.replace(/\$/g, "").toUpperCase();
    let c = this.cells.get(key);
    if (!c) {
      c = { value: "", formula: null, error: null, numberFormat: "General", fill: null };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(address: string): FakeCell | undefined {
    return this.cells.get(address.replace(/\$/g, "").toUpperCase());
  }

  /** Bounding box of cells holding a value or formula (what getUsedRange(true) reports). */
  usedArea(): MergeArea | null {
    let area: MergeArea | null = null;
    for (const [addr, c] of this.cells) {
      if (c.value === "" && c.formula === null && c.error === null) continue;
      const p = parseAddress(addr);
      area = area
        ? { top: Math.min(area.top, p.row), left: Math.min(area.left, p.col), bottom: Math.max(area.bottom, p.row), right: Math.max(area.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return area;
  }

  qualified(range: string): string {
    const quoted = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
    return `${quoted}!${range}`;
  }
}

const TYPED_DATE = /^(\d{4})\s*([-/年])\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/;

/** A string as Excel reads it when typed: a quote-prefixed text, a number, a percent, a boolean, a date; else itself. */
export function typedInput(v: unknown): string | number | boolean {
  if (typeof v !== "string") return typeof v === "number" || typeof v === "boolean" ? v : String(v ?? "");
  if (v.startsWith("'")) return v;
  const t = v.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  const pct = /^([-+]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  // "Work with dates using the Excel JavaScript API" (learn.microsoft.com/office/dev/add-ins/excel/
  // excel-add-ins-ranges-dates): a date cell's `values` is its serial number (days since 1899-12-30).
  const date = TYPED_DATE.exec(t);
  if (date) return Date.UTC(Number(date[1]), Number(date[3]) - 1, Number(date[4])) / 86400000 + 25569;
  return v;
}

/**
 * The number format Excel gives a General cell typed as a date: "When you type something like 2/2 in a
 * cell, Excel thinks that you're typing a date and formats it according to the default date setting"
 * ("Format a date the way you want", support.microsoft.com/office/8e10019e-d5d8-47a1-ba95-db95123d273e).
 * The fake is Chinese Office (see DEFAULT_COLUMN_WIDTH): "2024/1/5" and "2024-1-5" → yyyy/m/d,
 * "2024年1月5日" → yyyy"年"m"月"d"日" (zh-CN's default date formats: the page names none). A cell that
 * already has a format other than General keeps it (a choice: the page speaks only of the default).
 */
export function typedDateFormat(v: unknown): string | null {
  if (typeof v !== "string" || v.startsWith("'")) return null;
  const date = TYPED_DATE.exec(v.trim());
  if (!date) return null;
  return date[2] === "年" ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d";
}

/** Writes what a `values` / `formulas` setter received, read as typed input. */
function writeTyped(cell: FakeCell, v: unknown): void {
  const typed = typedInput(v);
  if (typeof typed === "string" && typed.startsWith("'")) {
    cell.formula = null;
    cell.error = null;
    cell.value = typed.slice(1);
    return;
  }
  setCellValue(cell, typed);
  const dateFormat = typedDateFormat(v);
  if (dateFormat && cell.numberFormat === "General") cell.numberFormat = dateFormat;
}

function setCellValue(cell: FakeCell, v: string | number | boolean): void {
  cell.formula = null;
  cell.error = null;
  if (typeof v === "string" && v.startsWith("=")) {
    cell.formula = v;
    cell.value = "";
  } else if (typeof v === "string" && ERROR_VALUE.test(v)) {
    cell.error = v;
    cell.value = "";
  } else {
    cell.value = v;
  }
}

/** Range properties that read the cell grid: the ones "limited to 5,000,000 cells for read operations". */
const GRID_PROPERTIES = ["values", "formulas", "valueTypes", "numberFormat"] as const;

export class FakeRange extends Proxy {
  private formatProxy: FakeRangeFormat;
  constructor(
    ctx: FakeContextLike,
    readonly sheet: FakeSheet,
    /** Resolved at sync: null for a null object. */
    readonly resolveArea: () => MergeArea | null,
    readonly nullable = false,
    /** How the request names the range ("getRange(A1:B2)", "getUsedRange()"). */
    readonly label = "range",
  ) {
    super(ctx);
    this.formatProxy = new FakeRangeFormat(ctx, this);
  }

  override objectPath(): string {
    return `worksheets/getItem(${this.sheet.name})/${this.label}`;
  }

  area(): MergeArea {
    const a = this.resolveArea();
    if (!a) throw new FakeError("InvalidOperation", "method called on a null object");
    return a;
  }

  /** Scalars always; a grid property only when asked (a grid read counts against the cell limit first). */
  protected override snapshot(names: string[]): Record<string, unknown> {
    const a = this.resolveArea();
    if (!a) {
      return { isNullObject: true, address: null, values: null, formulas: null, valueTypes: null, numberFormat: null, rowIndex: null, columnIndex: null, rowCount: null, columnCount: null };
    }
    const address = this.sheet.qualified(areaAddress(a));
    const out: Record<string, unknown> = {
      isNullObject: false,
      address,
      rowIndex: a.top,
      columnIndex: a.left,
      rowCount: a.bottom - a.top + 1,
      columnCount: a.right - a.left + 1,
    };
    const grids = GRID_PROPERTIES.filter((n) => names.includes(n) || names.includes("*"));
    if (grids.length === 0) return out;
    this.ctx.readCells((a.bottom - a.top + 1) * (a.right - a.left + 1), `${grids.join(", ")} of ${address}`);
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: T[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(f(this.sheet.peek(cellAddress(r, c))));
        rows.push(row);
      }
      return rows;
    };
    const make: Record<(typeof GRID_PROPERTIES)[number], () => unknown> = {
      values: () => grid((c) => c?.error ?? c?.value ?? ""),
      formulas: () => grid((c) => c?.formula ?? c?.error ?? c?.value ?? ""),
      valueTypes: () => grid((c) => (c?.error ? "Error" : c === undefined || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")),
      numberFormat: () => grid((c) => c?.numberFormat ?? "General"),
    };
    for (const n of grids) out[n] = make[n]();
    return out;
  }

  protected override child(name: string): Proxy | null {
    return name === "format" ? this.formatProxy : null;
  }

  get isNullObject(): boolean {
    if (!this.snap) throw new FakeError("PropertyNotLoaded", "isNullObject");
    return this.snap.isNullObject === true;
  }
  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.writeEach("values", v, writeTyped);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeEach("formulas", v, writeTyped);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.writeEach("numberFormat", v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get format(): FakeRangeFormat {
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.ctx.requireApi("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.ctx, this);
  }

  /** Merges the range (ExcelApi 1.2); merges it overlaps are replaced, as Excel does. */
  merge(across = false): void {
    this.ctx.requireApi("1.2", "Range.merge");
    this.ctx.queueWrite(
      this.sheet,
      () => {
        const a = this.area();
        const overlaps = (m: MergeArea) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left;
        this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m));
        if (across) for (let r = a.top; r <= a.bottom; r++) this.sheet.merges.push({ top: r, left: a.left, bottom: r, right: a.right });
        else this.sheet.merges.push({ ...a });
        return [];
      },
      { path: this.objectPath(), member: "merge", args: [across] },
    );
  }

  unmerge(): void {
    this.ctx.requireApi("1.2", "Range.unmerge");
    this.ctx.queueWrite(
      this.sheet,
      () => {
        const a = this.area();
        this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left));
        return [];
      },
      { path: this.objectPath(), member: "unmerge" },
    );
  }

  /** Range.clear: "Contents" (values and formulas), "Formats", or "All" (the default). */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.ctx.queueWrite(this.sheet, () => {
      const a = this.area();
      const touched: string[] = [];
      for (const [addr, cell] of this.sheet.cells) {
        const p = parseAddress(addr);
        if (p.row < a.top || p.row > a.bottom || p.col < a.left || p.col > a.right) continue;
        if (applyTo !== "Formats") {
          cell.value = "";
          cell.formula = null;
          cell.error = null;
        }
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.fill = null;
          this.sheet.styles.delete(addr);
        }
        touched.push(addr);
      }
      return touched;
    }, { path: this.objectPath(), member: "clear", args: [applyTo] });
  }

  /** A setter of a 2-D array: the request carries the whole array (JSON.stringify(values)). */
  private writeEach(member: string, v: unknown[][], set: (cell: FakeCell, x: unknown) => void): void {
    this.ctx.queueWrite(
      this.sheet,
      () => {
        const a = this.area();
        v.forEach((row, r) => row.forEach((x, c) => set(this.sheet.cell(cellAddress(a.top + r, a.left + c)), x)));
        return cellsOf(a);
      },
      { path: this.objectPath(), member, args: v },
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this);
  }

  /**
   * Range.getCellProperties (1.9): only `format/fill/color,pattern` is modelled. A read of the cell grid
   * (limited to 5,000,000 cells); its result is part of the response. What an unfilled cell reports is
   * not documented: FakeBook.noFillReadBack picks the answer (see NoFillReadBack).
   */
  getCellProperties(options: unknown): { value: unknown[][] } {
    this.ctx.requireApi("1.9", "Range.getCellProperties");
    const result: { value: unknown[][]; ready: boolean } = { value: [], ready: false };
    this.ctx.queue(
      () => {
        const a = this.area();
        this.ctx.readCells((a.bottom - a.top + 1) * (a.right - a.left + 1), `getCellProperties of ${this.sheet.qualified(areaAddress(a))}`);
        const noFill = NO_FILL_READ_BACK[this.ctx.book.noFillReadBack];
        const rows: unknown[][] = [];
        for (let r = a.top; r <= a.bottom; r++) {
          const row: unknown[] = [];
          for (let c = a.left; c <= a.right; c++) {
            const fill = this.sheet.peek(cellAddress(r, c))?.fill ?? null;
            row.push({ format: { fill: fill ? { color: fill, pattern: "Solid" } : { ...noFill } } });
          }
          rows.push(row);
        }
        result.value = rows;
        result.ready = true;
        this.ctx.respond(rows, () => {
          result.value = [];
          result.ready = false;
        });
      },
      { path: this.objectPath(), member: "getCellProperties", args: [options] },
    );
    return result;
  }

  select(): void {
    this.ctx.queue(
      () => {
        this.ctx.selection = { sheet: this.sheet.name, address: areaAddress(this.area()) };
      },
      { path: this.objectPath(), member: "select" },
    );
  }
}

/**
 * What getCellProperties({ format: { fill: { color, pattern } } }) reports for a cell with no fill.
 * The documentation is silent (Excel.CellPropertiesFill declares `color?: string` and `pattern?:
 * FillPattern`, both optional), so tests run each answer:
 * - "white-none" (the default, the fake's answer before this option): color "#FFFFFF", pattern
 *   "None", the same as the fake's RangeFill load of an unfilled range;
 * - "white-omitted": color "#FFFFFF" and no pattern member at all. The other plausible answer: the
 *   declared type allows an absent member (it does not allow null), and a reader that tells "no fill"
 *   by `pattern === "None"` then takes the cell for a white fill;
 * - "null": color null, pattern null, RangeFill's "not uniform" answer; outside the declared type, so
 *   the least plausible, kept for a reader that must not crash on it.
 */
export type NoFillReadBack = "white-none" | "white-omitted" | "null";

const NO_FILL_READ_BACK: Record<NoFillReadBack, { color?: string | null; pattern?: string | null }> = {
  "white-none": { color: "#FFFFFF", pattern: "None" },
  "white-omitted": { color: "#FFFFFF" },
  null: { color: null, pattern: null },
};

/**
 * What Range.getMergedAreasOrNullObject (1.13) returns. "If the merged areas count in this range is
 * more than 512, then this method will fail to return the result" (Excel.Range reference,
 * learn.microsoft.com/javascript/api/excel/excel.range): the reference names no error code, so the
 * fake fails the sync with InvalidOperation, a pick of its own; tests should expect a failed sync, not
 * that code. The limit counts areas that meet the range, evaluated when the areas are loaded.
 */
export class FakeRangeAreas extends Proxy {
  private itemsList: { address: string }[] = [];
  constructor(
    ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `${this.range.objectPath()}/getMergedAreasOrNullObject()`;
  }
  protected override snapshot(names: string[]): Record<string, unknown> {
    const a = this.range.area();
    const hits = this.range.sheet.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
    this.ctx.mergedAreas(hits.length);
    this.itemsList = hits.map((m) => ({ address: this.range.sheet.qualified(areaAddress(m)) }));
    const out: Record<string, unknown> = { isNullObject: hits.length === 0, address: hits.length ? this.itemsList.map((i) => i.address).join(",") : null };
    if (names.includes("areas")) out.areas = true;
    return out;
  }
  /** The areas' items come back with the response (their addresses: what the adapter loads). */
  protected override responseOf(names: string[], got: Record<string, unknown>): unknown {
    const base = super.responseOf(names.filter((n) => n !== "areas"), got);
    if (!names.includes("areas")) return base;
    return { ...(base as object | undefined), areas: { items: this.itemsList } };
  }
  protected override loadNested(head: string, rest: string[]): void {
    if (head !== "areas") throw new Error(`fake: cannot load ${head}`);
    this.wanted.add("areas");
    void rest;
  }
  get isNullObject(): boolean {
    if (!this.snap) throw new FakeError("PropertyNotLoaded", "isNullObject");
    return this.snap.isNullObject === true;
  }
  get areas(): { items: { address: string }[] } {
    this.get("areas");
    return { items: this.itemsList };
  }
}

/** A note (1.18) or threaded comment (1.10) on one cell. */
export class FakeNote extends Proxy {
  constructor(
    ctx: FakeContextLike,
    readonly sheet: FakeSheet,
    readonly cell: string,
    readonly store: "notes" | "comments",
    readonly nullable: boolean,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `worksheets/getItem(${this.sheet.name})/${this.store}/getItem(${this.cell})`;
  }
  private exists(): boolean {
    return this.sheet[this.store].has(this.cell);
  }
  protected override snapshot(): Record<string, unknown> {
    if (!this.exists()) {
      if (!this.nullable) throw new FakeError("ItemNotFound", `no ${this.store} at ${this.cell}`);
      return { isNullObject: true, content: null };
    }
    return { isNullObject: false, content: this.sheet[this.store].get(this.cell) };
  }
  get isNullObject(): boolean {
    if (!this.snap) throw new FakeError("PropertyNotLoaded", "isNullObject");
    return this.snap.isNullObject === true;
  }
  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.ctx.queueWrite(
      this.sheet,
      () => {
        if (!this.exists()) throw new FakeError("ItemNotFound", `no ${this.store} at ${this.cell}`);
        this.sheet[this.store].set(this.cell, text);
        return [this.cell];
      },
      { path: this.objectPath(), member: "content", args: text },
    );
  }
  delete(): void {
    this.ctx.queueWrite(
      this.sheet,
      () => {
        if (!this.exists()) throw new FakeError("ItemNotFound", `no ${this.store} at ${this.cell}`);
        this.sheet[this.store].delete(this.cell);
        return [this.cell];
      },
      { path: this.objectPath(), member: "delete" },
    );
  }
  getLocation(): FakeRange {
    const p = parseAddress(this.cell);
    return new FakeRange(this.ctx, this.sheet, () => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }), false, `${this.store}/getItem(${this.cell})/getLocation()`);
  }
}

/** worksheet.notes / worksheet.comments, and the workbook-wide collections. */
export class FakeNoteCollection extends Proxy {
  private itemsList: FakeNote[] = [];
  constructor(
    ctx: FakeContextLike,
    private readonly sheets: () => FakeSheet[],
    private readonly store: "notes" | "comments",
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return this.store;
  }
  protected override loadNested(head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: cannot load ${head}`);
    this.wanted.add("items");
    this.ctx.queue(() => {
      const before = this.snap;
      this.snap = { items: true };
      this.ctx.respond(undefined, () => {
        this.snap = before;
      });
      this.itemsList = this.sheets().flatMap((s) => [...s[this.store].keys()].map((cell) => new FakeNote(this.ctx, s, cell, this.store, false)));
      for (const item of this.itemsList) item.loadPathsNow(rest);
    }, null);
  }
  get items(): FakeNote[] {
    this.get("items");
    return this.itemsList;
  }
  private one(): FakeSheet {
    return this.sheets()[0];
  }
  /** Notes take "A1"; comments documentedly need a Range or a sheet-qualified address. */
  private cellOf(arg: string | FakeRange): string {
    if (arg instanceof FakeRange) {
      const a = arg.resolveArea();
      if (!a) throw new FakeError("InvalidArgument", "null range");
      return cellAddress(a.top, a.left);
    }
    if (this.store === "comments" && !arg.includes("!")) throw new FakeError("InvalidArgument", `comment address needs the sheet name: ${arg}`);
    return arg.includes("!") ? arg.slice(arg.lastIndexOf("!") + 1).replace(/\$/g, "") : arg;
  }
  /**
   * Adds a note or a threaded comment at sync. Whether a note can go on a cell that holds a threaded
   * comment is not documented ("Work with notes using the Excel JavaScript API" and NoteCollection.add
   * say nothing of it; Excel's UI keeps one of the two per cell): FakeBook.noteOnThreadedComment picks.
   */
  add(at: string | FakeRange, content: string): FakeNote {
    const cell = this.cellOf(at);
    const sheet = this.one();
    this.ctx.queueWrite(
      sheet,
      () => {
        if (sheet[this.store].has(cell)) throw new FakeError("InvalidArgument", `${cell} already has one`);
        if (this.store === "notes" && sheet.comments.has(cell) && this.ctx.book.noteOnThreadedComment === "fails") {
          throw new FakeError("InvalidOperation", `${cell} holds a threaded comment`);
        }
        sheet[this.store].set(cell, content);
        return [cell];
      },
      { path: this.objectPath(), member: "add", args: [typeof at === "string" ? at : at.objectPath(), content] },
    );
    return new FakeNote(this.ctx, sheet, cell, this.store, false);
  }
  getItem(cell: string): FakeNote {
    return new FakeNote(this.ctx, this.one(), this.cellOf(cell), this.store, false);
  }
  getItemByCell(at: string | FakeRange): FakeNote {
    return new FakeNote(this.ctx, this.one(), this.cellOf(at), this.store, false);
  }
  getItemOrNullObject(cell: string): FakeNote {
    return new FakeNote(this.ctx, this.one(), this.cellOf(cell), this.store, true);
  }
}

export class FakeProtection extends Proxy {
  constructor(
    ctx: FakeContextLike,
    private readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `worksheets/getItem(${this.sheet.name})/protection`;
  }
  protected override snapshot(): Record<string, unknown> {
    return { protected: this.sheet.protected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheet extends Proxy {
  readonly protectionProxy: FakeProtection;
  constructor(
    ctx: FakeContextLike,
    readonly sheet: FakeSheet,
  ) {
    super(ctx);
    this.protectionProxy = new FakeProtection(ctx, sheet);
  }
  override objectPath(): string {
    return `worksheets/getItem(${this.sheet.name})`;
  }
  protected override snapshot(): Record<string, unknown> {
    return { name: this.sheet.name, visibility: this.sheet.visibility, position: this.ctx.book.sheets.indexOf(this.sheet) };
  }
  protected override child(name: string): Proxy | null {
    if (name === "protection") {
      this.ctx.requireApi("1.2", "Worksheet.protection");
      return this.protectionProxy;
    }
    return null;
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.ctx.queue(
      () => {
        this.ctx.book.requireSheet(this.sheet);
        this.ctx.book.requireStructureUnprotected("rename a sheet");
        this.ctx.book.requireFreeName(name, this.sheet);
        this.sheet.name = name;
      },
      { path: this.objectPath(), member: "name", args: name },
    );
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.queue(
      () => {
        this.ctx.book.requireSheet(this.sheet);
        this.ctx.book.requireStructureUnprotected("hide or unhide a sheet");
        if (v !== "Visible" && this.sheet.visibility === "Visible" && this.ctx.book.visibleCount() <= 1) {
          throw new FakeError("InvalidOperation", "a workbook must keep one visible sheet");
        }
        this.sheet.visibility = v;
      },
      { path: this.objectPath(), member: "visibility", args: v },
    );
  }
  get position(): number {
    return this.get("position");
  }
  set position(index: number) {
    this.ctx.queue(
      () => {
        const sheets = this.ctx.book.sheets;
        this.ctx.book.requireSheet(this.sheet);
        this.ctx.book.requireStructureUnprotected("move a sheet");
        if (index < 0 || index >= sheets.length) throw new FakeError("InvalidArgument", `position ${index} out of range`);
        sheets.splice(sheets.indexOf(this.sheet), 1);
        sheets.splice(index, 0, this.sheet);
      },
      { path: this.objectPath(), member: "position", args: index },
    );
  }
  /** Deletes the sheet; Excel refuses to delete the last visible one. */
  delete(): void {
    this.ctx.queue(
      () => {
        const book = this.ctx.book;
        book.requireSheet(this.sheet);
        book.requireStructureUnprotected("delete a sheet");
        if (this.sheet.visibility === "Visible" && book.visibleCount() <= 1) throw new FakeError("InvalidOperation", "cannot delete the last visible sheet");
        book.sheets.splice(book.sheets.indexOf(this.sheet), 1);
      },
      { path: this.objectPath(), member: "delete" },
    );
  }
  /** Worksheet.copy (ExcelApi 1.7): the copy is made at sync, named "<name> (2)", and placed as asked. */
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None", relativeTo?: FakeWorksheet): FakeWorksheet {
    this.ctx.requireApi("1.7", "Worksheet.copy");
    const shell = new FakeSheet({ name: `\u0000copy of ${this.sheet.name}` });
    this.ctx.queue(() => {
      const book = this.ctx.book;
      book.requireSheet(this.sheet);
      book.requireStructureUnprotected("copy a sheet");
      if ((positionType === "Before" || positionType === "After") && !relativeTo) throw new FakeError("InvalidArgument", "relativeTo is required");
      shell.fillFrom(this.sheet);
      shell.visibility = this.sheet.visibility;
      shell.protected = this.sheet.protected;
      let n = 2;
      while (book.hasName(`${this.sheet.name} (${n})`)) n++;
      shell.name = `${this.sheet.name} (${n})`;
      let at = book.sheets.indexOf(this.sheet) + 1;
      if (positionType === "Beginning") at = 0;
      else if (positionType === "End") at = book.sheets.length;
      else if (relativeTo) {
        book.requireSheet(relativeTo.sheet);
        at = book.sheets.indexOf(relativeTo.sheet) + (positionType === "After" ? 1 : 0);
      }
      book.sheets.splice(at, 0, shell);
    }, { path: this.objectPath(), member: "copy", args: [positionType, relativeTo?.objectPath() ?? null] });
    return new FakeWorksheet(this.ctx, shell);
  }
  get protection(): FakeProtection {
    this.ctx.requireApi("1.2", "Worksheet.protection");
    return this.protectionProxy;
  }
  get notes(): FakeNoteCollection {
    this.ctx.requireApi("1.18", "Worksheet.notes");
    return new FakeNoteCollection(this.ctx, () => [this.sheet], "notes");
  }
  get comments(): FakeNoteCollection {
    this.ctx.requireApi("1.10", "Worksheet.comments");
    return new FakeNoteCollection(this.ctx, () => [this.sheet], "comments");
  }
  getRange(address?: string): FakeRange {
    const area = address ? areaOf(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
    return new FakeRange(this.ctx, this.sheet, () => area, false, `getRange(${address ?? ""})`);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.requireApi("1.2", "getUsedRange(valuesOnly)");
    // Documented: a blank sheet gives A1, no error. This fake has no formatting-only cells.
    return new FakeRange(this.ctx, this.sheet, () => this.sheet.usedArea() ?? { top: 0, left: 0, bottom: 0, right: 0 }, false, `getUsedRange(${valuesOnly ?? ""})`);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi("1.4", "getUsedRangeOrNullObject");
    return new FakeRange(this.ctx, this.sheet, () => this.sheet.usedArea(), true, `getUsedRangeOrNullObject(${valuesOnly ?? ""})`);
  }
  activate(): void {
    this.ctx.queue(
      () => {
        this.ctx.book.requireSheet(this.sheet);
        if (this.sheet.visibility !== "Visible") throw new FakeError("InvalidOperation", "cannot activate a hidden sheet");
        this.ctx.activeSheet = this.sheet.name;
      },
      { path: this.objectPath(), member: "activate" },
    );
  }
}

export class FakeWorksheetCollection extends Proxy {
  private itemsList: FakeWorksheet[] = [];
  constructor(ctx: FakeContextLike) {
    super(ctx);
  }
  override objectPath(): string {
    return "worksheets";
  }
  protected override loadNested(head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: cannot load ${head}`);
    this.wanted.add("items");
    this.ctx.queue(() => {
      const before = this.snap;
      this.snap = { items: true };
      this.ctx.respond(undefined, () => {
        this.snap = before;
      });
      this.itemsList = this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, s));
      for (const item of this.itemsList) item.loadPathsNow(rest);
    }, null);
  }
  get items(): FakeWorksheet[] {
    this.get("items");
    return this.itemsList;
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.ctx.book.sheets.find((s) => s.name === name);
    if (!sheet) throw new FakeError("ItemNotFound", `no sheet ${name}`);
    return new FakeWorksheet(this.ctx, sheet);
  }
  /** Adds a sheet after the last tab at sync; a taken name (compared case-insensitively) fails the sync. */
  add(name?: string): FakeWorksheet {
    const sheet = new FakeSheet({ name: name ?? "" });
    this.ctx.queue(() => {
      const book = this.ctx.book;
      book.requireStructureUnprotected("add a sheet");
      if (name === undefined) {
        let n = book.sheets.length + 1;
        while (book.hasName(`Sheet${n}`)) n++;
        sheet.name = `Sheet${n}`;
      }
      book.requireFreeName(sheet.name);
      book.sheets.push(sheet);
    }, { path: this.objectPath(), member: "add", args: [name ?? null] });
    return new FakeWorksheet(this.ctx, sheet);
  }
}

export class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContextLike,
    private readonly key: string,
  ) {
    super(ctx);
  }
  override objectPath(): string {
    return `settings/getItemOrNullObject(${this.key})`;
  }
  protected override snapshot(): Record<string, unknown> {
    const has = this.ctx.book.settings.has(this.key);
    return { isNullObject: !has, value: has ? this.ctx.book.settings.get(this.key) : null };
  }
  get isNullObject(): boolean {
    if (!this.snap) throw new FakeError("PropertyNotLoaded", "isNullObject");
    return this.snap.isNullObject === true;
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.ctx.queue(
      () => {
        this.ctx.book.settings.delete(this.key);
      },
      { path: this.objectPath(), member: "delete" },
    );
  }
}

/**
 * Workbook.protection (ExcelApi 1.7): "Protect the workbook's structure" ("Work with workbooks using
 * the Excel JavaScript API", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks);
 * `protected`, `protect(password?)` ("Fails if the workbook has been protected") and
 * `unprotect(password?)` per the Excel.WorkbookProtection reference
 * (learn.microsoft.com/javascript/api/excel/excel.workbookprotection). Neither page names the error
 * codes: a second protect() fails with InvalidOperation and a wrong password with BadPassword (both
 * from the error table of "Error handling with the application-specific JavaScript APIs"), picks of
 * the fake's own. What a protected structure forbids is FakeBook.requireStructureUnprotected.
 */
export class FakeWorkbookProtection extends Proxy {
  override objectPath(): string {
    return "workbook/protection";
  }
  protected override snapshot(): Record<string, unknown> {
    return { protected: this.ctx.book.structureProtected };
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(password?: string): void {
    this.ctx.queue(
      () => {
        const book = this.ctx.book;
        if (book.structureProtected) throw new FakeError("InvalidOperation", "the workbook is already protected");
        book.structureProtected = true;
        book.structurePassword = password ?? null;
      },
      { path: this.objectPath(), member: "protect", args: [password ?? null] },
    );
  }
  unprotect(password?: string): void {
    this.ctx.queue(
      () => {
        const book = this.ctx.book;
        if (!book.structureProtected) return;
        if (book.structurePassword !== null && book.structurePassword !== password) throw new FakeError("BadPassword", "wrong workbook password");
        book.structureProtected = false;
        book.structurePassword = null;
      },
      { path: this.objectPath(), member: "unprotect", args: [password ?? null] },
    );
  }
}

export class FakeWorkbook extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  private protectionProxy: FakeWorkbookProtection | null = null;
  constructor(ctx: FakeContextLike) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
  override objectPath(): string {
    return "workbook";
  }
  /** Workbook.protection: ExcelApi 1.7. */
  get protection(): FakeWorkbookProtection {
    this.ctx.requireApi("1.7", "Workbook.protection");
    if (!this.protectionProxy) this.protectionProxy = new FakeWorkbookProtection(this.ctx);
    return this.protectionProxy;
  }
  protected override child(name: string): Proxy | null {
    return name === "protection" ? this.protection : null;
  }
  get notes(): FakeNoteCollection {
    this.ctx.requireApi("1.18", "Workbook.notes");
    return new FakeNoteCollection(this.ctx, () => this.ctx.book.sheets, "notes");
  }
  get comments(): FakeNoteCollection {
    this.ctx.requireApi("1.10", "Workbook.comments");
    return new FakeNoteCollection(this.ctx, () => this.ctx.book.sheets, "comments");
  }
  get settings() {
    this.ctx.requireApi("1.4", "Workbook.settings");
    const ctx = this.ctx;
    return {
      add(key: string, value: unknown) {
        ctx.queue(
          () => {
            ctx.book.settings.set(key, value);
          },
          { path: "settings", member: "add", args: [key, value] },
        );
      },
      getItemOrNullObject(key: string) {
        return new FakeSetting(ctx, key);
      },
    };
  }
}

/** The Excel a book pretends to be, and the answers it gives where the documentation is silent. */
export interface FakeBookOptions {
  /**
   * "web" (the default: the strictest host, and the add-in must work there) enforces the 5 MB request
   * and response limit, which the documentation gives for Excel on the web only (the error table:
   * "This error only occurs in Office on the web"); "desktop" measures but does not enforce it.
   */
  host?: "web" | "desktop";
  /** The payload limit on the web: 5 * 1024 * 1024 unless set (5_000_000 for the decimal reading of "5MB"). */
  payloadLimitBytes?: number;
  /** What getCellProperties reports for an unfilled cell (undocumented; see NoFillReadBack). */
  noFillReadBack?: NoFillReadBack;
  /** Whether notes.add on a cell holding a threaded comment succeeds (default) or fails the sync (undocumented). */
  noteOnThreadedComment?: "succeeds" | "fails";
  /** The workbook's structure is protected (Workbook.protection, ExcelApi 1.7). */
  structureProtected?: boolean;
}

/** The workbook's data, shared by every context (Excel.run) opened on it. */
export class FakeBook {
  sheets: FakeSheet[];
  settings = new Map<string, unknown>();
  /** The common API's document settings (Office.context.document.settings). */
  documentSettings = new Map<string, unknown>();
  savedDocumentSettings = new Map<string, unknown>();
  /** Errors the next syncs (of any context) throw, in order, before anything is applied. */
  failNextSyncs: FakeError[] = [];
  /** The options, settable after construction too (see FakeBookOptions). */
  host: "web" | "desktop";
  payloadLimitBytes: number;
  noFillReadBack: NoFillReadBack;
  noteOnThreadedComment: "succeeds" | "fails";
  structureProtected: boolean;
  /** The password protect() was given (null: none). */
  structurePassword: string | null = null;

  constructor(specs: FakeSheetSpec[], options: FakeBookOptions = {}) {
    this.sheets = specs.map((s) => new FakeSheet(s));
    this.host = options.host ?? "web";
    this.payloadLimitBytes = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
    this.noFillReadBack = options.noFillReadBack ?? "white-none";
    this.noteOnThreadedComment = options.noteOnThreadedComment ?? "succeeds";
    this.structureProtected = options.structureProtected ?? false;
  }

  /** The payload limit this host enforces, or null (desktop). */
  payloadLimit(): number | null {
    return this.host === "web" ? this.payloadLimitBytes : null;
  }

  /**
   * A protected structure forbids adding, deleting, renaming, moving, copying, hiding and unhiding
   * sheets: "Protect a workbook" (support.microsoft.com/office/7e365a4d-1e89-4616-8ea7-ead5bc42f2e2)
   * lists what structure protection prevents; the API page ("Protect the workbook's structure")
   * applies it to add-ins without naming the error. The fake fails the sync with AccessDenied ("You
   * cannot perform the requested operation.", the error table), a pick: tests should expect a
   * failed sync.
   */
  requireStructureUnprotected(what: string): void {
    if (this.structureProtected) throw new FakeError("AccessDenied", `the workbook's structure is protected: cannot ${what}`);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Sheet names in tab order. */
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasName(name: string, except?: FakeSheet): boolean {
    const folded = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === folded);
  }

  /** Excel's checks on a sheet name: not empty, ≤ 31 characters, none of \\ / ? * [ ] :, not taken. */
  requireFreeName(name: string, except?: FakeSheet): void {
    if (name.trim() === "" || [...name].length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeError("InvalidArgument", `bad sheet name ${name}`);
    if (this.hasName(name, except)) throw new FakeError("ItemAlreadyExists", `a sheet named ${name} exists`);
  }

  /** A proxy's sheet must still be in the workbook. */
  requireSheet(sheet: FakeSheet): void {
    if (!this.sheets.includes(sheet)) throw new FakeError("ItemNotFound", `sheet ${sheet.name} no longer exists`);
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  /** A deep copy of everything a user could see, for before/after comparisons. */
  dump(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== "" || c.formula !== null || c.error !== null || c.numberFormat !== "General" || c.fill !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([addr, c]) => [addr, { ...c }]),
      notes: [...s.notes.entries()].sort(),
      comments: [...s.comments.entries()].sort(),
    }));
  }
}

export interface SyncRecord {
  /** Cells written in this sync, "Sheet!A1". */
  writes: string[];
  /** UTF-8 bytes of the request under the payload model (fake-base.ts), measured on every host. */
  requestBytes: number;
  /** UTF-8 bytes of what the sync's loads brought back (0 when the request was refused). */
  responseBytes: number;
  /** The most cells one grid read (values, formulas, valueTypes, numberFormat, getCellProperties) asked for. */
  maxCellsPerRead: number;
  /** The most merged areas one getMergedAreasOrNullObject met. */
  maxMergedAreasPerCall: number;
}

interface Queued {
  op: Op;
  request: RequestPart | null;
}

export class FakeContext implements FakeContextLike {
  readonly workbook: FakeWorkbook;
  /** Queued operations (the e2e host counts them to flush leftovers). */
  private ops: Queued[] = [];
  private pendingWrites: string[] = [];
  /** The record of the sync in progress, and how to take its loads back if the response is refused. */
  private current: SyncRecord | null = null;
  private undoLoads: (() => void)[] = [];
  syncs: SyncRecord[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;

  constructor(
    readonly book: FakeBook,
    readonly apiVersion: string,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.apiVersion, version)) throw new FakeError("ApiNotFound", `${what} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`);
  }

  queue(op: Op, request: RequestPart | null): void {
    this.ops.push({ op, request });
  }

  queueWrite(sheet: FakeSheet, op: () => string[], request: RequestPart): void {
    this.queue(() => {
      this.book.requireSheet(sheet);
      if (sheet.protected) throw new FakeError("AccessDenied", `sheet ${sheet.name} is protected`);
      for (const cell of op()) this.pendingWrites.push(`${sheet.name}!${cell}`);
    }, request);
  }

  respond(value: unknown, undo?: () => void): void {
    if (this.current) this.current.responseBytes += jsonBytes(value);
    if (undo) this.undoLoads.push(undo);
  }

  /** Cells per read: RANGE_READ_CELL_LIMIT (fake-base.ts), on every host; RangeExceedsLimit from the error table. */
  readCells(count: number, what: string): void {
    if (this.current) this.current.maxCellsPerRead = Math.max(this.current.maxCellsPerRead, count);
    if (count > RANGE_READ_CELL_LIMIT) {
      throw new FakeError("RangeExceedsLimit", `The cell count in the range has exceeded the maximum supported number (${count} cells: ${what}).`);
    }
  }

  /** Merged areas per getMergedAreasOrNullObject: MERGED_AREAS_LIMIT (fake-base.ts); the code is the fake's pick. */
  mergedAreas(count: number): void {
    if (this.current) this.current.maxMergedAreasPerCall = Math.max(this.current.maxMergedAreasPerCall, count);
    if (count > MERGED_AREAS_LIMIT) throw new FakeError("InvalidOperation", `getMergedAreasOrNullObject met ${count} merged areas (more than ${MERGED_AREAS_LIMIT})`);
  }

  /**
   * Runs the queued operations. In order: a failure set by failNextSyncs, then the request limit (over
   * it, nothing is applied: Excel cannot read a request it refused), then the operations (one that
   * fails leaves the earlier ones applied), then the response limit. The docs do not say whether the
   * writes of a batch whose response is refused happened: the fake applies them, then throws
   * ResponsePayloadSizeLimitExceeded and takes the batch's loads back (nothing loaded can be read), so
   * an adapter must not assume that a failed sync changed nothing.
   */
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.pendingWrites = [];
    this.undoLoads = [];
    const failure = this.book.failNextSyncs.shift();
    const record: SyncRecord = {
      writes: [],
      requestBytes: ops.reduce((n, q) => n + (q.request ? requestBytes(q.request) : 0), 0),
      responseBytes: 0,
      maxCellsPerRead: 0,
      maxMergedAreasPerCall: 0,
    };
    this.syncs.push(record);
    if (failure) throw failure;
    const limit = this.book.payloadLimit();
    if (limit !== null && record.requestBytes > limit) {
      throw new FakeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${record.requestBytes} > ${limit} bytes).`);
    }
    this.current = record;
    try {
      for (const q of ops) q.op();
    } finally {
      record.writes = this.pendingWrites;
      this.current = null;
    }
    if (limit !== null && record.responseBytes > limit) {
      for (const undo of this.undoLoads.reverse()) undo();
      throw new FakeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${record.responseBytes} > ${limit} bytes).`);
    }
  }

  /** As the API takes it. */
  get api(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

/** Office.context.document.settings over the book's maps (saveAsync copies to the saved map). */
export function documentSettings(book: FakeBook): Office.Settings {
  const s = {
    get: (key: string) => book.documentSettings.get(key) ?? null,
    set: (key: string, value: unknown) => void book.documentSettings.set(key, value),
    remove: (key: string) => void book.documentSettings.delete(key),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      book.savedDocumentSettings = new Map(book.documentSettings);
      cb?.({ status: "succeeded" });
    },
  };
  return s as unknown as Office.Settings;
}

/** `Excel.run` over a book: a fresh context per run; `contexts` keeps them for sync counting. */
export function fakeExcelRun(book: FakeBook, apiVersion: string) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(book, apiVersion);
    contexts.push(ctx);
    return batch(ctx.api);
  };
  return { run, contexts };
}

export { columnName };
