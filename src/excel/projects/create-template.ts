/**
 * Creates the standard template sheet (national or Sichuan form, per the profile) when the workbook has none.
 *
 * Round trips: 2. Sync 1 the sheet names (to pick a free name); sync 2 one write batch: the
 * added-sheets record first, then the sheet through sheet-writer.ts.
 */
import type { RuleProfile } from "../../domain/profiles/types";
import { buildTemplate } from "../../domain/template/build";
import { uniqueSheetName } from "../../domain/template/sheet-name";
import { addedRecord, addedStoreFor } from "./added-sheets";
import { runProjectOperation } from "./project-run";
import type { AddSheetsOutcome, ProjectRunOptions } from "./project-types";
import { sheetMessages } from "./sheet-messages";
import { queueSheetSpec, specContents } from "./sheet-writer";
import { countedSync, newCounter } from "../host/sync";
import { excelStrings } from "../../strings/excel";
import { TEMPLATE_SHEET_NAMES } from "../../domain/template/sheet-name";

/** Adds a sheet `模板` (or a free variant) holding the profile's blank form; never throws. */
export async function createTemplateSheet(options: ProjectRunOptions & { profile: RuleProfile; year: number }): Promise<AddSheetsOutcome> {
  return runProjectOperation<Extract<AddSheetsOutcome, { ok: true }>>(options, async (context, caps) => {
    const counter = newCounter();
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const protection = caps.worksheetCopy ? context.workbook.protection.load("protected") : null;
    await countedSync(context, counter);
    // Structure protection (ExcelApi 1.7) forbids adding sheets: said before anything is written.
    if (protection?.protected === true) return { ok: false, code: "AccessDenied", message: excelStrings.limits.structureProtectedAdd };

    const name = uniqueSheetName(TEMPLATE_SHEET_NAMES[0], worksheets.items.map((ws) => ws.name));
    const spec = buildTemplate({ profile: options.profile, year: options.year, sheetName: name });
    const record = addedRecord("create-template", [{ name, fingerprint: specContents(spec).fingerprint() }]);
    await addedStoreFor(caps).save(context, record);
    const queued = queueSheetSpec(context, spec, { caps });
    queued.worksheet.activate();
    await countedSync(context, counter);
    return { ok: true, created: [name], record, syncs: counter.syncs, messages: sheetMessages([queued]) };
  });
}
