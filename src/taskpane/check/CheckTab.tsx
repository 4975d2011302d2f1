/**
 * The 检查评分 tab: 检查并评分, its undo, the export, the settings and the last run's results. Its
 * state comes from the frame (useCheckPane), which shares the settings with the 新增项目 tab; the
 * Excel calls go through useAddin().
 */
import { Body1, Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { uiStrings } from "../../strings/ui";
import { CopyBox } from "./CopyBox";
import { collectFindings } from "./findings";
import { FindingsList } from "./FindingsList";
import { MessageList } from "./MessageList";
import { Results } from "./Results";
import { SettingsSection } from "./SettingsSection";
import { useCheckActions } from "./use-check-actions";
import type { CheckPane } from "./use-check-pane";

const useStyles = makeStyles({
  description: {
    color: tokens.colorNeutralForeground2,
  },
  primary: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  secondary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});

export type CheckTabProps = {
  /** The tab's state and what feeds it (see useCheckPane). */
  pane: CheckPane;
  /** The clock, for the export's file name and the results' time. */
  now: () => Date;
};

/** The tab's content; the frame puts it in its tab panel. */
export function CheckTab({ pane, now }: CheckTabProps) {
  const styles = useStyles();
  const text = uiStrings.pane;
  const { state, dispatch, changeSettings } = pane;
  const items = useMemo(() => (state.results ? collectFindings(state.results.report) : []), [state.results]);
  const actions = useCheckActions(pane, items, now);
  const busy = state.busy !== null;
  const noResults = state.results === null;

  return (
    <>
      <Body1 className={styles.description}>{text.description}</Body1>

      <MessageList messages={state.messages} />

      <div className={styles.primary}>
        <Button appearance="primary" disabled={busy || !state.settingsReady} onClick={() => void actions.check()}>
          {text.actions.checkAndScore}
        </Button>
        {state.busy ? <Spinner size="tiny" labelPosition="after" label={text.progress[state.busy]} data-testid="progress" /> : null}
      </div>
      <div className={styles.secondary} role="group" aria-label={text.actions.actionsLabel}>
        <Button disabled={busy} onClick={() => void actions.restore("undo")}>
          {text.actions.undo}
        </Button>
        <Button disabled={busy} onClick={() => void actions.restore("clearMarks")}>
          {text.actions.clearMarks}
        </Button>
        <Button disabled={busy || noResults} onClick={() => void actions.exportFindings()}>
          {text.actions.exportCsv}
        </Button>
        <Button disabled={busy || noResults} title={text.actions.copyTsvHint} onClick={() => void actions.copyFindings()}>
          {text.actions.copyTsv}
        </Button>
      </div>

      {state.copyText !== null ? <CopyBox text={state.copyText} onClose={() => dispatch({ type: "copyTextShown", text: null })} /> : null}

      <SettingsSection
        settings={state.settings}
        disabled={!state.settingsReady || busy}
        notesUnsupported={actions.notesUnsupported}
        open={state.settingsOpen}
        onOpenChange={(open) => dispatch({ type: "settingsToggled", open })}
        onChange={changeSettings}
      />

      {state.results ? (
        <Results
          results={state.results}
          items={items}
          stale={state.resultsStale}
          view={state.view}
          recheckDisabled={busy || !state.settingsReady}
          onRecheck={() => void actions.check()}
          onChooseView={(view) => dispatch({ type: "viewChosen", view })}
        >
          <FindingsList
            items={items}
            severities={state.severities}
            code={state.code}
            selectedId={state.selectedFinding}
            onToggleSeverity={(severity) => dispatch({ type: "severityToggled", severity })}
            onChooseCode={(code) => dispatch({ type: "codeChosen", code })}
            onSelect={actions.selectFinding}
          />
        </Results>
      ) : state.busy !== "check" ? (
        <Body1 className={styles.muted}>{text.results.empty}</Body1>
      ) : null}
    </>
  );
}
