import type { CellPos, Grid } from "../grid";
import type { LocatedTable } from "./model";
import { locateFunds } from "./funds";
import { locateIndicators } from "./indicators";
import * as L from "./labels";
import { SheetIndex } from "./sheet-index";

/** How far above a 项目名称 row the title and year rows may stand. */
const TITLE_ROWS_ABOVE = 4;

/**
 * Finds every self-evaluation table on a sheet by its labels. Tables may start anywhere and be
 * stacked; each 项目名称 label starts one, and so does an indicator header with no 项目名称 above it.
 */
export function locateTables(grid: Grid): LocatedTable[] {
  const ix = new SheetIndex(grid);
  const anchors = findAnchors(ix);
  const tops: number[] = [];
  anchors.forEach((anchor, i) => {
    const floor = i === 0 ? grid.top : anchors[i - 1] + 1;
    tops.push(titleTop(ix, anchor, floor));
  });
  const tables = anchors.map((anchor, i) => {
    const regionBottom = i + 1 < anchors.length ? tops[i + 1] - 1 : ix.bottom;
    return buildTable(ix, tops[i], anchor, regionBottom);
  });
  // A 项目名称 with neither funds nor indicators is a list's column header (项目清单), not a table.
  return tables.filter((t) => t.funds.length > 0 || t.indicatorHeaderRow !== undefined);
}

function findAnchors(ix: SheetIndex): number[] {
  const nameRows = unique(ix.find(L.PROJECT_NAME, -Infinity, Infinity).map((l) => l.row));
  const headerRows = unique(ix.find(L.IND_LEVEL3, -Infinity, Infinity).map((l) => l.row));
  const fundRows = unique(ix.find(L.FUND_TOTAL, -Infinity, Infinity).map((l) => l.row));
  const anchors = [...nameRows];
  // An indicator header (or a fund block) with no 项目名称 since the previous header is a nameless table.
  let previous = -Infinity;
  for (const h of headerRows) {
    if (!nameRows.some((r) => r > previous && r < h)) {
      const fund = fundRows.find((r) => r > previous && r < h);
      anchors.push(fund ?? h);
    }
    previous = h;
  }
  if (headerRows.length === 0 && nameRows.length === 0) anchors.push(...fundRows);
  return unique(anchors);
}

function titleTop(ix: SheetIndex, anchor: number, floor: number): number {
  let top = anchor;
  for (let row = anchor - 1; row >= Math.max(floor, anchor - TITLE_ROWS_ABOVE); row--) {
    const labels = ix.labelsIn(row, row);
    if (labels.some((l) => L.TOTAL.test(l.text))) break;
    if (labels.some((l) => L.TITLE.test(l.text) || /^\(?(19|20)\d{2}年度?\)?$/.test(l.text))) top = row;
  }
  return top;
}

function buildTable(ix: SheetIndex, top: number, anchor: number, regionBottom: number): LocatedTable {
  const indicators = locateIndicators(ix, anchor, regionBottom);
  const headerRow = indicators?.headerRow ?? regionBottom;
  const sichuan = indicators !== undefined && (indicators.columns.nature !== undefined || (indicators.columns.score === undefined && indicators.columns.unit !== undefined));
  const fieldsBottom = headerRow;
  const label = (re: RegExp) => ix.first(re, top, fieldsBottom);
  const pos = (l?: { row: number; col: number }): CellPos | undefined => (l ? { row: l.row, col: l.col } : undefined);

  const nameLabel = label(L.PROJECT_NAME);
  const deptLabel = label(L.DEPT);
  const unitLabel = label(L.UNIT);
  const expectedLabel = label(L.GOAL_EXPECTED);
  // "实际完成情况" when the table has it; "年度总体目标完成情况" only as the column beside 预期目标 (some
  // forms print it as the block's group label over 预期目标 | 实际完成情况 instead).
  const broadActual = label(L.GOAL_ACTUAL);
  const actualLabel =
    label(L.GOAL_ACTUAL_STRICT) ?? (broadActual && expectedLabel && broadActual.row === expectedLabel.row && broadActual.col > expectedLabel.col ? broadActual : undefined) ?? (expectedLabel ? undefined : broadActual);
  const isLabelAt = (p: CellPos) => {
    const found = ix.labelAt(p.row, p.col);
    return found !== undefined && (L.DEPT.test(found.text) || L.UNIT.test(found.text) || L.PROJECT_NAME.test(found.text));
  };
  const valueOf = (l?: { row: number; col: number; text: string }, re?: RegExp): CellPos | undefined => {
    if (!l) return undefined;
    // "项目名称：食堂经费" holds its value in the label cell itself.
    if (re && l.text.replace(re, "").replace(/^:/, "").length > 0) return { row: l.row, col: l.col };
    return ix.valueRightOf(l, ix.right, isLabelAt);
  };
  const nameValue = valueOf(nameLabel, L.PROJECT_NAME);
  const deptValue = valueOf(deptLabel, L.DEPT);
  const unitValue = valueOf(unitLabel, L.UNIT);
  // The answer to a label is never a label itself: a project named "上年结转结余(医保局)" is not the
  // 上年结转资金 line. Only a cell that holds its own label's text ("项目名称：X") is both.
  const answers = [nameValue, deptValue, unitValue].filter((p): p is CellPos => p !== undefined && !(p.row === nameLabel?.row && p.col === nameLabel.col) && !(p.row === deptLabel?.row && p.col === deptLabel.col) && !(p.row === unitLabel?.row && p.col === unitLabel.col));
  const isAnswer = (p: CellPos) => answers.some((a) => a.row === p.row && a.col === p.col);
  const funds = locateFunds(ix, top, headerRow - (indicators ? 1 : 0), isAnswer);

  // Goals are either a header row (预期目标 | 实际完成情况) with the texts below, or label | text.
  const goalsAsHeader = expectedLabel && actualLabel && expectedLabel.row === actualLabel.row;
  const goalValue = (l?: { row: number; col: number; text: string }) =>
    !l ? undefined : goalsAsHeader ? { row: ix.extent(l.row, l.col).bottom + 1, col: l.col } : ix.valueRightOf(l);

  const yearLabel = ix.labelsIn(top, anchor + 1).find((l) => L.YEAR.test(l.text) && l.text.length <= 16);
  const year = yearLabel ? Number(L.YEAR.exec(yearLabel.text)?.[1]) : undefined;

  // The goal rows belong to the table too (they lie below the funds when no indicator block follows).
  let bottom = Math.max(indicators?.bottom ?? anchor, anchor);
  for (const f of funds.lines) bottom = Math.max(bottom, f.row);
  for (const p of [goalValue(expectedLabel), goalValue(actualLabel)]) if (p) bottom = Math.max(bottom, p.row);
  // Left and right: every label in the table (with its merged extent) and every indicator column.
  let left = Infinity;
  let right = -Infinity;
  for (const l of ix.labelsIn(top, bottom)) {
    left = Math.min(left, l.col);
    right = Math.max(right, ix.extent(l.row, l.col).right);
  }
  for (const c of Object.values(indicators?.columns ?? {})) {
    if (c === undefined) continue;
    left = Math.min(left, c);
    right = Math.max(right, c);
  }

  return {
    sheet: ix.grid.sheet,
    variant: sichuan ? "sichuan" : "national",
    top,
    left,
    bottom,
    right,
    year: Number.isFinite(year) ? year : undefined,
    fields: {
      name: nameValue,
      dept: deptValue,
      unit: unitValue,
      expectedGoal: goalValue(expectedLabel),
      actualGoal: goalValue(actualLabel),
    },
    labels: {
      name: pos(nameLabel),
      dept: pos(deptLabel),
      unit: pos(unitLabel),
      goal: pos(label(L.GOAL_GROUP) ?? expectedLabel),
      funds: pos(label(L.FUNDS_GROUP)),
      // Without an indicator header the table ends at its funds, but a 绩效指标 label further down
      // still says where the missing header belongs.
      indicators: pos(ix.first(L.INDICATORS_GROUP, top, bottom) ?? (indicators ? ix.first(L.IND_LEVEL3, top, bottom) : ix.first(L.INDICATORS_GROUP, top, regionBottom))),
    },
    funds: funds.lines,
    fundsUnit: funds.unit,
    indicatorHeaderRow: indicators?.headerRow,
    indicators: indicators?.rows ?? [],
    total: indicators?.total,
  };
}

function unique(rows: number[]): number[] {
  const sorted = rows.slice().sort((a, b) => a - b);
  return sorted.filter((r, i) => i === 0 || r !== sorted[i - 1]);
}
