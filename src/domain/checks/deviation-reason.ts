/**
 * Which deviation an indicator shows, the one its 偏差原因 must explain: a target missed, points lost,
 * a target far exceeded, or a qualitative band short of 达成. Shared by deviation-unexplained (which asks
 * for the explanation) and draft-unedited (which knows a draft is not one).
 */
import type { EvaluatedIndicator } from "../evaluate/model";

export type DeviationReason = "not-met" | "lost-points" | "over-achieved" | "band";

/** The indicator's deviation, or null when it has none to explain. */
export function deviationReason(ind: EvaluatedIndicator): DeviationReason | null {
  const sc = ind.scoring;
  if (ind.unused) return null;
  const w = ind.weight?.kind === "number" ? ind.weight.value : null;
  // With the sign in doubt (受益人数 written "≤"), a deviation by one reading only is direction-suspect's
  // to report: untyped, one of the two readings always meets the target. A typed score below the
  // weight still lost points, whichever reading the accountant chose.
  if (sc.kind === "quantitative" && sc.otherWay) {
    return ind.scoreSource === "entered" && ind.effectiveScore !== null && w !== null && ind.effectiveScore.lessThan(w) ? "lost-points" : null;
  }
  if (sc.kind === "quantitative" && !sc.met && !sc.alignment.suspectFactor) return "not-met";
  if (sc.kind === "qualitative" && sc.band !== "achieved") return "band";
  // Full marks withheld on a met target is one mistake, reported once: score-mismatch says the rule
  // gives full marks and asks for a reason if points are withheld on purpose.
  const withheld = sc.kind === "quantitative" && sc.met && !sc.alignment.suspectFactor && ind.scoreSource === "entered";
  if (!withheld && ind.effectiveScore !== null && w !== null && ind.effectiveScore.lessThan(w)) return "lost-points";
  // An actual on another scale than its target (600000 元 against ≥50万元) is unit-suspect's to report:
  // read literally it is thousands of times the target, which says nothing of the work.
  if (sc.kind === "quantitative" && sc.overAchieved && !sc.alignment.suspectFactor) return "over-achieved";
  return null;
}
