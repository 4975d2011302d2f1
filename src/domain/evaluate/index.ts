export { evaluateProject } from "./project";
export { doesNotApply, evaluateIndicator, levelOf } from "./indicator";
export { evaluateFunds } from "./funds";
export { readNumber, numberOf } from "./read-number";
