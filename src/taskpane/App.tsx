import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { type StoredResults, toStoredResults } from "../services/results-store";
import { type CheckSettings, DEFAULT_SETTINGS } from "../services/settings-store";
import type { UndoRunOutcome } from "../excel/check/run";
import type { HostInfo } from "../office/helpers";
import { excelStrings } from "../strings/excel";
import { uiStrings } from "../strings/ui";
import { type Addin, AddinProvider, useAddin } from "./addin";
import { CopyBox } from "./CopyBox";
import { csvFileName, downloadText, findingsCsv, findingsTsv, writeClipboard } from "./csv";
import { collectFindings, countBySeverity, type FindingItem } from "./findings";
import { FindingsList } from "./FindingsList";
import { formatDateTime } from "./format";
import { whenIdle } from "./idle";
import { MessageList } from "./MessageList";
import type { ProjectsDraft } from "./pane-session";
import type { PaneStore } from "./pane-store";
import { usePaneRootStyles } from "./pane-styles";
import type { PaneTab } from "./pane-tab";
import { ProjectsTab } from "./projects/ProjectsTab";
import { ProjectSummaries } from "./ProjectSummaries";
import { SettingsSection } from "./SettingsSection";
import { type Busy, type NewMessage, paneReducer, type PaneState, paneStateFromSession, type ResultsView, sessionOfState } from "./state";

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
  paneTabs: {
    marginLeft: `calc(${tokens.spacingHorizontalM} * -1)`,
    marginTop: `calc(${tokens.spacingVerticalS} * -1)`,
  },
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  // The other tab's panel: hidden, not unmounted, so its results or half-filled form stay.
  hidden: {
    display: "none",
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  footer: {
    marginTop: "auto",
    color: tokens.colorNeutralForeground3,
  },
});

export type AppProps = {
  /** The Excel side (the real adapter, or a fake in tests). */
  addin: Addin;
  /** Remembered settings and results (local storage, or a fake in tests). */
  store: PaneStore;
  /** Where the pane runs; injected so the pane renders in a browser test without Office. */
  loadHostInfo?: () => Promise<HostInfo>;
  /** The clock, for the export's file name and the results' time. */
  now?: () => Date;
  /**
   * The tab the page's URL asks for (`?view=add` from the ribbon's 新增项目 opens 新增项目). Without
   * one, the pane opens on the tab the user last had open in this document (kept across a reload).
   */
  initialTab?: PaneTab;
};

/** Reads the host once; a failure only hides the footer line. */
function useHostInfo(loadHostInfo: AppProps["loadHostInfo"]): HostInfo | undefined {
  const [info, setInfo] = useState<HostInfo>();
  useEffect(() => {
    if (!loadHostInfo) return;
    let active = true;
    loadHostInfo().then(
      (loaded) => {
        if (active) setInfo(loaded);
      },
      (error: unknown) => console.warn("[selfeval] host info unavailable", error),
    );
    return () => {
      active = false;
    };
  }, [loadHostInfo]);
  return info;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Undo and clear-marks outcomes as messages: the result first, then the cells left alone. */
function restoreMessages(outcome: UndoRunOutcome): NewMessage[] {
  if (outcome.ok) {
    const [first, ...rest] = outcome.messages;
    return [
      ...(first ? [{ intent: "success" as const, text: first }] : []),
      ...rest.map((text) => ({ intent: "warning" as const, text })),
    ];
  }
  // Nothing to undo is not a failure of Excel: say it calmly.
  const intent = outcome.message === excelStrings.undo.nothingToUndo ? "info" : "error";
  return [{ intent, text: outcome.message }];
}

/** The pane inside Excel. */
export function App({ addin, ...props }: AppProps) {
  return (
    <AddinProvider addin={addin}>
      <Pane {...props} />
    </AddinProvider>
  );
}

/**
 * Keeps what the pane shows across a reload of the page (see pane-session.ts): Excel replaces the
 * page when 新增项目 or 打开面板 is clicked while the pane is open. Saved on every change, through
 * refs, so that typing in the 新增项目 form does not re-render the whole pane.
 */
function useKeptSession(store: PaneStore, tab: PaneTab, state: PaneState, initialDraft: ProjectsDraft | null): (draft: ProjectsDraft) => void {
  const latest = useRef({ tab, state, projects: initialDraft });
  const keep = useCallback(() => {
    const { tab: shownTab, state: shown, projects } = latest.current;
    store.saveSession({ tab: shownTab, ...sessionOfState(shown), projects });
  }, [store]);
  useEffect(() => {
    latest.current.tab = tab;
    latest.current.state = state;
    keep();
  }, [tab, state, keep]);
  return useCallback(
    (draft: ProjectsDraft) => {
      latest.current.projects = draft;
      keep();
    },
    [keep],
  );
}

function Pane({ store, loadHostInfo, now = () => new Date(), initialTab }: Omit<AppProps, "addin">) {
  const styles = useStyles();
  const rootStyles = usePaneRootStyles();
  const addin = useAddin();
  const host = useHostInfo(loadHostInfo);
  // Read once, before the first render: a reloaded page shows at once what it showed before.
  const [session] = useState(() => store.loadSession());
  const [state, dispatch] = useReducer(paneReducer, session, paneStateFromSession);
  const [tab, setTab] = useState<PaneTab>(initialTab ?? session?.tab ?? "check");
  // The 新增项目 tab stays mounted once opened, so its form survives a look at the check.
  const [addOpened, setAddOpened] = useState(tab === "add");
  const handleDraftChange = useKeptSession(store, tab, state, session?.projects ?? null);
  const text = uiStrings.pane;

  const selectTab = useCallback((chosen: PaneTab) => {
    setTab(chosen);
    if (chosen === "add") setAddOpened(true);
  }, []);

  // Another pane of this document asks for a tab: a client that opened a second pane for 新增项目
  // instead of replacing this one. The page that asks is the one the URL sent to 新增项目.
  useEffect(() => store.subscribeTabRequests(selectTab), [store, selectTab]);
  useEffect(() => {
    if (initialTab === "add") store.announceTab("add");
    // Once, for the URL the page was loaded with.
  }, []);

  // The first screen needs only the entry bundle: the engine is fetched once it is on screen.
  useEffect(() => whenIdle(() => addin.preloadEngine()), [addin]);

  useEffect(() => {
    let active = true;
    store.loadSettings().then(
      ({ settings }) => {
        if (active) dispatch({ type: "settingsLoaded", settings });
      },
      (error: unknown) => {
        console.warn("[selfeval] settings unavailable", error);
        if (!active) return;
        dispatch({ type: "settingsLoaded", settings: DEFAULT_SETTINGS });
        dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.settings.loadFailed }] });
      },
    );
    const loadResults = () =>
      store.loadResults().then(
        (results) => {
          if (active && results) dispatch({ type: "resultsLoaded", results });
        },
        (error: unknown) => {
          console.warn("[selfeval] stored results unavailable", error);
          if (active) dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.results.loadFailed }] });
        },
      );
    void loadResults();
    const unsubscribe = store.subscribeResults(() => void loadResults());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store, text]);

  const handleSettingsChange = useCallback(
    (settings: CheckSettings) => {
      dispatch({ type: "settingsChanged", settings });
      store.saveSettings(settings).then(
        (persistence) => {
          if (persistence === "memory") dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.settings.notRemembered }], replace: true });
        },
        (error: unknown) => {
          console.warn("[selfeval] settings not saved", error);
          dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.settings.notRemembered }], replace: true });
        },
      );
    },
    [store, text],
  );

  const notesUnsupported = !addin.capabilities.notes && !addin.capabilities.comments;

  const handleCheck = async () => {
    dispatch({ type: "started", busy: "check" });
    // This Excel cannot add notes: run without them (the remembered choice stays for a newer Excel).
    const addNotes = state.settings.addNotes && !notesUnsupported;
    try {
      const outcome = await addin.checkAndScore({ ...state.settings, addNotes });
      if (!outcome.ok) {
        dispatch({ type: "finished", messages: [{ intent: "error", text: outcome.message }] });
        return;
      }
      const results = toStoredResults(outcome, "pane", now());
      const messages: NewMessage[] = [];
      if (outcome.apply?.notWritten) {
        // Nothing was written (the undo record could not be kept): never a success line.
        messages.push({ intent: "warning", text: excelStrings.limits.notWrittenSummary });
      } else if (outcome.apply) {
        messages.push({ intent: "success", text: text.messages.applied(outcome.counts.written, outcome.counts.highlighted, addNotes ? outcome.counts.notes : null) });
      }
      if (state.settings.addNotes && notesUnsupported) messages.push({ intent: "info", text: text.settings.notesUnsupported });
      // The list sheet written is news, not a problem: information, not a warning.
      const listWritten = new Set((outcome.apply?.ownedSheets ?? []).map((sheet) => excelStrings.listSheet.written(sheet)));
      messages.push(...outcome.messages.map((line) => ({ intent: listWritten.has(line) ? ("info" as const) : ("warning" as const), text: line })));
      dispatch({ type: "finished", messages, results });
      store.saveResults(results).catch((error: unknown) => {
        console.warn("[selfeval] results not kept", error);
        dispatch({ type: "messagesAdded", messages: [{ intent: "warning", text: text.results.saveFailed }] });
      });
    } catch (error) {
      // The adapter never throws; this is the engine chunk failing to download, or a bug.
      console.error("[selfeval] check failed", error);
      dispatch({ type: "finished", messages: [{ intent: "error", text: text.messages.unexpected(describe(error)) }] });
    }
  };

  const handleRestore = async (busy: Extract<Busy, "undo" | "clearMarks">) => {
    dispatch({ type: "started", busy });
    try {
      const outcome = await (busy === "undo" ? addin.undo() : addin.clearMarks());
      dispatch({ type: "finished", messages: restoreMessages(outcome), undone: busy === "undo" && outcome.ok });
    } catch (error) {
      console.error(`[selfeval] ${busy} failed`, error);
      dispatch({ type: "finished", messages: [{ intent: "error", text: text.messages.unexpected(describe(error)) }] });
    }
  };

  const items = useMemo(() => (state.results ? collectFindings(state.results.report) : []), [state.results]);

  const say = (...messages: NewMessage[]) => dispatch({ type: "messagesAdded", messages, replace: true });

  /** Clipboard first; when refused, a text box to copy from by hand. Returns whether the clipboard took it. */
  const copyFindings = async (): Promise<boolean> => {
    if (!state.results) return false;
    const tsv = findingsTsv(state.results.report);
    const copied = await writeClipboard(tsv);
    dispatch({ type: "copyTextShown", text: copied ? null : tsv });
    return copied;
  };

  // A Blob download is silently blocked in some Office WebViews (office-js #2700, #1511): the success
  // message points to 复制检查结果, and a download that throws falls back to the clipboard at once.
  const handleExport = async () => {
    if (!state.results) return;
    try {
      const fileName = csvFileName(now());
      downloadText(findingsCsv(state.results.report), fileName);
      say({ intent: "success", text: text.messages.exported(fileName, items.length) });
    } catch (error) {
      console.error("[selfeval] export failed", error);
      if (await copyFindings()) say({ intent: "warning", text: text.messages.exportFailedCopied(describe(error), items.length) });
      else say({ intent: "error", text: text.messages.exportFailed(describe(error)) }, { intent: "warning", text: text.messages.copyManually });
    }
  };

  const handleCopy = async () => {
    if (await copyFindings()) say({ intent: "success", text: text.messages.copied(items.length) });
    else say({ intent: "warning", text: text.messages.copyManually });
  };

  const handleSelect = useCallback(
    (finding: FindingItem) => {
      dispatch({ type: "findingSelected", id: finding.id });
      addin.selectCell(finding.sheet, finding.cell ?? "A1").then(
        (outcome) => {
          if (!outcome.ok) dispatch({ type: "messagesAdded", messages: [{ intent: "error", text: text.messages.selectFailed(outcome.message) }], replace: true });
        },
        (error: unknown) => dispatch({ type: "messagesAdded", messages: [{ intent: "error", text: text.messages.selectFailed(describe(error)) }], replace: true }),
      );
    },
    [addin, text],
  );

  const busy = state.busy !== null;
  const noResults = state.results === null;

  return (
    // The layout sits on an inner element: FluentProvider hands its own className to every portal
    // (applyStylesToPortals), and a full-height padded box there covered the Dropdown's options.
    <FluentProvider theme={webLightTheme}>
      <div className={rootStyles.root}>
        <Title3 as="h1">{text.title}</Title3>
        <TabList
          className={styles.paneTabs}
          selectedValue={tab}
          aria-label={text.tabs.label}
          onTabSelect={(_, data) => selectTab(data.value as PaneTab)}
        >
          <Tab id="pane-tab-check" value="check" data-testid="check-tab">
            {text.tabs.check}
          </Tab>
          <Tab id="pane-tab-add" value="add" data-testid="add-project-tab">
            {text.tabs.add}
          </Tab>
        </TabList>

        <div role="tabpanel" aria-labelledby="pane-tab-check" className={mergeClasses(styles.view, tab !== "check" && styles.hidden)}>
          <Body1 className={styles.description}>{text.description}</Body1>

          <MessageList messages={state.messages} />

          <div className={styles.primary}>
            <Button appearance="primary" disabled={busy || !state.settingsReady} onClick={() => void handleCheck()}>
              {text.actions.checkAndScore}
            </Button>
            {state.busy ? <Spinner size="tiny" labelPosition="after" label={text.progress[state.busy]} data-testid="progress" /> : null}
          </div>
          <div className={styles.secondary} role="group" aria-label={text.actions.actionsLabel}>
            <Button disabled={busy} onClick={() => void handleRestore("undo")}>
              {text.actions.undo}
            </Button>
            <Button disabled={busy} onClick={() => void handleRestore("clearMarks")}>
              {text.actions.clearMarks}
            </Button>
            <Button disabled={busy || noResults} onClick={() => void handleExport()}>
              {text.actions.exportCsv}
            </Button>
            <Button disabled={busy || noResults} title={text.actions.copyTsvHint} onClick={() => void handleCopy()}>
              {text.actions.copyTsv}
            </Button>
          </div>

          {state.copyText !== null ? <CopyBox text={state.copyText} onClose={() => dispatch({ type: "copyTextShown", text: null })} /> : null}

          <SettingsSection
            settings={state.settings}
            disabled={!state.settingsReady || busy}
            notesUnsupported={notesUnsupported}
            open={state.settingsOpen}
            onOpenChange={(open) => dispatch({ type: "settingsToggled", open })}
            onChange={handleSettingsChange}
          />

          {state.results ? (
            <Results
              results={state.results}
              items={items}
              stale={state.resultsStale}
              view={state.view}
              recheckDisabled={busy || !state.settingsReady}
              onRecheck={() => void handleCheck()}
              onChooseView={(view) => dispatch({ type: "viewChosen", view })}
            >
              <FindingsList
                items={items}
                severities={state.severities}
                code={state.code}
                selectedId={state.selectedFinding}
                onToggleSeverity={(severity) => dispatch({ type: "severityToggled", severity })}
                onChooseCode={(code) => dispatch({ type: "codeChosen", code })}
                onSelect={handleSelect}
              />
            </Results>
          ) : state.busy !== "check" ? (
            <Body1 className={styles.muted}>{text.results.empty}</Body1>
          ) : null}
        </div>

        {addOpened ? (
          <div role="tabpanel" aria-labelledby="pane-tab-add" className={mergeClasses(styles.view, tab !== "add" && styles.hidden)}>
            <ProjectsTab
              settings={state.settings}
              settingsReady={state.settingsReady}
              onSettingsChange={handleSettingsChange}
              now={now}
              initialDraft={session?.projects}
              onDraftChange={handleDraftChange}
            />
          </div>
        ) : null}

        {host?.host ? <Caption1 className={styles.footer}>{text.hostLabel(host.host, host.platform)}</Caption1> : null}
      </div>
    </FluentProvider>
  );
}

type ResultsProps = {
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
function Results({ results, items, stale, view, recheckDisabled, onRecheck, onChooseView, children }: ResultsProps) {
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
          {stale ? (
            <span className={styles.staleTag}>{text.staleBadge}</span>
          ) : null}
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
