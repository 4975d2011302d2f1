/**
 * The 检查评分 tab: 检查并评分, its undo, the export, the settings and the last run's results. Its
 * state comes from the frame (useCheckPane), which shares the settings with the 新增项目 tab; the
 * Excel calls go through useAddin().
 */
import { Body1, Button, makeStyles, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner, tokens } from "@fluentui/react-components";
import { type RefObject, useEffect, useMemo, useRef } from "react";
import { uiStrings } from "../../strings/ui";
import type { Busy } from "./check-state";
import { CopyBox } from "./CopyBox";
import { collectFindings, countBySeverity, sortFindings } from "./findings";
import { FindingsList } from "./FindingsList";
import { MessageList } from "./MessageList";
import { Results } from "./Results";
import { SettingsSection } from "./SettingsSection";
import { useSharedStyles } from "../pane-styles";
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
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  more: {
    minWidth: 0,
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
  const shared = useSharedStyles();
  const text = uiStrings.pane;
  const { state, dispatch, changeSettings } = pane;
  const items = useMemo(() => (state.results ? sortFindings(collectFindings(state.results.report)) : []), [state.results]);
  const actions = useCheckActions(pane, items, now);
  const drafted = useMemo(() => new Set(state.drafted), [state.drafted]);
  const busy = state.busy !== null;
  const noResults = state.results === null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const checkRef = useRef<HTMLButtonElement>(null);
  useFocusAfterRun(state.busy, !noResults, headingRef, checkRef);

  const counts = state.results ? { projects: state.results.report.projects.length, ...countBySeverity(items) } : null;
  // What a screen reader hears: the action under way, then the counts of the run that ended.
  const status = state.busy ? text.progress[state.busy] : counts && !state.resultsStale ? text.results.announce(counts) : "";
  const messages = <MessageList messages={state.messages} compact={!noResults} />;

  return (
    <>
      {noResults ? <Body1 className={styles.description}>{text.description}</Body1> : null}

      <div className={styles.primary}>
        {/* Busy buttons stay focusable (disabledFocusable): the focus must not fall to the page. */}
        <Button ref={checkRef} appearance="primary" disabledFocusable={busy || !state.settingsReady} onClick={() => void actions.check()}>
          {text.actions.checkAndScore}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton className={styles.more} disabledFocusable={busy} title={text.actions.moreHint}>
              {text.actions.more}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList aria-label={text.actions.actionsLabel}>
              <MenuItem disabled={busy} onClick={() => void actions.restore("undo")}>
                {text.actions.undo}
              </MenuItem>
              <MenuItem disabled={busy} onClick={() => void actions.restore("clearMarks")}>
                {text.actions.clearMarks}
              </MenuItem>
              <MenuItem disabled={busy || noResults} onClick={() => void actions.exportFindings()}>
                {text.actions.exportCsv}
              </MenuItem>
              <MenuItem disabled={busy || noResults} title={text.actions.copyTsvHint} onClick={() => void actions.copyFindings()}>
                {text.actions.copyTsv}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        {state.busy ? <Spinner size="tiny" labelPosition="after" label={text.progress[state.busy]} data-testid="progress" aria-hidden /> : null}
      </div>
      <div role="status" className={shared.visuallyHidden} data-testid="status">
        {status}
      </div>

      {noResults ? messages : null}

      {state.copyText !== null ? (
        <CopyBox
          text={state.copyText}
          label={state.copyKind === "draft" ? text.drafts.copyBoxLabel : undefined}
          wrap={state.copyKind === "draft"}
          onClose={() => dispatch({ type: "copyTextShown", text: null })}
        />
      ) : null}

      {state.results ? (
        <Results
          results={state.results}
          items={items}
          stale={state.resultsStale}
          view={state.view}
          recheckDisabled={busy || !state.settingsReady}
          headingRef={headingRef}
          messages={messages}
          onRecheck={() => void actions.check()}
          onChooseView={(view) => dispatch({ type: "viewChosen", view })}
        >
          <FindingsList
            items={items}
            severities={state.severities}
            code={state.code}
            selectedId={state.selectedFinding}
            jumpError={state.jumpError}
            onToggleSeverity={(severity) => dispatch({ type: "severityToggled", severity })}
            onChooseCode={(code) => dispatch({ type: "codeChosen", code })}
            onSelect={actions.selectFinding}
            drafted={drafted}
            draftsEnabled={!state.resultsStale}
            busy={busy}
            onFillDrafts={(findings) => void actions.fillDrafts(findings)}
            onCopyDraft={(finding) => void actions.copyDraft(finding)}
          />
        </Results>
      ) : state.busy !== "check" ? (
        <Body1 className={styles.muted}>{text.results.empty}</Body1>
      ) : null}

      <SettingsSection
        settings={state.settings}
        disabled={!state.settingsReady || busy}
        notesUnsupported={actions.notesUnsupported}
        open={state.settingsOpen}
        onOpenChange={(open) => dispatch({ type: "settingsToggled", open })}
        onChange={changeSettings}
      />
    </>
  );
}

/**
 * When an action ends, the focus goes somewhere sensible: after a check with results, to the
 * verdict's heading (a screen reader reads it); otherwise, if the element that had it went away
 * (重新检查 in the out-of-date bar), to the results' heading or to 检查并评分, never the page body.
 */
function useFocusAfterRun(
  busy: Busy | null,
  hasResults: boolean,
  headingRef: RefObject<HTMLHeadingElement | null>,
  checkRef: RefObject<HTMLButtonElement | null>,
): void {
  const previous = useRef<Busy | null>(busy);
  useEffect(() => {
    const ended = previous.current;
    previous.current = busy;
    if (ended === null || busy !== null) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    // A menu item's action: the menu hands the focus back to its trigger; leave it there.
    if (ended === "check" && hasResults) headingRef.current?.focus();
    else if (lost) (headingRef.current ?? checkRef.current)?.focus();
  }, [busy, hasResults, headingRef, checkRef]);
}
