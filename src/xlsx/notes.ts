/**
 * Cell notes in exceljs form. The policy (marker, separator, ours replaces ours, the user's text kept
 * in front) is the domain's (src/domain/plan/notes.ts); what is left here is exceljs's rich text: the
 * user's runs are kept with their formatting (an author name in bold, …).
 */
import type ExcelJS from "exceljs";
import type { MergedNote } from "../domain/plan/notes";

type RichText = ExcelJS.RichText;

/** The runs of an exceljs note, whichever form it is stored in. */
export function noteRuns(note: string | ExcelJS.Comment | undefined): RichText[] {
  if (note === undefined || note === null) return [];
  if (typeof note === "string") return note === "" ? [] : [{ text: note }];
  return (note.texts ?? []).filter((r) => typeof r?.text === "string");
}

/** The plain text of an exceljs note. */
export function noteText(note: string | ExcelJS.Comment | undefined): string {
  return noteRuns(note)
    .map((r) => r.text)
    .join("");
}

/** The runs holding the first `length` characters of the note's text, each with its own formatting. */
export function leadingRuns(note: string | ExcelJS.Comment | undefined, length: number): RichText[] {
  const kept: RichText[] = [];
  let left = length;
  for (const run of noteRuns(note)) {
    if (left <= 0) break;
    kept.push(run.text.length <= left ? run : { ...run, text: run.text.slice(0, left) });
    left -= run.text.length;
  }
  return kept;
}

/**
 * The note value to store for the domain's merged note: ours alone as a string, or the user's runs
 * (cut where their text ends) followed by one run of ours, on the existing note's other settings.
 */
export function noteValue(existing: string | ExcelJS.Comment | undefined, merged: MergedNote): string | ExcelJS.Comment {
  if (merged.kept === "") return merged.text;
  const base = typeof existing === "object" && existing !== null ? existing : {};
  return { ...base, texts: [...leadingRuns(existing, merged.kept.length), { text: merged.text.slice(merged.kept.length) }] };
}
