/** Fake workbooks for the Excel adapter tests, from real fixtures or small specs. */
import { type Grid, cellAddress, isCellError } from "../../src/domain/grid";
import { readWorkbookFile } from "../../src/xlsx/read";
import { capabilitiesFor, type Capabilities } from "../../src/excel/host/capabilities";
import { FakeBook, type FakeSheetSpec } from "./fake-excel";
import * as path from "path";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

/** A sheet spec holding a grid's values, formulas and merges. */
export function specFromGrid(grid: Grid, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec {
  const cells: FakeSheetSpec["cells"] = {};
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const addr = cellAddress(grid.top + r, grid.left + c);
      const formula = grid.formulas?.[r]?.[c] ?? null;
      if (formula) cells[addr] = { formula, value: typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : "" };
      else if (v === null) return;
      else if (isCellError(v)) cells[addr] = v.error;
      // Excel holds a date as its serial with a date format, and Office.js hands over the serial.
      else if (v instanceof Date) cells[addr] = { value: v.getTime() / 86400000 + 25569, numberFormat: "yyyy/m/d" };
      else cells[addr] = v;
    }),
  );
  const merges = grid.merges.map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
  return { name: grid.sheet, visibility: grid.hidden ? "Hidden" : "Visible", cells, merges, ...extra };
}

/** The fixture's sheets as a fake book. */
export async function fixtureBook(file: string): Promise<FakeBook> {
  const grids = await readWorkbookFile(path.join(FIXTURES, file));
  return new FakeBook(grids.map((g) => specFromGrid(g)));
}

/** Fixture sheets, each optionally edited. */
export async function fixtureSpecs(file: string): Promise<FakeSheetSpec[]> {
  const grids = await readWorkbookFile(path.join(FIXTURES, file));
  return grids.map((g) => specFromGrid(g));
}

/** Clears cells of a spec (so the engine has results to write). */
export function blank(spec: FakeSheetSpec, ...cells: string[]): FakeSheetSpec {
  const copy = { ...spec, cells: { ...spec.cells } };
  for (const c of cells) delete copy.cells[c];
  return copy;
}

export const CAPS: Record<string, Capabilities> = {
  "1.1": capabilitiesFor("1.1"),
  "1.2": capabilitiesFor("1.2"),
  "1.4": capabilitiesFor("1.4"),
  "1.6": capabilitiesFor("1.6"),
  "1.7": capabilitiesFor("1.7"),
  "1.8": capabilitiesFor("1.8"),
  "1.9": capabilitiesFor("1.9"),
  "1.10": capabilitiesFor("1.10"),
  "1.13": capabilitiesFor("1.13"),
  "1.18": capabilitiesFor("1.18"),
};
