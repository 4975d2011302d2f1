export { evaluateProject } from "./project";
export { evaluateIndicator, levelOf } from "./indicator";
export { evaluateFunds } from "./funds";
export { readNumber, numberOf } from "./read-number";
