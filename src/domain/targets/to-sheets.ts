import { LEVEL_NAMES, levelOf } from "../levels";
import { parseTarget } from "../parse";
import type { Operator } from "../parse/types";
import type { RuleProfile } from "../profiles/types";
import { buildTemplate, formOf, type TemplateIndicator } from "../template/build";
import { uniqueSheetName } from "../template/sheet-name";
import { TEMPLATE_TEXT } from "../template/text";
import type { SheetSpec } from "../template/types";
import { spreadWeights, type WeightSpread } from "../template/weights";
import type { TargetIndicator, TargetTable } from "./types";


/** 指标性质 of the Sichuan form by operator. */
const NATURE: Record<Operator, string> = { ">=": "≥", "<=": "≤", "=": "＝", ">": "＞", "<": "＜" };

export interface TablesToSheetsOptions {
  /** Names already taken in the workbook the sheets go into. */
  existingSheetNames?: readonly string[];
}

/**
 * One self-evaluation sheet per targets table, on the profile's form: name, department, unit, goal
 * text (预期目标), every indicator with its value (年度指标值), every 项目资金 line (年度资金总额,
 * 财政拨款, 上年结转资金, 其他资金) as 年初预算数 of the same line, blank where the targets are, and weights
 * spread evenly by the profile's level weights, marked as suggestions to confirm. 全年预算数 (the
 * budget after the year's adjustments), executions and actuals are left for the accountant.
 */
export function tablesToSheets(targets: TargetTable[], profile: RuleProfile, year: number, options: TablesToSheetsOptions = {}): SheetSpec[] {
  const taken = [...(options.existingSheetNames ?? [])];
  const form = formOf(profile);
  return targets.map((t) => {
    const sheetName = uniqueSheetName(t.name, taken, TEMPLATE_TEXT.defaultSheetName);
    taken.push(sheetName);
    const rows = t.indicators.map((ind) => (form === "sichuan" ? sichuanRow(ind) : { ...ind }));
    const levels = rows.map((r) => levelOf(r.level1));
    const spread = spreadWeights(levels, profile);
    const indicators: TemplateIndicator[] = rows.map((r, i) => {
      const ind: TemplateIndicator = { level1: r.level1, level2: r.level2, name: r.name, target: r.target, weight: spread.weights[i], weightSuggested: spread.weights[i] !== null };
      if (form === "sichuan") Object.assign(ind, splitTarget(r.target));
      if (levels[i] === null) ind.note = TEMPLATE_TEXT.unknownLevelNote;
      else if (r.level1Inferred) ind.note = TEMPLATE_TEXT.inferredLevel1Note(r.level2, r.level1);
      return ind;
    });
    return buildTemplate({
      profile,
      year,
      sheetName,
      project: {
        name: t.name,
        dept: t.dept,
        unit: t.unit,
        initial: t.funds.total,
        fiscal: { initial: t.funds.fiscal },
        // The national form always prints 上年结转资金; the Sichuan form only when there is money to carry.
        ...(form === "national" || t.funds.carryover !== null ? { carryover: { initial: t.funds.carryover } } : {}),
        other: { initial: t.funds.other },
        goal: t.goal,
      },
      indicators,
      weightNote: weightNote(spread),
    });
  });
}

/** On the Sichuan form 成本指标 is a first level of its own. */
function sichuanRow(ind: TargetIndicator): TargetIndicator {
  const level = levelOf(ind.level1);
  if (level === "output" && /成本/.test(ind.level2)) return { ...ind, level1: LEVEL_NAMES.cost };
  return { ...ind };
}

/** "≥111080人次" → 指标性质 ≥, 指标值 111080, 度量单位 人次; words → 定性. */
function splitTarget(target: string | number | null): Pick<TemplateIndicator, "nature" | "target" | "unit"> {
  const parsed = parseTarget(target);
  if (parsed.kind === "quantitative") return { nature: NATURE[parsed.op], target: parsed.value.toNumber(), unit: parsed.unit.text || null };
  if (parsed.kind === "qualitative") return { nature: "定性", target, unit: null };
  return { target };
}

function weightNote(spread: WeightSpread): string {
  const parts = spread.groups.map((g) => {
    const name = g.levels.filter((l) => !(l === "cost" && g.levels.includes("output"))).map((l) => LEVEL_NAMES[l]).join("+");
    return g.count > 0 ? TEMPLATE_TEXT.suggestedLevel(name, g.weight, g.count) : TEMPLATE_TEXT.levelWithoutIndicators(name, g.weight);
  });
  return TEMPLATE_TEXT.suggestedWeightsNote(parts.join("；"));
}
