/**
 * The base of the Excel JavaScript API fake (fake-excel.ts): Office.js errors, the proxy with queued
 * loads and loaded-property checks, range geometry, and the measures behind Excel's documented limits
 * (payload bytes per sync, cells per read, merged areas per call). Browser-safe: no Node APIs (UTF-8
 * lengths are counted by hand, not with Buffer). Every limit cites its page; see README.md in this folder.
 */
import { type MergeArea, cellAddress, parseAddress } from "../../src/domain/grid";
import { utf8Length } from "../../src/excel/host/limits";
import type { FakeBook, FakeSheet } from "./fake-excel";

/**
 * Excel on the web rejects a request or a response over 5 MB: "Excel on the web has a payload size
 * limit for requests and responses of 5MB" ("Resource limits and performance optimization for Office
 * Add-ins", section "Excel add-ins": https://learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins). The page writes "5MB" without saying
 * whether 10^6 or 2^20 bytes: the default is 5 * 1024 * 1024, and FakeBook.payloadLimitBytes can be
 * set to 5_000_000 to run the other reading.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * The payload model (the request and response formats are not documented). Request: every queued
 * operation costs REQUEST_OP_OVERHEAD bytes (its action and object-path entries) plus the UTF-8 JSON
 * of { path, member, args }: a load carries its object path and property list, a setter its value
 * (`values` → the whole 2-D array), a method its arguments. Response: the UTF-8 JSON of what each
 * load brings back (the requested properties' values, getCellProperties results, RangeAreas items),
 * with no overhead.
 */
export const REQUEST_OP_OVERHEAD = 100;

/**
 * "A range is limited to 5,000,000 cells for read operations" (same page and section; older revisions:
 * "ranges are limited to five million cells for get operations"). Unlike the payload limit it is not
 * said to be web-only, and the error table lists RangeExceedsLimit ("The cell count in the range has
 * exceeded the maximum supported number") with no platform note ("Error handling with the
 * application-specific JavaScript APIs": https://learn.microsoft.com/office/dev/add-ins/testing/
 * application-specific-api-error-handling): enforced on every host.
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

/**
 * Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then
 * this method will fail to return the result" (Excel.Range reference:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */
export const MERGED_AREAS_LIMIT = 512;

/** What one queued operation sends: the object it acts on, the member, and the value or arguments. */
export interface RequestPart {
  path: string;
  member: string;
  args?: unknown;
}

/** UTF-8 length of a string (the adapter's own count: a byte count is no claim about Excel). */
export { utf8Length };

/** UTF-8 bytes of a value as JSON (undefined counts as nothing). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : utf8Length(text);
}

/** Bytes one operation adds to a request under the model above. */
export function requestBytes(part: RequestPart): number {
  return REQUEST_OP_OVERHEAD + jsonBytes(part);
}

/** What every proxy needs of its context (FakeContext in fake-excel.ts). */
export interface FakeContextLike {
  readonly apiVersion: string;
  readonly book: FakeBook;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  /**
   * Queues an operation; `request` is what it sends (measured against the payload limit), or null for
   * a step of an operation already measured (the nested parts of one `load`).
   */
  queue(op: Op, request: RequestPart | null): void;
  /** Queues a write to a sheet: it fails the sync when the sheet is protected or no longer exists. */
  queueWrite(sheet: FakeSheet, op: () => string[], request: RequestPart): void;
  requireApi(version: string, what: string): void;
  /**
   * Adds a loaded value to this sync's response (measured against the payload limit); `undo` takes the
   * value back off its proxy if the response is refused.
   */
  respond(value: unknown, undo?: () => void): void;
  /** A read of a range's cell grid (values, formulas, valueTypes, numberFormat, getCellProperties). */
  readCells(count: number, what: string): void;
  /** One getMergedAreasOrNullObject evaluation and the merged areas it met. */
  mergedAreas(count: number): void;
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

export const ERROR_VALUE = /^#(DIV\/0!|N\/A|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
}


export function areaOf(address: string): MergeArea {
  const [a, b = a] = address.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function areaAddress(a: MergeArea): string {
  const first = cellAddress(a.top, a.left);
  return a.top === a.bottom && a.left === a.right ? first : `${first}:${cellAddress(a.bottom, a.right)}`;
}

export function cellsOf(a: MergeArea): string[] {
  const out: string[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(cellAddress(r, c));
  return out;
}

export type Op = () => void;

/** Base of every proxy: queued loads, loaded-property checks, and what a load sends and brings back. */
export class Proxy {
  protected snap: Record<string, unknown> | null = null;
  protected wanted = new Set<string>();
  constructor(protected readonly ctx: FakeContextLike) {}

  /** How a request names this object (its object path), for the payload model. */
  objectPath(): string {
    return "object";
  }

  /**
   * Properties this proxy reports when `names` are loaded ("*": all), evaluated at sync. It may report
   * cheap scalars it was not asked for; only the asked ones count in the response.
   */
  protected snapshot(_names: string[]): Record<string, unknown> {
    return {};
  }

  /** What a load of `names` brings back: the asked properties (all of them for "*"); undefined if none. */
  protected responseOf(names: string[], got: Record<string, unknown>): unknown {
    if (names.includes("*")) return got;
    const picked = names.filter((n) => n in got);
    return picked.length ? Object.fromEntries(picked.map((n) => [n, got[n]])) : undefined;
  }

  /** Child proxies reachable by a load path ("format/fill/color"). */
  protected child(_name: string): Proxy | null {
    return null;
  }

  load(arg?: string | string[] | { select?: string }): this {
    const text = typeof arg === "string" ? arg : Array.isArray(arg) ? arg.join(",") : (arg?.select ?? "");
    const paths = text.split(",").map((s) => s.trim()).filter(Boolean);
    const list = paths.length ? paths : ["*"];
    this.loadPaths(list, { path: this.objectPath(), member: "load", args: list });
    return this;
  }

  /** Queues a load; `request` is what it sends (null for the nested part of a load already measured). */
  loadPaths(paths: string[], request: RequestPart | null = null): void {
    const here: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0) here.push(head);
      else nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    }
    for (const h of here) this.wanted.add(h);
    this.ctx.queue(() => this.take([...here, ...nested.keys()]), request);
    for (const [head, rest] of nested) this.loadNested(head, rest);
  }

  /** Loads now (inside a collection's own queued step). */
  loadPathsNow(paths: string[]): void {
    const here: string[] = [];
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      if (rest.length === 0) {
        this.wanted.add(head);
        here.push(head);
      } else this.child(head)?.loadPathsNow([rest.join("/")]);
    }
    this.take(here);
  }

  /** Evaluates a load (at sync) and adds what it brings back to the response; undone if that is refused. */
  protected take(names: string[]): void {
    const before = this.snap;
    const got = this.snapshot(names);
    this.snap = { ...(before ?? {}), ...got };
    this.ctx.respond(this.responseOf(names, got), () => {
      this.snap = before;
    });
  }

  protected loadNested(head: string, rest: string[]): void {
    const c = this.child(head);
    if (!c) throw new Error(`fake: cannot load ${head}/${rest.join(",")}`);
    c.loadPaths(rest);
  }

  protected get<T>(name: string): T {
    if (!this.snap || !(this.wanted.has(name) || this.wanted.has("*")) || !(name in this.snap)) {
      throw new FakeError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync().`);
    }
    return this.snap[name] as T;
  }
}
