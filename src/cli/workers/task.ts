/** One file task run in the current thread: what a worker does, and the in-process fallback. */
import { getProfile } from "../../domain/profiles";
import type { FileResult } from "../file-result";
import { runFile } from "../run-file";
import { DRAFT_WORDING } from "../../strings/drafts";
import type { FileTask } from "./protocol";

/** Checks one file as described by a plain-data task; never throws (runFile does not). */
export async function runTask(task: FileTask): Promise<FileResult> {
  const profile = getProfile(task.profile);
  if (!profile) throw new Error(`unknown profile ${task.profile}`);
  return runFile(task.file, {
    // Every deviation finding carries its draft (the --json `draft`); only --draft-explanations writes them.
    check: { profile, rateAsFormula: task.rateFormula, addNotes: task.notes, projectList: task.projectList, drafts: DRAFT_WORDING, writeDrafts: task.draftExplanations === true },
    output: task.output,
    notes: task.notes,
    limits: task.limits,
  });
}
