/**
 * The add-in's note policy, as plain text: ours starts with the marker, a later run replaces ours, and
 * text the user wrote is kept in front of ours. Both writers follow it (the exceljs one also keeps the
 * user's run formatting, see src/xlsx/notes.ts).
 */

/** Leads every note the add-in writes, so that a later run finds and replaces its own note. */
export const NOTE_MARKER = "【绩效自评助手】";

/** Between a user's own note and ours on the same cell. */
export const NOTE_SEPARATOR = "\n\n";

/** What happened to a cell's note. */
export type NoteOutcome = "added" | "replaced" | "appended";

/** Our note text with its marker (added once, even if the plan already carries it). */
export function markNote(text: string): string {
  return text.startsWith(NOTE_MARKER) ? text : `${NOTE_MARKER}${text}`;
}

/** True when the note holds text the add-in wrote. */
export function hasOurNote(text: string | null | undefined): boolean {
  return typeof text === "string" && text.includes(NOTE_MARKER);
}

/**
 * The user's part of a note: everything before our marker, with the separator we put between the two
 * removed; the whole text when there is no note of ours in it, "" when there is no note.
 */
export function userPart(text: string | null | undefined): string {
  if (typeof text !== "string") return "";
  const at = text.indexOf(NOTE_MARKER);
  if (at < 0) return text;
  const user = text.slice(0, at);
  return user.endsWith(NOTE_SEPARATOR) ? user.slice(0, user.length - NOTE_SEPARATOR.length) : user;
}

/** The note to store on a cell, and how it came about. */
export interface MergedNote {
  /** The whole note: `kept`, the separator and ours; ours alone when `kept` is "". */
  text: string;
  outcome: NoteOutcome;
  /** The start of the existing note that stays in front of ours (the user's text); "" when none. */
  kept: string;
}

/** The note to store: the user's text kept in front, ours (marked) after it, our earlier note replaced. */
export function mergeNote(existing: string | null | undefined, ours: string): MergedNote {
  const hadOurs = hasOurNote(existing);
  const user = userPart(existing);
  const marked = markNote(ours);
  if (user.trim() === "") return { text: marked, outcome: hadOurs ? "replaced" : "added", kept: "" };
  return { text: `${user}${NOTE_SEPARATOR}${marked}`, outcome: hadOurs ? "replaced" : "appended", kept: user };
}
