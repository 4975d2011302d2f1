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
 *   (a taken name, the last visible sheet); a write to a sheet deleted before it fails the sync.
 * Formatting (fonts, alignment, sizes, borders, data validation) is in fake-format.ts. Everything
 * here runs in the browser too (the e2e stand-in host): no Node APIs.
 */
import { type MergeArea, cellAddress, columnName, parseAddress } from "../../src/domain/grid";
import { ERROR_VALUE, type FakeContextLike, FakeError, type Op, Proxy, areaAddress, areaOf, cellsOf, versionAtLeast } from "./fake-base";
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

/** A string as Excel reads it when typed: a quote-prefixed text, a number, a percent, a boolean, a date; else itself. */
export function typedInput(v: unknown): string | number | boolean {
  if (typeof v !== "string") return typeof v === "number" || typeof v === "boolean" ? v : String(v ?? "");
  if (v.startsWith("'")) return v;
  const t = v.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  const pct = /^([-+]?(\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) return Number(pct[1]) / 100;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const date = /^(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (date) return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86400000 + 25569;
  return v;
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

export class FakeRange extends Proxy {
  private formatProxy: FakeRangeFormat;
  constructor(
    ctx: FakeContextLike,
    readonly sheet: FakeSheet,
    /** Resolved at sync: null for a null object. */
    readonly resolveArea: () => MergeArea | null,
    readonly nullable = false,
  ) {
    super(ctx);
    this.formatProxy = new FakeRangeFormat(ctx, this);
  }

  area(): MergeArea {
    const a = this.resolveArea();
    if (!a) throw new FakeError("InvalidOperation", "method called on a null object");
    return a;
  }

  protected override snapshot(): Record<string, unknown> {
    const a = this.resolveArea();
    if (!a) {
      return { isNullObject: true, address: null, values: null, formulas: null, valueTypes: null, numberFormat: null, rowIndex: null, columnIndex: null, rowCount: null, columnCount: null };
    }
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: T[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(f(this.sheet.peek(cellAddress(r, c))));
        rows.push(row);
      }
      return rows;
    };
    return {
      isNullObject: false,
      address: this.sheet.qualified(areaAddress(a)),
      values: grid((c) => (c?.error ?? c?.value ?? "")),
      formulas: grid((c) => (c?.formula ?? c?.error ?? c?.value ?? "")),
      valueTypes: grid((c) => (c?.error ? "Error" : c === undefined || c.value === "" ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")),
      numberFormat: grid((c) => c?.numberFormat ?? "General"),
      rowIndex: a.top,
      columnIndex: a.left,
      rowCount: a.bottom - a.top + 1,
      columnCount: a.right - a.left + 1,
    };
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
    this.writeEach(v, writeTyped);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeEach(v, writeTyped);
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.writeEach(v, (cell, x) => {
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
    this.ctx.queueWrite(this.sheet, () => {
      const a = this.area();
      const overlaps = (m: MergeArea) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left;
      this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m));
      if (across) for (let r = a.top; r <= a.bottom; r++) this.sheet.merges.push({ top: r, left: a.left, bottom: r, right: a.right });
      else this.sheet.merges.push({ ...a });
      return [];
    });
  }

  unmerge(): void {
    this.ctx.requireApi("1.2", "Range.unmerge");
    this.ctx.queueWrite(this.sheet, () => {
      const a = this.area();
      this.sheet.merges = this.sheet.merges.filter((m) => !(m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left));
      return [];
    });
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
    });
  }

  private writeEach(v: unknown[][], set: (cell: FakeCell, x: unknown) => void): void {
    this.ctx.queueWrite(this.sheet, () => {
      const a = this.area();
      v.forEach((row, r) => row.forEach((x, c) => set(this.sheet.cell(cellAddress(a.top + r, a.left + c)), x)));
      return cellsOf(a);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this);
  }

  getCellProperties(_options: unknown): { value: unknown[][] } {
    this.ctx.requireApi("1.9", "Range.getCellProperties");
    const result: { value: unknown[][]; ready: boolean } = { value: [], ready: false };
    this.ctx.queue(() => {
      const a = this.area();
      const rows: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++) {
          const fill = this.sheet.peek(cellAddress(r, c))?.fill ?? null;
          row.push({ format: { fill: { color: fill ?? "#FFFFFF", pattern: fill ? "Solid" : "None" } } });
        }
        rows.push(row);
      }
      result.value = rows;
      result.ready = true;
    });
    return result;
  }

  select(): void {
    this.ctx.queue(() => {
      this.ctx.selection = { sheet: this.sheet.name, address: areaAddress(this.area()) };
    });
  }
}

export class FakeRangeAreas extends Proxy {
  private itemsList: { address: string }[] = [];
  constructor(
    ctx: FakeContextLike,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  protected override snapshot(): Record<string, unknown> {
    const a = this.range.area();
    const hits = this.range.sheet.merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
    this.itemsList = hits.map((m) => ({ address: this.range.sheet.qualified(areaAddress(m)) }));
    return { isNullObject: hits.length === 0, address: hits.length ? this.itemsList.map((i) => i.address).join(",") : null };
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
    this.ctx.queueWrite(this.sheet, () => {
      if (!this.exists()) throw new FakeError("ItemNotFound", `no ${this.store} at ${this.cell}`);
      this.sheet[this.store].set(this.cell, text);
      return [this.cell];
    });
  }
  delete(): void {
    this.ctx.queueWrite(this.sheet, () => {
      if (!this.exists()) throw new FakeError("ItemNotFound", `no ${this.store} at ${this.cell}`);
      this.sheet[this.store].delete(this.cell);
      return [this.cell];
    });
  }
  getLocation(): FakeRange {
    const p = parseAddress(this.cell);
    return new FakeRange(this.ctx, this.sheet, () => ({ top: p.row, left: p.col, bottom: p.row, right: p.col }));
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
  protected override loadNested(head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: cannot load ${head}`);
    this.wanted.add("items");
    this.ctx.queue(() => {
      this.snap = { items: true };
      this.itemsList = this.sheets().flatMap((s) => [...s[this.store].keys()].map((cell) => new FakeNote(this.ctx, s, cell, this.store, false)));
      for (const item of this.itemsList) item.loadPathsNow(rest);
    });
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
  add(at: string | FakeRange, content: string): FakeNote {
    const cell = this.cellOf(at);
    const sheet = this.one();
    this.ctx.queueWrite(sheet, () => {
      if (sheet[this.store].has(cell)) throw new FakeError("InvalidArgument", `${cell} already has one`);
      sheet[this.store].set(cell, content);
      return [cell];
    });
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
    this.ctx.queue(() => {
      this.ctx.book.requireSheet(this.sheet);
      this.ctx.book.requireFreeName(name, this.sheet);
      this.sheet.name = name;
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.queue(() => {
      this.ctx.book.requireSheet(this.sheet);
      if (v !== "Visible" && this.sheet.visibility === "Visible" && this.ctx.book.visibleCount() <= 1) {
        throw new FakeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      this.sheet.visibility = v;
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(index: number) {
    this.ctx.queue(() => {
      const sheets = this.ctx.book.sheets;
      this.ctx.book.requireSheet(this.sheet);
      if (index < 0 || index >= sheets.length) throw new FakeError("InvalidArgument", `position ${index} out of range`);
      sheets.splice(sheets.indexOf(this.sheet), 1);
      sheets.splice(index, 0, this.sheet);
    });
  }
  /** Deletes the sheet; Excel refuses to delete the last visible one. */
  delete(): void {
    this.ctx.queue(() => {
      const book = this.ctx.book;
      book.requireSheet(this.sheet);
      if (this.sheet.visibility === "Visible" && book.visibleCount() <= 1) throw new FakeError("InvalidOperation", "cannot delete the last visible sheet");
      book.sheets.splice(book.sheets.indexOf(this.sheet), 1);
    });
  }
  /** Worksheet.copy (ExcelApi 1.7): the copy is made at sync, named "<name> (2)", and placed as asked. */
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None", relativeTo?: FakeWorksheet): FakeWorksheet {
    this.ctx.requireApi("1.7", "Worksheet.copy");
    const shell = new FakeSheet({ name: `\u0000copy of ${this.sheet.name}` });
    this.ctx.queue(() => {
      const book = this.ctx.book;
      book.requireSheet(this.sheet);
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
    });
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
    return new FakeRange(this.ctx, this.sheet, () => area);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.requireApi("1.2", "getUsedRange(valuesOnly)");
    // Documented: a blank sheet gives A1, no error. This fake has no formatting-only cells.
    return new FakeRange(this.ctx, this.sheet, () => this.sheet.usedArea() ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.requireApi("1.4", "getUsedRangeOrNullObject");
    return new FakeRange(this.ctx, this.sheet, () => this.sheet.usedArea(), true);
  }
  activate(): void {
    this.ctx.queue(() => {
      this.ctx.book.requireSheet(this.sheet);
      if (this.sheet.visibility !== "Visible") throw new FakeError("InvalidOperation", "cannot activate a hidden sheet");
      this.ctx.activeSheet = this.sheet.name;
    });
  }
}

export class FakeWorksheetCollection extends Proxy {
  private itemsList: FakeWorksheet[] = [];
  constructor(ctx: FakeContextLike) {
    super(ctx);
  }
  protected override loadNested(head: string, rest: string[]): void {
    if (head !== "items") throw new Error(`fake: cannot load ${head}`);
    this.wanted.add("items");
    this.ctx.queue(() => {
      this.snap = { items: true };
      this.itemsList = this.ctx.book.sheets.map((s) => new FakeWorksheet(this.ctx, s));
      for (const item of this.itemsList) item.loadPathsNow(rest);
    });
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
      if (name === undefined) {
        let n = book.sheets.length + 1;
        while (book.hasName(`Sheet${n}`)) n++;
        sheet.name = `Sheet${n}`;
      }
      book.requireFreeName(sheet.name);
      book.sheets.push(sheet);
    });
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
    this.ctx.queue(() => {
      this.ctx.book.settings.delete(this.key);
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
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
        ctx.queue(() => {
          ctx.book.settings.set(key, value);
        });
      },
      getItemOrNullObject(key: string) {
        return new FakeSetting(ctx, key);
      },
    };
  }
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

  constructor(specs: FakeSheetSpec[]) {
    this.sheets = specs.map((s) => new FakeSheet(s));
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
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private ops: Op[] = [];
  private pendingWrites: string[] = [];
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

  queue(op: Op): void {
    this.ops.push(op);
  }

  queueWrite(sheet: FakeSheet, op: () => string[]): void {
    this.ops.push(() => {
      this.book.requireSheet(sheet);
      if (sheet.protected) throw new FakeError("AccessDenied", `sheet ${sheet.name} is protected`);
      for (const cell of op()) this.pendingWrites.push(`${sheet.name}!${cell}`);
    });
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.pendingWrites = [];
    const failure = this.book.failNextSyncs.shift();
    const record: SyncRecord = { writes: [] };
    this.syncs.push(record);
    if (failure) throw failure;
    try {
      for (const op of ops) op();
    } finally {
      record.writes = this.pendingWrites;
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
