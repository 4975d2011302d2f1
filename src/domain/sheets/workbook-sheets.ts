/** Facts about the workbook's sheets that the project-sheet operations share: where projects end, what a sheet holds. */
import { type Grid, isBlank } from "../grid";
import { locateTables } from "../locate";
import { isProjectListSheet } from "../project-list";
import { ContentMap } from "./fingerprint";

/** Index of the last sheet holding a self-evaluation table, skipping `exclude` and the add-in's list; -1 when none. */
export function lastProjectSheetIndex(grids: Grid[], exclude: readonly string[] = []): number {
  const skip = new Set(exclude.map((n) => n.toLowerCase()));
  for (let i = grids.length - 1; i >= 0; i--) {
    const g = grids[i];
    if (skip.has(g.sheet.toLowerCase()) || isProjectListSheet(g)) continue;
    if (locateTables(g).length > 0) return i;
  }
  return -1;
}

/** True when the grid holds at least one non-blank cell. */
export function hasContent(grid: Grid): boolean {
  return grid.values.some((row) => row.some((v) => !isBlank(v))) || (grid.formulas ?? []).some((row) => row.some((f) => f !== null));
}

/** What a grid holds, cell by cell (a formula as its text), for a fingerprint. */
export function gridContents(grid: Grid): ContentMap {
  const map = new ContentMap();
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = grid.formulas?.[r]?.[c] ?? null;
      if (f !== null) map.set(grid.top + r, grid.left + c, f);
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") map.set(grid.top + r, grid.left + c, v);
    }),
  );
  return map;
}

/** The sheet named `name`, exactly or else as Excel compares names (case-insensitively); -1 when none. */
export function sheetIndex(names: readonly string[], name: string): number {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const folded = name.toLowerCase();
  return names.findIndex((n) => n.toLowerCase() === folded);
}
