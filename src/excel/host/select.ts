/** Jumps to a cell from the pane (a finding's "定位" link). */
import { toUserMessage } from "./errors";

export type SelectOutcome = { ok: true } | { ok: false; message: string };

/** Activates the sheet and selects the cell, in one sync; never throws. */
export async function selectCell(
  sheet: string,
  address: string,
  excelRun: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> = (batch) => Excel.run(batch),
): Promise<SelectOutcome> {
  try {
    await excelRun(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: toUserMessage(err) };
  }
}
