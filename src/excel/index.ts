/** The Excel adapter: the only module that talks to Office.js. Everything it returns is plain data. */
export { type Capabilities, type IsSetSupported, capabilitiesFor, detectCapabilities } from "./host/capabilities";
export { type SheetState, type WorkbookState, readWorkbook, readWorkbookState } from "./check/read";
export type { NotesMode } from "./check/cell-state";
export { type ApplyOptions, type ApplyOutcome, type SkippedItem, type SkipReason, applyPlan } from "./check/apply";
export { type UndoOutcome, clearMarks, undoLastRun } from "./check/undo";
export { type OwnedSheetUndo, type UndoCell, type UndoRecord, UNDO_SETTING_KEY } from "./check/undo-store";
export { type RunCounts, type RunOptions, type RunOutcome, type UndoRunOptions, type UndoRunOutcome, checkAndScore, clearCheckMarks, undoLastCheck } from "./check/run";
export { type DraftRequest, type DraftSkipped, type FillDraftsOptions, type FillDraftsOutcome, fillDrafts } from "./check/drafts";
export { type SelectOutcome, selectCell } from "./host/select";
export { isCellEditModeError, toUserMessage } from "./host/errors";
export { HIGHLIGHT_FILLS } from "./host/colors";
export { type UndoAddOutcome, type AddSheetsOutcome, type AddedSheetsRecord, type NewProject, type ProjectContextOutcome, type ProjectRunOptions } from "./projects/project-types";
export { addProject, readProjectContext } from "./projects/add-project";
export { createTemplateSheet } from "./projects/create-template";
export { importTargetsFromSheet } from "./projects/import-targets";
export { ADDED_SETTING_KEY, undoAddedSheets } from "./projects/added-sheets";
export { type QueuedSheet, type LostFeature, columnPoints, queueSheetSpec } from "./projects/sheet-writer";
