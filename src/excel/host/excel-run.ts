/** `Excel.run` as every operation of the adapter calls it. */
import type { Capabilities } from "./capabilities";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel.run with `delayForCellEdit` where the host supports it (ExcelApi 1.11, Excel.RunOptions): a
 * click on 检查并评分 while the user is still typing in a cell waits for the edit to end instead of
 * failing. Older hosts fail with InvalidOperationInCellEditMode, which errors.ts retries.
 */
export function excelRunFor(caps: Capabilities): ExcelRun {
  return (batch) => (caps.delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch));
}
