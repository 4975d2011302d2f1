/** Cell notes written by the add-in: marked so that a later run replaces them instead of stacking. */
import type ExcelJS from "exceljs";
import { NOTE_MARKER, NOTE_SEPARATOR } from "../strings/cli";

export { NOTE_MARKER, NOTE_SEPARATOR };

type RichText = ExcelJS.RichText;

/** What happened to a cell's note. */
export type NoteOutcome = "added" | "replaced" | "appended";

/** Our note text with its marker (added once, even if the plan already carries it). */
export function markNote(text: string): string {
  return text.startsWith(NOTE_MARKER) ? text : `${NOTE_MARKER}${text}`;
}

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

/**
 * The user's part of a note: every run before our marker, with the separator we put between the
 * two removed. Formatting of the user's runs (an author name in bold, …) is kept.
 */
export function userRuns(note: string | ExcelJS.Comment | undefined): RichText[] {
  const kept: RichText[] = [];
  for (const run of noteRuns(note)) {
    const at = run.text.indexOf(NOTE_MARKER);
    if (at < 0) {
      kept.push(run);
      continue;
    }
    if (at > 0) kept.push({ ...run, text: run.text.slice(0, at) });
    break;
  }
  trimTrailing(kept, NOTE_SEPARATOR);
  return kept;
}

/** Removes `suffix` from the end of the runs' joined text (it may span several runs). */
function trimTrailing(runs: RichText[], suffix: string): void {
  const joined = runs.map((r) => r.text).join("");
  if (!joined.endsWith(suffix)) return;
  let remove = suffix.length;
  while (remove > 0 && runs.length > 0) {
    const last = runs[runs.length - 1];
    if (last.text.length <= remove) {
      remove -= last.text.length;
      runs.pop();
    } else {
      runs[runs.length - 1] = { ...last, text: last.text.slice(0, last.text.length - remove) };
      remove = 0;
    }
  }
}

/**
 * The note to store on a cell: the user's text kept, ours (marked) after it, our earlier note
 * replaced. Returns the note value for exceljs and what happened.
 */
export function mergeNote(
  existing: string | ExcelJS.Comment | undefined,
  ours: string,
): { note: string | ExcelJS.Comment; outcome: NoteOutcome } {
  const hadOurs = noteText(existing).includes(NOTE_MARKER);
  const user = userRuns(existing);
  const marked = markNote(ours);
  const userText = user.map((r) => r.text).join("");
  if (userText.trim() === "") {
    return { note: marked, outcome: hadOurs ? "replaced" : "added" };
  }
  const base = typeof existing === "object" && existing !== null ? existing : {};
  const note: ExcelJS.Comment = { ...base, texts: [...user, { text: NOTE_SEPARATOR + marked }] };
  return { note, outcome: hadOurs ? "replaced" : "appended" };
}
