/** One file task run in the current thread: what a worker does, and the in-process fallback. */
import { getProfile } from "../../domain/profiles";
import type { FileResult } from "../file-result";
import { runFile } from "../run-file";
import type { FileTask } from "./protocol";

/** Checks one file as described by a plain-data task; never throws (runFile does not). */
export async function runTask(task: FileTask): Promise<FileResult> {
  const profile = getProfile(task.profile);
  if (!profile) throw new Error(`unknown profile ${task.profile}`);
  return runFile(task.file, {
    check: { profile, rateAsFormula: task.rateFormula, addNotes: task.notes, projectList: task.projectList },
    output: task.output,
    notes: task.notes,
    limits: task.limits,
  });
}
