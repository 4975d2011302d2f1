/**
 * Note text written by the add-in, as plain strings (Office.js notes and comments are plain text).
 * Same rules as src/xlsx/notes.ts: ours starts with the marker, a later run replaces it, and a note
 * the user wrote is kept in front of ours.
 */
import { NOTE_MARKER, NOTE_SEPARATOR } from "../../strings/cli";

export { NOTE_MARKER, NOTE_SEPARATOR };

export type NoteOutcome = "added" | "replaced" | "appended";

/** Our text with its marker, added once. */
export function markNote(text: string): string {
  return text.startsWith(NOTE_MARKER) ? text : `${NOTE_MARKER}${text}`;
}

/** True when the note holds text the add-in wrote. */
export function hasOurNote(text: string | null | undefined): boolean {
  return typeof text === "string" && text.includes(NOTE_MARKER);
}

/** The user's part of a note (everything before our marker, separator trimmed); "" when none. */
export function userPart(text: string | null | undefined): string {
  if (typeof text !== "string") return "";
  const at = text.indexOf(NOTE_MARKER);
  let user = at < 0 ? text : text.slice(0, at);
  if (at >= 0 && user.endsWith(NOTE_SEPARATOR)) user = user.slice(0, user.length - NOTE_SEPARATOR.length);
  return user;
}

/** The note to store: the user's text kept, ours after it, our earlier note replaced. */
export function mergeNoteText(existing: string | null | undefined, ours: string): { text: string; outcome: NoteOutcome } {
  const hadOurs = hasOurNote(existing);
  const user = userPart(existing);
  const marked = markNote(ours);
  if (user.trim() === "") return { text: marked, outcome: hadOurs ? "replaced" : "added" };
  return { text: `${user}${NOTE_SEPARATOR}${marked}`, outcome: hadOurs ? "replaced" : "appended" };
}
