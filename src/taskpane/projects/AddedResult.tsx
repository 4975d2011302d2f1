import { Button, makeStyles, MessageBar, MessageBarBody, type MessageBarIntent, Spinner, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { UndoAddOutcome } from "../../excel/projects/project-types";
import { uiStrings } from "../../strings/ui";
import { canUndo, type LastAddition, type ProjectsBusy } from "./projects-state";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // Adapter messages may hold several lines.
  body: {
    whiteSpace: "pre-line",
  },
  sheets: {
    marginTop: tokens.spacingVerticalXS,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
});

function Bar({ intent, children }: { intent: MessageBarIntent; children: ReactNode }) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline" data-intent={intent}>
      <MessageBarBody className={styles.body}>{children}</MessageBarBody>
    </MessageBar>
  );
}

/** The headline of a successful addition: the sheet added, or the sheets imported. */
function addedLine(last: LastAddition, created: readonly string[]): string {
  const text = uiStrings.pane.projects.results;
  switch (last.operation) {
    case "add":
      return text.added(created.join("、"));
    case "createTemplate":
      return text.templateCreated(created.join("、"));
    case "import":
      return created.length > 0 ? text.imported(last.source ?? "", created.length) : text.importedNone(last.source ?? "");
  }
}

/** 撤销新增's outcome in the adapter's words: what was deleted first, then each sheet kept and why. */
function UndoResult({ undo }: { undo: UndoAddOutcome }) {
  if (!undo.ok) return <Bar intent="error">{undo.message}</Bar>;
  const [first, ...rest] = undo.messages;
  if (first === undefined) return <Bar intent="info">{uiStrings.pane.projects.results.nothingRemoved}</Bar>;
  return (
    <>
      <Bar intent={undo.removed.length > 0 ? "success" : "warning"}>{first}</Bar>
      {rest.map((line, i) => (
        <Bar key={i} intent="warning">
          {line}
        </Bar>
      ))}
    </>
  );
}

export type AddedResultProps = {
  last: LastAddition;
  /** data-testid of the result area: add-project-result, create-template-result or import-result. */
  testId: string;
  busy: ProjectsBusy | null;
  onUndo(): void;
};

/** What the latest addition did (or why it failed), its messages, and 撤销新增 with what that did. */
export function AddedResult({ last, testId, busy, onUndo }: AddedResultProps) {
  const styles = useStyles();
  const text = uiStrings.pane.projects;
  const { outcome } = last;
  return (
    <div className={styles.root} data-testid={testId} aria-live="polite">
      {outcome.ok ? (
        <>
          <Bar intent={outcome.created.length > 0 ? "success" : "info"}>
            {addedLine(last, outcome.created)}
            {last.operation === "import" && outcome.created.length > 0 ? (
              <ul className={styles.sheets}>
                {outcome.created.map((sheet) => (
                  <li key={sheet} data-testid="created-sheet">
                    {sheet}
                  </li>
                ))}
              </ul>
            ) : null}
          </Bar>
          {outcome.messages.map((line, i) => (
            <Bar key={i} intent="warning">
              {line}
            </Bar>
          ))}
        </>
      ) : (
        <Bar intent="error">{outcome.message}</Bar>
      )}
      {last.undo ? <UndoResult undo={last.undo} /> : null}
      {canUndo(last) ? (
        <div className={styles.actions}>
          <Button data-testid="undo-added" disabled={busy !== null} onClick={onUndo}>
            {text.results.undo}
          </Button>
          {busy === "undo" ? <Spinner size="tiny" labelPosition="after" label={text.progress.undo} data-testid="projects-progress" /> : null}
        </div>
      ) : null}
    </div>
  );
}
