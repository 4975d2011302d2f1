/**
 * The pane's frame: the two tabs (检查评分, 新增项目), the host line, the session a reload restores,
 * and the wiring between them: the Excel adapter, the store, and the settings both tabs use.
 */
import { Caption1, FluentProvider, makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { HostInfo } from "../office/helpers";
import { uiStrings } from "../strings/ui";
import { type Addin, AddinProvider, useAddin } from "./addin";
import { CheckTab } from "./check/CheckTab";
import { useCheckPane } from "./check/use-check-pane";
import { whenIdle } from "./idle";
import type { PaneStore } from "./pane-store";
import { usePaneRootStyles, useSharedStyles } from "./pane-styles";
import type { PaneTab } from "./pane-tab";
import { ProjectsTab } from "./projects/ProjectsTab";
import { useHostInfo } from "./use-host-info";
import { useKeptSession } from "./use-kept-session";
import { useOfficeTheme } from "./use-office-theme";

const useStyles = makeStyles({
  paneTabs: {
    // The tabs' own padding lines their text up with the pane's edge.
    marginLeft: `calc(${tokens.spacingHorizontalM} * -1)`,
    // At 200% zoom in a narrow pane the two tabs go on two lines rather than off the side.
    flexWrap: "wrap",
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
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

/** The pane inside Excel. */
export function App({ addin, ...props }: AppProps) {
  return (
    <AddinProvider addin={addin}>
      <Pane {...props} />
    </AddinProvider>
  );
}

function Pane({ store, loadHostInfo, now = () => new Date(), initialTab }: Omit<AppProps, "addin">) {
  const styles = useStyles();
  const rootStyles = usePaneRootStyles();
  const shared = useSharedStyles();
  const addin = useAddin();
  const host = useHostInfo(loadHostInfo);
  // Read once, before the first render: a reloaded page shows at once what it showed before.
  const [session] = useState(() => store.loadSession());
  const check = useCheckPane(store, session);
  const [tab, setTab] = useState<PaneTab>(initialTab ?? session?.tab ?? "check");
  // The 新增项目 tab stays mounted once opened, so its form survives a look at the check.
  const [addOpened, setAddOpened] = useState(tab === "add");
  const handleDraftChange = useKeptSession(store, tab, check.state, session?.projects ?? null);
  const text = uiStrings.pane;
  const theme = useOfficeTheme();

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

  return (
    // The layout sits on an inner element: FluentProvider hands its own className to every portal
    // (applyStylesToPortals), and a full-height padded box there covered the Dropdown's options.
    <FluentProvider theme={theme}>
      <div className={rootStyles.root}>
        <main className={styles.main}>
          {/* Office's own pane header shows the add-in's name: the page's heading is for screen readers. */}
          <h1 className={shared.visuallyHidden}>{text.title}</h1>
          <TabList className={styles.paneTabs} selectedValue={tab} aria-label={text.tabs.label} onTabSelect={(_, data) => selectTab(data.value as PaneTab)}>
            <Tab id="pane-tab-check" value="check" data-testid="check-tab">
              {text.tabs.check}
            </Tab>
            <Tab id="pane-tab-add" value="add" data-testid="add-project-tab">
              {text.tabs.add}
            </Tab>
          </TabList>

          <div role="tabpanel" aria-labelledby="pane-tab-check" className={mergeClasses(styles.view, tab !== "check" && styles.hidden)}>
            <CheckTab pane={check} now={now} />
          </div>

          {addOpened ? (
            <div role="tabpanel" aria-labelledby="pane-tab-add" className={mergeClasses(styles.view, tab !== "add" && styles.hidden)}>
              <ProjectsTab
                settings={check.state.settings}
                settingsReady={check.state.settingsReady}
                onSettingsChange={check.changeSettings}
                now={now}
                initialDraft={session?.projects}
                onDraftChange={handleDraftChange}
              />
            </div>
          ) : null}
        </main>

        {/* A landmark of its own (contentinfo), so that no content lies outside every landmark. */}
        {host?.host ? (
          <footer>
            <Caption1 className={styles.footer}>{text.hostLabel(host.host, host.platform)}</Caption1>
          </footer>
        ) : null}
      </div>
    </FluentProvider>
  );
}
