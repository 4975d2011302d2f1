/** The 新增项目 tab's part of a stored pane session (see pane-session.ts), read field by field. */
import type { ProjectFormField } from "../../domain/template/project-form";
import type { AddedSheetsRecord, UndoAddOutcome } from "../../excel/projects/project-types";
import type { ImportOutcome } from "../addin";
import { isObject, storedCount, storedText, storedTexts } from "../stored-json";
import type { AddOperation, LastAddition, ProjectsDraft } from "./projects-state";

const FORM_FIELDS: readonly ProjectFormField[] = ["name", "dept", "unit", "year", "initial", "annual"];
const OPERATIONS: readonly AddOperation[] = ["add", "createTemplate", "import"];
const RECORD_KINDS: readonly AddedSheetsRecord["kind"][] = ["add-project", "create-template", "import-targets"];

function parseRecord(raw: unknown): AddedSheetsRecord | undefined {
  if (!isObject(raw) || !RECORD_KINDS.includes(raw.kind as AddedSheetsRecord["kind"]) || !Array.isArray(raw.sheets)) return undefined;
  const sheets = raw.sheets.filter((s): s is { name: string; fingerprint: string } => isObject(s) && typeof s.name === "string" && typeof s.fingerprint === "string");
  if (sheets.length !== raw.sheets.length) return undefined;
  return { kind: raw.kind as AddedSheetsRecord["kind"], createdAt: storedText(raw.createdAt), sheets: sheets.map(({ name, fingerprint }) => ({ name, fingerprint })) };
}

function parseOutcome(raw: unknown): ImportOutcome | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.ok === false) {
    const message = storedText(raw.message);
    return message === "" ? undefined : { ok: false, message, ...(typeof raw.code === "string" ? { code: storedText(raw.code) } : {}) };
  }
  const created = storedTexts(raw.created);
  const messages = storedTexts(raw.messages);
  const record = parseRecord(raw.record);
  if (raw.ok !== true || !created || !messages || !record) return undefined;
  const tables = storedCount(raw.tables);
  return { ok: true, created, record, syncs: storedCount(raw.syncs) ?? 0, messages, ...(tables === undefined ? {} : { tables }) };
}

function parseUndo(raw: unknown): UndoAddOutcome | null | undefined {
  if (raw === null) return null;
  if (!isObject(raw)) return undefined;
  if (raw.ok === false) {
    const message = storedText(raw.message);
    return message === "" ? undefined : { ok: false, message };
  }
  const removed = storedTexts(raw.removed);
  const kept = storedTexts(raw.kept);
  const messages = storedTexts(raw.messages);
  return raw.ok === true && removed && kept && messages ? { ok: true, removed, kept, messages } : undefined;
}

function parseLast(raw: unknown): LastAddition | null {
  if (!isObject(raw) || !OPERATIONS.includes(raw.operation as AddOperation)) return null;
  const outcome = parseOutcome(raw.outcome);
  const undo = parseUndo(raw.undo ?? null);
  if (!outcome || undo === undefined) return null;
  const source = typeof raw.source === "string" ? storedText(raw.source) : undefined;
  return { operation: raw.operation as AddOperation, outcome, ...(source ? { source } : {}), undo };
}

/** A stored 新增项目 draft, field by field; null when there is none. */
export function parseProjectsDraft(raw: unknown): ProjectsDraft | null {
  if (!isObject(raw)) return null;
  const form = isObject(raw.form) ? raw.form : {};
  const touched = Array.isArray(raw.touched) ? [...new Set(raw.touched.filter((field): field is ProjectFormField => FORM_FIELDS.includes(field as ProjectFormField)))] : [];
  return {
    form: {
      name: storedText(form.name),
      dept: storedText(form.dept),
      unit: storedText(form.unit),
      year: storedText(form.year),
      initial: storedText(form.initial),
      annual: storedText(form.annual),
    },
    touched,
    importSheet: typeof raw.importSheet === "string" && raw.importSheet !== "" ? storedText(raw.importSheet) || null : null,
    importYear: storedText(raw.importYear),
    last: parseLast(raw.last),
  };
}
