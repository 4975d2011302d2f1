/** What evaluate produces: the figures read from a located table, scored by the profile's rules. */
import type Decimal from "decimal.js";
import type { CellPos, CellValue } from "../grid";
import type { Alignment, Operator, ParsedActual, ParsedTarget } from "../parse/types";
import type { Band, Grade, Level } from "../profiles/types";
import type { FundLine, IndicatorRow, LocatedTable } from "../locate/model";

/** A number read from a cell: the value, or why it is not one. */
export type NumberCell =
  | { kind: "number"; value: Decimal; cell: CellPos; raw: CellValue; formula: string | null }
  | { kind: "empty"; cell: CellPos; raw: CellValue; formula: string | null }
  | { kind: "not-a-number"; cell: CellPos; raw: CellValue; formula: string | null; text: string; date?: boolean };

/** Why an indicator gets no score. */
export type NoScoreReason =
  | "not-applicable"
  | "weight-missing"
  | "units-incomparable"
  | "target-empty"
  | "target-unparsed"
  | "target-invalid"
  | "actual-empty"
  | "actual-invalid"
  | "actual-unrecognised";

/** What the rules say about one indicator. */
export type IndicatorScoring =
  | {
      kind: "quantitative";
      alignment: Alignment;
      /** Score by the rule, rounded half-up to 2 decimals. */
      score: Decimal;
      met: boolean;
      /** Far over target (≥ profile ratio × target on a more-is-better indicator). */
      overAchieved: boolean;
      /**
       * Set when the indicator's name clearly points the other way from the written operator
       * (受益人数 `≤1072389人`, 覆盖率 `≤100%`): the same target read with the operator turned round.
       * The written reading stays the score; checks say which reading they used.
       */
      otherWay?: { op: Operator; score: Decimal; met: boolean; overAchieved: boolean };
    }
  | {
      kind: "qualitative";
      band: Band;
      /** Allowed score range for the band, in points. */
      min: Decimal;
      max: Decimal;
      maxInclusive: boolean;
    }
  /** Nothing can be computed (not applicable, missing or unreadable parts): `reason` says which. */
  | { kind: "none"; reason: NoScoreReason };

export interface EvaluatedIndicator {
  row: IndicatorRow;
  level: Level | null;
  target: ParsedTarget;
  actual: ParsedActual;
  weight: NumberCell | null;
  enteredScore: NumberCell | null;
  explanation: string;
  /**
   * The cell that holds the explanation (and where a draft of it goes): the top-left cell of a 偏差原因
   * merged down over indicator rows, else the row's own cell; absent when the table has no such column.
   */
  explanationCell?: CellPos;
  scoring: IndicatorScoring;
  /**
   * The form's unused slot: no 三级 name, weight, target or actual (blank, or 不适用 / 无 / — / 0).
   * Scored as not applicable and reported by no check.
   */
  unused: boolean;
  /** The score that counts in the total: the entered one when present, else the computed one. */
  effectiveScore: Decimal | null;
  scoreSource: "entered" | "computed" | "none";
}

/** The three amounts of one 项目资金 line, as read (null where the form has no such cell). */
export interface FundFigures {
  line: FundLine;
  initial: NumberCell | null;
  annual: NumberCell | null;
  executed: NumberCell | null;
}

export interface EvaluatedFunds {
  total?: FundLine;
  lines: FundLine[];
  /** The amounts of every line, in the order of `lines`: read once here, used by every check. */
  figures: FundFigures[];
  annual: NumberCell | null;
  executed: NumberCell | null;
  initial: NumberCell | null;
  weight: NumberCell | null;
  /** Exact executed / annual, null when it cannot be computed. */
  rate: Decimal | null;
  /** Rate rounded half-up to 4 decimals as a fraction (94.75% → 0.9475): what is written. */
  rateShown: Decimal | null;
  rateScore: Decimal | null;
  enteredRate: NumberCell | null;
  enteredRateScore: NumberCell | null;
}

export interface EvaluatedProject {
  table: LocatedTable;
  name: string;
  /** The 实施单位 (Sichuan: 预算单位) as written, trimmed; "" where the table has none. */
  unit: string;
  /**
   * The year-end figures are all still empty (全年执行数 and every 实际完成值): a table made from
   * the targets and not yet due. Reported as one to-do instead of a finding per empty cell.
   */
  yearEndPending: boolean;
  year?: number;
  funds: EvaluatedFunds;
  indicators: EvaluatedIndicator[];
  /** Execution score + every indicator's effective score, null when nothing could be scored. */
  total: Decimal | null;
  enteredTotal: NumberCell | null;
  /** The 分值 written on the 总分 row. */
  totalWeight: NumberCell | null;
  /** Sum of weights (execution + indicators) where all are numbers. */
  weightSum: Decimal | null;
  grade: Grade | null;
}
