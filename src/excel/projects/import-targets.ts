/**
 * 导入绩效目标 in Excel: one self-evaluation sheet per 项目支出绩效目标表 found on a sheet.
 *
 * Round trips: 3, whatever the number of tables. Syncs A and B read every sheet (check/read.ts: the sheet
 * list, then the used ranges; the targets sheet's grid and where the project sheets end); sync C
 * one write batch: the added-sheets record first, then every new sheet (sheet-writer.ts). The
 * targets sheet is only read.
 */
import { defaultProjectYear } from "../../domain/template/project-form";
import { levelOf } from "../../domain/levels";
import type { RuleProfile } from "../../domain/profiles/types";
import { importTargets, tablesToSheets } from "../../domain/targets";
import { formOf } from "../../domain/template/build";
import { excelStrings } from "../../strings/excel";
import { addedRecord, addedStoreFor } from "./added-sheets";
import { runProjectOperation } from "./project-run";
import type { AddSheetsOutcome, ProjectRunOptions } from "./project-types";
import { readWorkbookState } from "../check/read";
import { sheetMessages } from "./sheet-messages";
import { queueSheetSpec, specContents } from "./sheet-writer";
import { countedSync, newCounter } from "../host/sync";
import { lastProjectSheetIndex, sheetIndex } from "../../domain/sheets/workbook-sheets";

/** Reads the sheet's targets tables and adds one project sheet each; the targets sheet is not modified; never throws. */
export async function importTargetsFromSheet(
  options: ProjectRunOptions & { sheet: string; profile: RuleProfile; year?: number },
): Promise<AddSheetsOutcome & { tables?: number }> {
  const { sheet, profile } = options;
  return runProjectOperation<Extract<AddSheetsOutcome, { ok: true }> & { tables: number }>(options, async (context, caps) => {
    const counter = newCounter();
    const state = await readWorkbookState(context, caps, { notes: false, counter });
    // Structure protection (ExcelApi 1.7) forbids adding sheets: said before anything is written.
    if (state.structureProtected === true) return { ok: false, code: "AccessDenied", message: excelStrings.limits.structureProtectedAdd };
    const names = state.grids.map((g) => g.sheet);
    const source = sheetIndex(names, sheet);
    if (source < 0) return { ok: false, code: "ItemNotFound", message: excelStrings.project.sheetMissing(sheet) };

    const { tables, year } = importTargets([state.grids[source]], profile, { year: options.year, defaultYear: defaultProjectYear(new Date()) });
    if (tables.length === 0) return { ok: false, message: excelStrings.project.noTargets(names[source]) };
    // Names free in this workbook (importTargets only keeps them apart from each other).
    const specs = tablesToSheets(tables, profile, year, { existingSheetNames: names });
    const last = lastProjectSheetIndex(state.grids, [names[source]]);

    const record = addedRecord(
      "import-targets",
      specs.map((s) => ({ name: s.name, fingerprint: specContents(s).fingerprint() })),
    );
    await addedStoreFor(caps).save(context, record);
    const queued = specs.map((spec, k) => queueSheetSpec(context, spec, { caps, position: last >= 0 ? last + 1 + k : undefined }));
    queued[0].worksheet.activate();
    await countedSync(context, counter);

    const indicators = tables.flatMap((t) => t.indicators);
    const unknown = indicators.filter((i) => levelOf(i.level1) === null).length;
    const inferred = indicators.filter((i) => i.level1Inferred && levelOf(i.level1) !== null).length;
    const messages: string[] = [];
    if (specs.some((s) => s.cells.some((c) => c.role === "suggested"))) messages.push(excelStrings.project.suggestedWeights);
    if (inferred > 0) messages.push(excelStrings.project.inferredLevels(inferred));
    if (unknown > 0) messages.push(excelStrings.project.unknownLevels(unknown));
    if (formOf(profile) === "national") messages.push(excelStrings.project.annualBudget);
    messages.push(...sheetMessages(queued));
    return { ok: true, created: specs.map((s) => s.name), record, syncs: counter.syncs, messages, tables: tables.length };
  });
}
