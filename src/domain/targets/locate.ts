import { type CellPos, cellAddress, displayText, isBlank, rangeAddress, type Grid } from "../grid";
import { locateIndicators } from "../locate/indicators";
import * as L from "../locate/labels";
import { SheetIndex } from "../locate/sheet-index";
import type { Level } from "../profiles/types";
import { LEVEL_NAMES, levelOf, levelOfLevel2 } from "../levels";
import { readTargetFunds } from "./funds";
import { isHeaderWord, isPlaceholderRow } from "./placeholders";
import type { TargetIndicator, TargetTable } from "./types";

/** The title of a targets table ("项目支出绩效目标表", "部门项目支出绩效目标表"), not its 公开清单. */
const TARGET_TITLE = /绩效目标(申报)?表$/;
const YEAR_LINE = /^\(?(19|20)\d{2}年度?\)?$/;
const SOURCE = /^项目来源:?/;
const PERIOD = /^项目(期|周期|实施期|起止年限|起止时间)(:|$)/;
const GOAL = /^(年度(绩效)?目标|预期目标|绩效目标|年度总体目标|总体目标)(:|$)/;
const TITLE_ROWS_ABOVE = 4;

/** The first level a second-level indicator belongs to on the national form (成本 under 产出). */
function level1OfLevel2(level2: string): Exclude<Level, "cost"> | null {
  const level = levelOfLevel2(level2);
  return level === "cost" ? "output" : level;
}

function family(level1: string): Exclude<Level, "cost"> | null {
  const level = levelOf(level1);
  return level === "cost" ? "output" : level;
}

/**
 * Finds every 项目支出绩效目标表 on a sheet by its labels: 项目名称, 主管部门及代码, 实施单位,
 * 项目来源, 项目期, 项目资金 (年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金), 年度目标 and
 * the indicator block (一级指标 / 二级指标 / 三级指标 / 指标值), without the form's placeholder rows.
 * Tables may be stacked; a 公开清单 (序号 / 项目名称 / 预算金额) has no indicator block and is not a
 * table. Self-evaluation tables (with 实际完成值) are not targets tables either.
 */
export function locateTargetTables(grid: Grid): TargetTable[] {
  const ix = new SheetIndex(grid);
  const anchors = [...new Set(ix.find(L.PROJECT_NAME, -Infinity, Infinity).map((l) => l.row))].sort((a, b) => a - b);
  const tops = anchors.map((anchor, i) => titleTop(ix, anchor, i === 0 ? grid.top : anchors[i - 1] + 1));
  const out: TargetTable[] = [];
  anchors.forEach((anchor, i) => {
    const regionBottom = i + 1 < anchors.length ? tops[i + 1] - 1 : ix.bottom;
    const table = readTable(ix, tops[i], anchor, regionBottom);
    if (table) out.push(table);
  });
  return out;
}

function titleTop(ix: SheetIndex, anchor: number, floor: number): number {
  let top = anchor;
  for (let row = anchor - 1; row >= Math.max(floor, anchor - TITLE_ROWS_ABOVE); row--) {
    const labels = ix.find(/./, row, row);
    if (labels.some((l) => TARGET_TITLE.test(l.text) || YEAR_LINE.test(l.text))) top = row;
  }
  return top;
}

function readTable(ix: SheetIndex, top: number, anchor: number, regionBottom: number): TargetTable | undefined {
  const block = locateIndicators(ix, anchor, regionBottom);
  if (!block || block.columns.target === undefined || block.columns.actual !== undefined) return undefined;
  const fieldsBottom = block.headerRow - 1;
  const find = (re: RegExp) => ix.first(re, anchor, fieldsBottom);
  const fieldLabels = [L.PROJECT_NAME, L.DEPT, L.UNIT, SOURCE, PERIOD];
  const isLabelAt = (p: CellPos) => {
    const found = ix.labels.find((l) => l.row === p.row && l.col === p.col);
    return found !== undefined && fieldLabels.some((re) => re.test(found.text));
  };
  const text = (re: RegExp): string | undefined => {
    const label = find(re);
    if (!label) return undefined;
    // "项目名称：食堂经费" holds its value in the label cell itself.
    const inline = label.text.replace(re, "").replace(/^:/, "");
    if (inline.length > 0) return displayText(ix.value(label.row, label.col)).replace(/^[^:：]*[:：]\s*/, "");
    const at = ix.valueRightOf(label, ix.right, isLabelAt);
    if (!at || isLabelAt(at)) return "";
    return displayText(ix.value(at.row, at.col));
  };
  const goalLabel = find(GOAL);
  const goalAt = goalLabel ? ix.valueRightOf(goalLabel) : undefined;

  const indicators: TargetIndicator[] = [];
  // A repeated column head (一级指标 / 二级指标 after a page break) is no level: the rows below it
  // stay under the levels in force above it.
  let held = { level1: "", level2: "" };
  for (const row of block.rows) {
    const target = row.target ? ix.value(row.target.row, row.target.col) : null;
    const level1 = isHeaderWord(row.level1) ? held.level1 : row.level1;
    const level2 = isHeaderWord(row.level2) ? (level1 === held.level1 ? held.level2 : "") : row.level2;
    held = { level1, level2 };
    if (isPlaceholderRow(row.name, target)) continue;
    const ind: TargetIndicator = {
      level1,
      level2,
      name: row.name,
      target: typeof target === "number" ? target : isBlank(target) ? null : displayText(target),
      cell: cellAddress(row.nameCell.row, row.nameCell.col),
    };
    // A 一级 label the sheet leaves out is carried down from the level above; the 二级 says better.
    const wrote = row.level1Cell !== undefined && row.level1Cell.row === row.row && !isHeaderWord(row.level1);
    const implied = level1OfLevel2(level2);
    if (implied !== null && family(level1) !== implied && !wrote) {
      ind.level1 = LEVEL_NAMES[implied];
      ind.level1Inferred = true;
    }
    indicators.push(ind);
  }

  const yearLabel = ix.labels.find((l) => l.row >= top && l.row <= anchor && L.YEAR.test(l.text) && l.text.length <= 16);
  const year = yearLabel ? Number(L.YEAR.exec(yearLabel.text)?.[1]) : undefined;
  const left = Math.min(...ix.labels.filter((l) => l.row >= top && l.row <= block.bottom).map((l) => l.col));
  let right = left;
  for (const l of ix.labels) if (l.row >= top && l.row <= block.bottom) right = Math.max(right, ix.extent(l.row, l.col).right);
  for (const c of Object.values(block.columns)) if (c !== undefined) right = Math.max(right, c);
  // Below the 项目名称 row: a project named "上年结转资金…" is not a fund line.
  const funds = readTargetFunds(ix, anchor + 1, fieldsBottom, right);

  const table: TargetTable = {
    sheet: ix.grid.sheet,
    range: rangeAddress(top, left, block.bottom, right),
    name: text(L.PROJECT_NAME) ?? "",
    dept: text(L.DEPT) ?? "",
    unit: text(L.UNIT) ?? "",
    funds: funds.funds,
    fundLines: funds.lines,
    goal: goalAt ? displayText(ix.value(goalAt.row, goalAt.col)) : "",
    indicators,
  };
  if (year !== undefined && Number.isFinite(year)) table.year = year;
  const source = text(SOURCE);
  if (source) table.source = source;
  const period = text(PERIOD);
  if (period) table.period = period;
  return table;
}
