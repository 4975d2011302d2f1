/** Messages between the command and its check workers: plain data only (structured clone). */
import type { FileResult } from "../file-result";
import type { GuardLimits } from "../guard";

/** What a worker needs to check one file; the profile goes by id (a worker looks it up itself). */
export interface FileTask {
  file: string;
  output?: string;
  profile: string;
  rateFormula: boolean;
  notes: boolean;
  projectList: boolean;
  /** --draft-explanations: drafts of 偏差原因 go into the checked copy. */
  draftExplanations?: boolean;
  limits?: GuardLimits;
}

export interface TaskMessage {
  id: number;
  task: FileTask;
}

export interface ResultMessage {
  id: number;
  /**
   * The FileResult as JSON text: the report is plain data by design (amounts and scores are decimal
   * strings), and JSON keeps it so even if a class instance ever slipped into a finding's data —
   * the --json document would have printed it through the same JSON.stringify.
   */
  json: string;
}

export type { FileResult };
