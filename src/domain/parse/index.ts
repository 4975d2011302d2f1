/** Indicator values in, operator / number / unit / band out. */
export type {
  Alignment,
  AlignmentKind,
  InvalidReason,
  Operator,
  ParsedActual,
  ParsedTarget,
  Unit,
  UnitKind,
} from "./types";
export { parseTarget, type TargetHints } from "./target";
export { parseActual, verdictBand } from "./actual";
export { parseUnit } from "./unit";
export { alignQuantities, type AlignHints } from "./align";
export { isRateName, indicatorDirection } from "./names";
export { normalizeText, foldWidth } from "./normalize";
