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
 * - syncs can be made to fail (e.g. InvalidOperationInCellEditMode) before anything is applied.
 */
import { type MergeArea, cellAddress, columnName, parseAddress } from "../../src/domain/grid";

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
}

export class FakeError extends Error {
  constructor(
    public readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

const ERROR_VALUE = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

export class FakeSheet {
  name: string;
  visibility: string;
  protected: boolean;
  cells = new Map<string, FakeCell>();
  merges: MergeArea[] = [];
  notes = new Map<string, string>();
  comments = new Map<string, string>();

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

function areaOf(address: string): MergeArea {
  const [a, b = a] = address.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function areaAddress(a: MergeArea): string {
  const first = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${cellAddress(a.bottom, a.right)}`;
}

function cellsOf(a: MergeArea): string[] {
  const out: string[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(cellAddress(r, c));
  return out;
}

type Op = () => void;

/** Base of every proxy: queued loads, loaded-property checks. */
class Proxy {
  protected snap: Record<string, unknown> | null = null;
  protected wanted = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}

  /** Properties this proxy reports when loaded (evaluated at sync). */
  protected snapshot(): Record<string, unknown> {
    return {};
  }

  /** Child proxies reachable by a load path ("format/fill/color"). */
  protected child(_name: string): Proxy | null {
    return null;
  }

  load(arg?: string | string[] | { select?: string }): this {
    const text = typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : (arg?.select ?? "");
    const paths = text.split(",").map((s) => s.trim()).filter(Boolean);
    this.loadPaths(paths.length ? paths : ["*"]);
    return this;
  }

  loadPaths(paths: string[]): void {
    const here: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0) here.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    }
    for (const h of here) this.wanted.add(h);
    this.ctx.queue(() => {
      this.snap = { ...(this.snap ?? {}), ...this.snapshot() };
    });
    for (const [head, rest] of nested) this.loadNested(head, rest);
  }

  /** Loads now (inside a collection's own queued step). */
  loadPathsNow(paths: string[]): void {
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0) this.wanted.add(head);
      else this.child(head)?.loadPathsNow([rest.join("/")]);
    }
    this.snap = { ...(this.snap ?? {}), ...this.snapshot() };
  }

  protected loadNested(head: string, rest: string[]): void {
    const c = this.child(head);
    if (!c) throw new Error(`fake: cannot load ${head}/${rest.join(",")}`);
    c.loadPaths(rest);
  }

  protected get<T>(name: string): T {
    if (!this.snap || !(this.wanted.has(name) || this.wanted.has("*"))) {
      throw new FakeError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync().`);
    }
    return this.snap[name] as T;
  }
}

export class FakeRange extends Proxy {
  private formatProxy: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
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
    this.writeEach(v, (cell, x) => setCellValue(cell, x as string | number | boolean));
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeEach(v, (cell, x) => setCellValue(cell, x as string | number | boolean));
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

export class FakeRangeFormat extends Proxy {
  readonly fillProxy: FakeRangeFill;
  constructor(ctx: FakeContext, range: FakeRange) {
    super(ctx);
    this.fillProxy = new FakeRangeFill(ctx, range);
  }
  get fill(): FakeRangeFill {
    return this.fillProxy;
  }
  protected override child(name: string): Proxy | null {
    return name === "fill" ? this.fillProxy : null;
  }
}

export class FakeRangeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
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
    this.ctx.queueWrite(this.range.sheet, () => {
      const cells = cellsOf(this.range.area());
      for (const addr of cells) this.range.sheet.cell(addr).fill = v.toUpperCase();
      return cells;
    });
  }
  override loadPaths(paths: string[]): void {
    if (paths.includes("pattern")) this.ctx.requireApi("1.9", "RangeFill.pattern");
    super.loadPaths(paths);
  }
  get pattern(): string {
    this.ctx.requireApi("1.9", "RangeFill.pattern");
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.queueWrite(this.range.sheet, () => {
      const cells = cellsOf(this.range.area());
      for (const addr of cells) this.range.sheet.cell(addr).fill = null;
      return cells;
    });
  }
}

export class FakeRangeAreas extends Proxy {
  private itemsList: { address: string }[] = [];
  constructor(
    ctx: FakeContext,
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
    ctx: FakeContext,
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
    ctx: FakeContext,
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
    ctx: FakeContext,
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
    ctx: FakeContext,
    readonly sheet: FakeSheet,
  ) {
    super(ctx);
    this.protectionProxy = new FakeProtection(ctx, sheet);
  }
  protected override snapshot(): Record<string, unknown> {
    return { name: this.sheet.name, visibility: this.sheet.visibility };
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
  get visibility(): string {
    return this.get("visibility");
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
      if (this.sheet.visibility !== "Visible") throw new FakeError("InvalidOperation", "cannot activate a hidden sheet");
      this.ctx.activeSheet = this.sheet.name;
    });
  }
}

export class FakeWorksheetCollection extends Proxy {
  private itemsList: FakeWorksheet[] = [];
  constructor(ctx: FakeContext) {
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
}

export class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContext,
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
