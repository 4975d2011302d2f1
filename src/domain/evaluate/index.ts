export { evaluateProject } from "./project";
export { doesNotApply, evaluateIndicator } from "./indicator";
export { evaluateFunds } from "./funds";
export { readNumber, numberOf } from "./read-number";
