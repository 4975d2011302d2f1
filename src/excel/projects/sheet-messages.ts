/** The Chinese lines for sheets written through sheet-writer.ts: what this Excel could not put on them. */
import { excelStrings } from "../../strings/excel";
import { type QueuedSheet, lostMessage } from "./sheet-writer";

/** One line for the features lost, one for notes written as comments or left out. */
export function sheetMessages(queued: QueuedSheet[]): string[] {
  const lines: string[] = [];
  const lost = lostMessage(queued.flatMap((q) => q.lost.filter((f) => f !== "notes")));
  if (lost) lines.push(lost);
  const notesLost = queued.reduce((n, q) => n + q.notesLost, 0);
  if (notesLost > 0) lines.push(excelStrings.project.notesLost(notesLost));
  else if (queued.some((q) => q.notesAsComments)) lines.push(excelStrings.project.notesAsComments);
  return lines;
}
