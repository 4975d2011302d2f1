import Decimal from "decimal.js";
import { cellNumber } from "../cell-number";
import { type CellPos, type CellValue, isBlank } from "../grid";
import { foldWidth } from "../parse/normalize";
import type { LabelCell, SheetIndex } from "../locate/sheet-index";
import type { TargetFundLine } from "./types";

/**
 * The names of the 项目资金 lines (after labelText folding). Each pattern takes the whole printed
 * name, so that what follows it can only be a unit, a colon or the amount itself.
 */
const LINE_NAMES: [TargetFundLine, RegExp][] = [
  // "度资金总额": the 年 went to the line above when the label was wrapped by hand.
  ["total", /^(年?度|项目|年度项目)?资金总(额|计)/],
  ["fiscal", /^(其中:?)?(当年|本年|年度)?财政(拨款|资金|性资金)(资金|收入)?/],
  ["carryover", /^(其中:?)?上年结转(结余)?(资金)?/],
  ["other", /^(其中:?)?其他资金/],
];

/** "(万元):" after a line's name; the unit, when given, applies to that line's amount. */
const NAME_TAIL = /^(?:\((万元|元)\))?:?/;
/** The 项目资金 group label with its unit ("项目资金\n（万元）"). */
const GROUP_UNIT = /^项目资金\((万元|元)\)/;
/** "25.80", "1,200.5", "20.0万元", "200000元": the number and its unit, if written. */
const AMOUNT = /^([-+]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+))(万元|万|元)?$/;
/** What a blank line may hold instead of nothing: no amount, and not zero either. */
const NO_AMOUNT = /^(—+|-+|－+|―+|\/|／|无|暂无|不适用|不涉及|…+|\.+)$/;

type Unit = "万元" | "元";

export interface TargetFunds {
  funds: Record<TargetFundLine, number | null>;
  lines: TargetFundLine[];
}

/** Full-width digits and signs folded to ASCII ("２０．５" → "20.5"); white space and currency signs removed. */
function foldNumberText(text: string): string {
  return foldWidth(text).replace(/−/g, "-").replace(/[\s¥￥]/g, "");
}

/** An amount written as text, in 万元 (`unit` says what a bare number is in); null when it holds none. */
function parseAmountText(text: string, unit: Unit = "万元"): Decimal | null {
  const m = AMOUNT.exec(foldNumberText(text));
  if (!m) return null;
  const value = new Decimal(m[1].replace(/,/g, ""));
  const written = m[2] === undefined ? unit : m[2] === "元" ? "元" : "万元";
  return written === "元" ? value.div(10000) : value;
}

/** The amount a cell holds, in 万元; null when blank, "—" or not a number. */
function amountOf(v: CellValue, unit: Unit): Decimal | null {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return null;
    const d = cellNumber(v);
    return unit === "元" ? d.div(10000) : d;
  }
  return typeof v === "string" ? parseAmountText(v, unit) : null;
}

/** Which line a label names, and what the label cell holds after the name ("", or an inline amount). */
function lineOf(text: string): { line: TargetFundLine; unit?: Unit; rest: string } | undefined {
  for (const [line, re] of LINE_NAMES) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const tail = NAME_TAIL.exec(after)!;
    const rest = after.slice(tail[0].length);
    // "财政资金保障运转" is prose that starts like a line name, not a line.
    if (rest !== "" && parseAmountText(rest) === null && !NO_AMOUNT.test(rest)) return undefined;
    return { line, unit: tail[1] as Unit | undefined, rest };
  }
  return undefined;
}

/** The top-left cell of the merged area holding a position (the position itself when not merged). */
function masterOf(ix: SheetIndex, row: number, col: number): CellPos {
  for (const m of ix.grid.merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return { row: m.top, col: m.left };
  return { row, col };
}

/**
 * Reads the 项目资金 lines of a targets table in rows [top, bottom], columns up to `right`:
 * each line found by its label, its amount beside it (the printed form), inside the label cell
 * ("年度资金总额：5052.0"), or below it when the lines are printed side by side as column heads.
 * A line that is printed blank, or with "—", stays null: a blank is never read as 0.
 */
export function readTargetFunds(ix: SheetIndex, top: number, bottom: number, right: number): TargetFunds {
  const funds: Record<TargetFundLine, number | null> = { total: null, fiscal: null, carryover: null, other: null };
  const lines: TargetFundLine[] = [];
  const labels = ix.labelsIn(top, bottom);
  const groupUnit = labels.map((l) => GROUP_UNIT.exec(l.text)?.[1]).find((u) => u !== undefined) as Unit | undefined;
  const isLineLabel = (row: number, col: number) => {
    const l = ix.labelAt(row, col);
    return l !== undefined && lineOf(l.text) !== undefined;
  };

  /** The first non-blank cell right of a label's merged area, inside the table. */
  const rightOf = (label: LabelCell): CellPos | undefined => {
    for (let c = ix.extent(label.row, label.col).right + 1; c <= right; c++) if (!isBlank(ix.value(label.row, c))) return { row: label.row, col: c };
    return undefined;
  };
  /** Line names printed side by side as column heads, with the amounts on the row below. */
  const isHeadRow = (row: number) => {
    const onRow = labels.filter((l) => l.row === row && lineOf(l.text)?.rest === "");
    return (
      onRow.length >= 2 &&
      onRow.every((l) => {
        const next = rightOf(l);
        return next === undefined || isLineLabel(next.row, next.col);
      })
    );
  };
  const amountCell = (label: LabelCell): CellPos | undefined => {
    if (isHeadRow(label.row)) {
      const below = ix.extent(label.row, label.col).bottom + 1;
      return below <= bottom ? masterOf(ix, below, label.col) : undefined;
    }
    const next = rightOf(label);
    // The next line's name before any amount: this line is blank.
    return next === undefined || isLineLabel(next.row, next.col) ? undefined : next;
  };

  for (const label of labels) {
    const found = lineOf(label.text);
    if (!found || lines.includes(found.line)) continue;
    lines.push(found.line);
    const unit = found.unit ?? groupUnit ?? "万元";
    let amount: Decimal | null = null;
    if (found.rest !== "") amount = parseAmountText(found.rest, unit);
    else {
      const at = amountCell(label);
      if (at) amount = amountOf(ix.value(at.row, at.col), unit);
    }
    funds[found.line] = amount === null ? null : amount.toNumber();
  }
  return { funds, lines };
}
