export { locateTables } from "./locate-tables";
export { stripIndicatorPrefix } from "./labels";
