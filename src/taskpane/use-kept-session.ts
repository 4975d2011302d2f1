import { useCallback, useEffect, useRef } from "react";
import { checkSessionOf, type CheckState } from "./check/check-state";
import type { PaneStore } from "./pane-store";
import type { PaneTab } from "./pane-tab";
import type { ProjectsDraft } from "./projects/projects-state";

/**
 * Keeps what the pane shows across a reload of the page (see pane-session.ts): Excel replaces the
 * page when 新增项目 or 打开面板 is clicked while the pane is open. Saved on every change, through
 * refs, so that typing in the 新增项目 form does not re-render the whole pane. Returns the callback
 * that takes the 新增项目 tab's draft.
 */
export function useKeptSession(store: PaneStore, tab: PaneTab, check: CheckState, initialDraft: ProjectsDraft | null): (draft: ProjectsDraft) => void {
  const latest = useRef({ tab, check, projects: initialDraft });
  const keep = useCallback(() => {
    const { tab: shownTab, check: shown, projects } = latest.current;
    store.saveSession({ tab: shownTab, ...checkSessionOf(shown), projects });
  }, [store]);
  useEffect(() => {
    latest.current.tab = tab;
    latest.current.check = check;
    keep();
  }, [tab, check, keep]);
  return useCallback(
    (draft: ProjectsDraft) => {
      latest.current.projects = draft;
      keep();
    },
    [keep],
  );
}
