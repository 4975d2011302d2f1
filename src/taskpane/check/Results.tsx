import { Body1Strong, Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { StoredResults } from "../../services/results-store";
import { uiStrings } from "../../strings/ui";
import { formatDateTime } from "../format";
import type { ResultsView } from "./check-state";
import { countBySeverity, type FindingItem } from "./findings";
import { ProjectSummaries } from "./ProjectSummaries";

const useStyles = makeStyles({
  results: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  summaryLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  staleTag: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForegroundInverted,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground3,
  },
  // Results taken out of the workbook by 撤销本次检查: still readable, visibly not current.
  stale: {
    opacity: 0.6,
  },
  tabs: {
    // The tabs' own padding lines their text up with the pane's edge.
    marginLeft: `calc(${tokens.spacingHorizontalM} * -1)`,
  },
  tabPanel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
});

export type ResultsProps = {
  results: StoredResults;
  items: readonly FindingItem[];
  /** 撤销本次检查 took these results out of the workbook. */
  stale: boolean;
  view: ResultsView;
  recheckDisabled: boolean;
  onRecheck(): void;
  onChooseView(view: ResultsView): void;
  /** The findings list, shown under the 问题清单 tab. */
  children: ReactNode;
};

/** The run summary, then two tabs: 问题清单 (selected after every run: what to act on) and 项目汇总. */
export function Results({ results, items, stale, view, recheckDisabled, onRecheck, onChooseView, children }: ResultsProps) {
  const styles = useStyles();
  const text = uiStrings.pane.results;
  const counts = countBySeverity(items);
  const projects = results.report.projects;
  return (
    <div className={styles.results}>
      {stale ? (
        <MessageBar intent="warning" layout="multiline" data-testid="results-stale">
          <MessageBarBody>{text.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={recheckDisabled} onClick={onRecheck}>
              {text.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={styles.summary}>
        <div className={styles.summaryLine}>
          <Body1Strong data-testid="run-summary">{text.runSummary({ projects: projects.length, ...counts })}</Body1Strong>
          {stale ? <span className={styles.staleTag}>{text.staleBadge}</span> : null}
        </div>
        <Caption1 className={styles.muted}>{text.lastRun(formatDateTime(new Date(results.savedAt)), results.source === "ribbon")}</Caption1>
      </div>
      <TabList className={styles.tabs} selectedValue={view} aria-label={text.viewsLabel} onTabSelect={(_, data) => onChooseView(data.value as ResultsView)}>
        <Tab id="tab-findings" value="findings">
          {text.findingsTab(items.length)}
        </Tab>
        <Tab id="tab-projects" value="projects">
          {text.projectsTab(projects.length)}
        </Tab>
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${view}`} className={mergeClasses(styles.tabPanel, stale && styles.stale)}>
        {view === "findings" ? children : <ProjectSummaries projects={projects} />}
      </div>
    </div>
  );
}
