/** The Excel adapter: the only module that talks to Office.js. Everything it returns is plain data. */
export { type Capabilities, type IsSetSupported, capabilitiesFor, detectCapabilities } from "./capabilities";
export { type NotesMode, type SheetState, type WorkbookState, readWorkbook, readWorkbookState } from "./read";
export { type ApplyOptions, type ApplyOutcome, type SkippedItem, type SkipReason, applyPlan } from "./apply";
export { type UndoOutcome, clearMarks, undoLastRun } from "./undo";
export { type UndoCell, type UndoRecord, UNDO_SETTING_KEY } from "./undo-store";
export { type RunCounts, type RunOptions, type RunOutcome, type UndoRunOptions, type UndoRunOutcome, checkAndScore, clearCheckMarks, undoLastCheck } from "./run";
export { type SelectOutcome, selectCell } from "./select";
export { isCellEditModeError, toUserMessage } from "./errors";
export { HIGHLIGHT_FILLS } from "./colors";
