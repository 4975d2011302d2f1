/**
 * The base of the Excel JavaScript API fake (fake-excel.ts): Office.js errors, the proxy with queued
 * loads and loaded-property checks, and range geometry. Browser-safe: no Node APIs.
 */
import { type MergeArea, cellAddress, parseAddress } from "../../src/domain/grid";
import type { FakeBook, FakeSheet } from "./fake-excel";

/** What every proxy needs of its context (FakeContext in fake-excel.ts). */
export interface FakeContextLike {
  readonly apiVersion: string;
  readonly book: FakeBook;
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
  queue(op: Op): void;
  /** Queues a write to a sheet: it fails the sync when the sheet is protected or no longer exists. */
  queueWrite(sheet: FakeSheet, op: () => string[]): void;
  requireApi(version: string, what: string): void;
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

/** Base of every proxy: queued loads, loaded-property checks. */
export class Proxy {
  protected snap: Record<string, unknown> | null = null;
  protected wanted = new Set<string>();
  constructor(protected readonly ctx: FakeContextLike) {}

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

