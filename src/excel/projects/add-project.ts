/**
 * 新增项目: a new project sheet copied from the template (or built from its cells below ExcelApi 1.7).
 *
 * Round trips (flat in the number of sheets):
 *   readProjectContext  2: the sheet list, then every sheet's used range (the list has to come back
 *                       before any sheet can be asked about, as in check/read.ts);
 *   addProject          3: sync A the sheet list (and, below 1.7, the template's extent); sync B every
 *                       sheet's used range (to find the last project sheet and the template's fields;
 *                       below 1.7 also the template's cells and styles); sync C one write batch: the
 *                       added-sheets record first, then the copy, its name, visibility and fields.
 */
import { cellAddress } from "../../domain/grid";
import { locateTables } from "../../domain/locate";
import type { RuleProfile } from "../../domain/profiles/types";
import { type FormKind, formOf } from "../../domain/template/build";
import { validateProjectName } from "../../domain/template/sheet-name";
import { excelStrings } from "../../strings/excel";
import { addedRecord, addedStoreFor } from "./added-sheets";
import { cellInput } from "./cell-input";
import { errorCode } from "../host/errors";
import { type ProjectFields, projectFieldWrites } from "../../domain/template/project-fields";
import { type Failure, runProjectOperation } from "./project-run";
import type { AddSheetsOutcome, NewProject, ProjectContextOutcome, ProjectRunOptions } from "./project-types";
import { readSheets, readWorkbookState } from "../check/read";
import { countedSync, newCounter } from "../host/sync";
import { queueSheetFromTemplate, queueTemplateCells, queueTemplateExtent, templateBlock } from "./template-copy";
import { gridContents, hasContent, lastProjectSheetIndex, sheetIndex } from "../../domain/sheets/workbook-sheets";
import { templateSheetCandidates } from "../../domain/template/sheet-name";

type AddSuccess = Extract<AddSheetsOutcome, { ok: true }>;

/** Sheet names, the template in force and whether Worksheet.copy exists; never throws. */
export async function readProjectContext(options: ProjectRunOptions & { templateSheet?: string | null } = {}): Promise<ProjectContextOutcome> {
  const outcome = await runProjectOperation<Extract<ProjectContextOutcome, { ok: true }>>(options, async (context, caps) => {
    const state = await readWorkbookState(context, caps, { notes: false });
    const names = state.grids.map((g) => g.sheet);
    const candidates = templateSheetCandidates(options.templateSheet);
    const found = candidates.map((n) => sheetIndex(names, n)).find((i) => i >= 0);
    let template: { sheet: string; form: FormKind | null } | null = null;
    if (found !== undefined) template = { sheet: names[found], form: locateTables(state.grids[found])[0]?.variant ?? null };
    return {
      ok: true,
      sheets: names,
      nonEmptySheets: state.grids.filter((g) => !g.hidden && hasContent(g)).map((g) => g.sheet),
      template,
      canCopy: caps.worksheetCopy,
    };
  });
  return outcome.ok ? outcome : { ok: false, message: outcome.message };
}

/** Copies the template to a new sheet named after the project, after the last project sheet, and fills in the form; never throws. */
export async function addProject(options: ProjectRunOptions & { project: NewProject; templateSheet: string; profile: RuleProfile }): Promise<AddSheetsOutcome> {
  const { project, templateSheet, profile } = options;
  const missingTemplate: Failure = { ok: false, code: "ItemNotFound", message: excelStrings.project.templateMissing(templateSheet) };
  return runProjectOperation<AddSuccess>(options, async (context, caps) => {
    const counter = newCounter();
    const copy = caps.worksheetCopy;

    // Sync A: the sheet list; below 1.7 also how far the template reaches (its styles are loaded cell by cell).
    const worksheets = context.workbook.worksheets;
    worksheets.load(caps.protection ? "items/name,items/visibility,items/protection/protected" : "items/name,items/visibility");
    const protection = caps.worksheetCopy ? context.workbook.protection.load("protected") : null;
    let extent: ReturnType<typeof queueTemplateExtent> | null = null;
    try {
      if (!copy) extent = queueTemplateExtent(worksheets.getItem(templateSheet), caps);
      await countedSync(context, counter);
    } catch (err) {
      if (errorCode(err) === "ItemNotFound") return missingTemplate;
      throw err;
    }
    // Structure protection (ExcelApi 1.7) forbids adding sheets: said before anything is written.
    if (protection?.protected === true) return { ok: false, code: "AccessDenied", message: excelStrings.limits.structureProtectedAdd };
    const items = worksheets.items;
    const names = items.map((ws) => ws.name);
    const ti = sheetIndex(names, templateSheet);
    if (ti < 0) return missingTemplate;
    // The workbook may have changed since the form was filled in: check the name against it as it is now.
    const check = validateProjectName(project.name, names);
    if (!check.ok) return { ok: false, code: "InvalidArgument", message: check.error };
    const name = check.name;

    // Sync B: every sheet's grid (values only), and below 1.7 the template's cells and styles.
    // (Read under Excel's limits: a workbook of many or long sheets takes more syncs, see read.ts.)
    const queued: { cells: ReturnType<typeof queueTemplateCells> | null } = { cells: null };
    const { grids } = await readSheets(context, items, caps, {
      counter,
      alongside: () => {
        queued.cells = extent ? queueTemplateCells(items[ti], extent, caps) : null;
      },
    });
    const cells = queued.cells;
    const template = grids[ti];
    const fields = projectFieldWrites(template, { ...project, name });
    const last = lastProjectSheetIndex(grids, [names[ti]]);
    const after = last >= 0 ? last : ti;

    // What the new sheet will hold, for its fingerprint (computed before anything is queued, so the
    // record can go first in the batch).
    const messages = fieldMessages(fields, name, templateSheet, profile, project);
    const built = cells ? templateBlock(cells, fields.writes) : null;
    let contents = built?.contents;
    if (!contents) {
      contents = gridContents(template);
      for (const w of fields.writes) contents.set(w.row, w.col, w.value);
    }
    const record = addedRecord("add-project", [{ name, fingerprint: contents.fingerprint() }]);

    // Sync C: the record first, then the sheet.
    await addedStoreFor(caps).save(context, record);
    let ws: Excel.Worksheet;
    if (copy) {
      ws = items[ti].copy("After", items[after]);
      ws.name = name;
      ws.visibility = "Visible";
      for (const w of fields.writes) ws.getRange(cellAddress(w.row, w.col)).values = [[cellInput(w.value)]];
    } else {
      ws = worksheets.add(name);
      ws.position = after + 1;
      const lost = queueSheetFromTemplate(ws, cells!, built!, template, caps);
      messages.unshift(excelStrings.project.builtFromCells);
      if (!cells!.cells) messages.push(excelStrings.project.templateTooLarge(cells!.size));
      messages.push(excelStrings.project.notCarried(lost.map((f) => excelStrings.writer.features[f])));
    }
    ws.activate();
    await countedSync(context, counter);
    return { ok: true, created: [name], record, syncs: counter.syncs, messages };
  });
}

/** Fields the user must type by hand, a template without a table, a template of the other form. */
function fieldMessages(fields: ProjectFields, sheet: string, template: string, profile: RuleProfile, project: NewProject): string[] {
  const F = excelStrings.project.fieldNames;
  const messages: string[] = [];
  const wanted = formOf(profile);
  if (fields.form === null) {
    messages.push(excelStrings.project.noTable(template));
    const has = (v: string | number | null) => v !== null && v !== "";
    const fieldsOf: [string, string | number | null][] =
      wanted === "sichuan"
        ? [[F.name, project.name], [F.budgetUnit, project.unit || project.dept], [F.total, project.annual ?? project.initial]]
        : [[F.name, project.name], [F.dept, project.dept], [F.unit, project.unit], [F.year, project.year], [F.initial, project.initial], [F.annual, project.annual]];
    messages.push(excelStrings.project.fieldsByHand(sheet, fieldsOf.filter(([, v]) => has(v)).map(([f]) => f)));
    return messages;
  }
  if (fields.form !== wanted) {
    const N = excelStrings.project.formNames;
    messages.push(excelStrings.project.formMismatch(template, N[fields.form], N[wanted]));
  }
  if (fields.missing.length > 0) messages.push(excelStrings.project.fieldsByHand(sheet, fields.missing.map((f) => excelStrings.project.fieldNames[f])));
  return messages;
}
