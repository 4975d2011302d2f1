export {
  divExact,
  formatFixed,
  minusExact,
  mulDivExact,
  mulExact,
  nonNegative,
  roundHalfUp,
  toDecimal,
  toScore,
} from "./decimal";
export { executionRate, executionScore, shownRate } from "./execution";
export { scoreQuantitative } from "./quantitative";
export type { QuantitativeScore } from "./quantitative";
export { bandOfScore, bandRange, isScoreInBand } from "./qualitative";
export type { PointRange } from "./qualitative";
export { gradeOf } from "./grade";
