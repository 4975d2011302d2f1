import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, tokens, useId } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import type { StoredResults } from "../../services/results-store";
import { type SummaryCounts, uiStrings } from "../../strings/ui";
import { formatDateTime } from "../format";
import type { ResultsView } from "./check-state";
import type { MessageIntent } from "./check-state";
import { countBySeverity, type FindingItem } from "./findings";
import { ProjectSummaries } from "./ProjectSummaries";
import { useSharedStyles } from "../pane-styles";

const useStyles = makeStyles({
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  verdictTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    // The heading takes the focus when a run ends; a ring shows where it went.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  summaryLine: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
  },
  staleTag: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForegroundInverted,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
  },
  tabs: {
    // The tabs' own padding lines their text up with the pane's edge.
    marginLeft: `calc(${tokens.spacingHorizontalS} * -1)`,
    flexWrap: "wrap",
  },
  lastRun: {
    color: tokens.colorNeutralForeground3,
  },
  tabPanel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

/** Only a clean run is green: errors block submission, warnings ask for a look. */
export function verdictIntent(counts: SummaryCounts): MessageIntent {
  if (counts.error > 0) return "error";
  if (counts.warning > 0 || counts.projects === 0) return "warning";
  return "success";
}

export type ResultsProps = {
  results: StoredResults;
  items: readonly FindingItem[];
  /** 撤销本次检查 took these results out of the workbook. */
  stale: boolean;
  view: ResultsView;
  recheckDisabled: boolean;
  /** The verdict's heading, which takes the focus when a run ends. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The last action's messages, shown under the verdict. */
  messages?: ReactNode;
  onRecheck(): void;
  onChooseView(view: ResultsView): void;
  /** The findings list, shown under the 问题清单 tab. */
  children: ReactNode;
};

/**
 * The verdict first (can this be handed in?), with the counts; then two tabs: 问题清单 (selected
 * after every run: what to act on) and 项目汇总.
 */
export function Results({ results, items, stale, view, recheckDisabled, headingRef, messages, onRecheck, onChooseView, children }: ResultsProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const text = uiStrings.pane.results;
  const projects = results.report.projects;
  const counts: SummaryCounts = { projects: projects.length, ...countBySeverity(items) };
  const intent = verdictIntent(counts);
  const headingId = useId("results-heading");
  const staleId = useId("results-stale");
  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <MessageBar intent={intent} layout="multiline" bottomReflowSpacer={null} aria-labelledby={headingId} data-testid="verdict" data-intent={intent}>
        <MessageBarBody>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.verdictTitle}>
            <span className={shared.visuallyHidden}>{text.headingPrefix}</span>
            {text.verdict(counts)}
          </h2>
          <Caption1 as="p" className={styles.summaryLine}>
            <span data-testid="run-summary">{text.runSummary(counts)}</span>
            {stale ? <span className={styles.staleTag}>{text.staleBadge}</span> : null}
          </Caption1>
        </MessageBarBody>
      </MessageBar>
      {stale ? (
        <MessageBar intent="warning" layout="multiline" aria-labelledby={staleId} data-testid="results-stale">
          <MessageBarBody id={staleId}>{text.stale}</MessageBarBody>
          <MessageBarActions>
            {/* Stays focusable while the check runs: the focus must not fall to the page. */}
            <Button size="small" appearance="primary" disabledFocusable={recheckDisabled} onClick={onRecheck}>
              {text.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {messages}
      <TabList className={styles.tabs} size="small" selectedValue={view} aria-label={text.viewsLabel} onTabSelect={(_, data) => onChooseView(data.value as ResultsView)}>
        <Tab id="tab-findings" value="findings">
          {text.findingsTab(items.length)}
        </Tab>
        <Tab id="tab-projects" value="projects">
          {text.projectsTab(projects.length)}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view}`} className={styles.tabPanel}>
        {view === "findings" ? children : <ProjectSummaries projects={projects} />}
      </div>
      {/* When, at the end: the verdict and the findings have the first screen. */}
      <Caption1 className={styles.lastRun}>{text.lastRun(formatDateTime(new Date(results.savedAt)), results.source === "ribbon")}</Caption1>
    </section>
  );
}
