/** The Excel adapter: the only module that talks to Office.js. Everything it returns is plain data. */
export { type Capabilities, type IsSetSupported, capabilitiesFor, detectCapabilities } from "./capabilities";
export { type NotesMode, type SheetState, type WorkbookState, readWorkbook, readWorkbookState } from "./read";
export { type ApplyOptions, type ApplyOutcome, type SkippedItem, type SkipReason, applyPlan } from "./apply";
export { type UndoOutcome, clearMarks, undoLastRun } from "./undo";
export { type OwnedSheetUndo, type UndoCell, type UndoRecord, UNDO_SETTING_KEY } from "./undo-store";
export { type RunCounts, type RunOptions, type RunOutcome, type UndoRunOptions, type UndoRunOutcome, checkAndScore, clearCheckMarks, undoLastCheck } from "./run";
export { type SelectOutcome, selectCell } from "./select";
export { isCellEditModeError, toUserMessage } from "./errors";
export { HIGHLIGHT_FILLS } from "./colors";
export { type UndoAddOutcome, type AddSheetsOutcome, type AddedSheetsRecord, type NewProject, type ProjectContextOutcome, type ProjectRunOptions } from "./project-types";
export { addProject, readProjectContext, TEMPLATE_SHEET_NAMES } from "./add-project";
export { createTemplateSheet } from "./create-template";
export { importTargetsFromSheet } from "./import-targets";
export { ADDED_SETTING_KEY, undoAddedSheets } from "./added-sheets";
export { type QueuedSheet, type LostFeature, columnPoints, queueSheetSpec } from "./sheet-writer";
