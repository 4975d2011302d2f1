/**
 * The 新增项目 tab: reads the workbook, keeps the form, calls the Excel adapter through useAddin().
 * Its controls are in the pane's entry bundle; the form's rules (decimal.js) and the Excel
 * operations are the "projects" chunk, fetched when the tab first opens.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { CheckSettings } from "../../services/settings-store";
import { DEFAULT_PROFILE_ID, getProfile, PROFILES } from "../../domain/profiles";
import { uiStrings } from "../../strings/ui";
import { useAddin } from "../addin";
import { errorText } from "../error-text";
import { loadProjectRules } from "./load-rules";
import type { ProjectRules } from "./project-rules";
import { checkForm, importYear, initialProjectsState, type ProjectsDraft, projectsDraftOf, projectsReducer } from "./projects-state";
import { type ProjectsHandlers, ProjectsView } from "./ProjectsView";

export type ProjectsTabProps = {
  settings: CheckSettings;
  /** False while the remembered settings (and so the marked template) are being read. */
  settingsReady: boolean;
  onSettingsChange(settings: CheckSettings): void;
  now?: () => Date;
  /** The form's rules; injectable for tests. */
  loadRules?: () => Promise<ProjectRules>;
  /** The rules when already at hand (tests rendering the first frame); otherwise loadRules fetches them. */
  initialRules?: ProjectRules;
  /** What the tab held before the page was reloaded (Excel reloads the pane for 新增项目). */
  initialDraft?: ProjectsDraft | null;
  /** Called with what a reload must restore, whenever it changes. */
  onDraftChange?(draft: ProjectsDraft): void;
};

type Failure = { ok: false; message: string };

/** The adapter's calls never reject; a rejection is a failed chunk download or a bug: shown, never thrown. */
async function settle<T>(promise: Promise<T>, what: string): Promise<T | Failure> {
  try {
    return await promise;
  } catch (error) {
    console.error(`[selfeval] ${what} failed`, error);
    return { ok: false, message: uiStrings.pane.messages.unexpected(errorText(error)) };
  }
}

/** The rules once downloaded, or why they are not; `retry` downloads again. */
function useRules(loadRules: () => Promise<ProjectRules>, initialRules?: ProjectRules): { rules: ProjectRules | null; failure: string | null; retry(): void } {
  const [rules, setRules] = useState<ProjectRules | null>(initialRules ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (initialRules) return;
    let active = true;
    loadRules().then(
      (loaded) => {
        if (active) setRules(loaded);
      },
      (error: unknown) => {
        console.error("[selfeval] the 新增项目 code failed to load", error);
        if (active) setFailure(errorText(error));
      },
    );
    return () => {
      active = false;
    };
  }, [loadRules, initialRules, attempt]);
  const retry = useCallback(() => {
    setFailure(null);
    setAttempt((n) => n + 1);
  }, []);
  return { rules, failure, retry };
}

export function ProjectsTab({ settings, settingsReady, onSettingsChange, now = () => new Date(), loadRules = loadProjectRules, initialRules, initialDraft, onDraftChange }: ProjectsTabProps) {
  const addin = useAddin();
  const [state, dispatch] = useReducer(projectsReducer, undefined, () => initialProjectsState(undefined, initialDraft));
  const { rules, failure, retry } = useRules(loadRules, initialRules);
  const latestRead = useRef(0);
  const profileId = settings.profile;
  const templateSheet = settings.templateSheet;

  // Every keystroke is kept at once: Excel may replace the page at any click on the ribbon. The
  // draft changes with these fields only, not with the workbook read or the progress.
  const draft = useMemo(() => projectsDraftOf(state), [state.form, state.touched, state.importSheet, state.importYear, state.last]);
  useEffect(() => onDraftChange?.(draft), [draft, onDraftChange]);

  // The clock is read once, when the rules arrive: not a dependency.
  useEffect(() => {
    if (rules) dispatch({ type: "rulesLoaded", defaultYear: rules.defaultProjectYear(now()) });
  }, [rules]);

  const loadContext = useCallback(
    async (sheet: string | null) => {
      const id = ++latestRead.current;
      dispatch({ type: "started", busy: "context" });
      const outcome = await settle(addin.readProjectContext(sheet), "reading the workbook");
      // An older read answering late must not replace a newer one.
      if (id === latestRead.current) dispatch({ type: "contextLoaded", outcome });
    },
    [addin],
  );

  // Read once the remembered template is known. Not again when the remembered template changes:
  // every change comes from an action here, which reads the workbook itself.
  useEffect(() => {
    if (settingsReady) void loadContext(templateSheet);
  }, [settingsReady, loadContext]);

  const text = uiStrings.pane.projects;
  if (failure !== null) {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="projects-load-failed">
        <MessageBarBody>{text.loadFailed(failure)}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={retry}>
            {text.retryLoad}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!rules) return <Spinner size="tiny" labelPosition="after" label={text.loading} data-testid="projects-progress" />;

  const today = now();
  const check = checkForm(state, rules, today);
  const yearToImport = importYear(state, rules, today);
  const profileForm = rules.formOf(getProfile(profileId) ?? PROFILES[DEFAULT_PROFILE_ID]);

  const handlers: ProjectsHandlers = {
    onChooseTemplate: (sheet) => {
      onSettingsChange({ ...settings, templateSheet: sheet });
      void loadContext(sheet);
    },
    onCreateTemplate: async () => {
      const year = rules.parseProjectYear(state.form.year, today);
      dispatch({ type: "started", busy: "createTemplate" });
      const outcome = await settle(addin.createTemplate(profileId, year.ok ? year.value : rules.defaultProjectYear(today)), "creating the template");
      dispatch({ type: "added", operation: "createTemplate", outcome });
      if (!outcome.ok) return;
      // The sheet just created is the template from now on (its name may be 模板(2) when 模板 was taken).
      const created = outcome.created[0] ?? templateSheet;
      if (created !== templateSheet) onSettingsChange({ ...settings, templateSheet: created });
      await loadContext(created);
    },
    onRetry: () => void loadContext(templateSheet),
    onFieldChange: (field, value) => dispatch({ type: "fieldChanged", field, value }),
    onAdd: async () => {
      const template = state.context?.template?.sheet;
      if (!check.ok || !template) return;
      dispatch({ type: "started", busy: "add" });
      const outcome = await settle(addin.addProject(check.project, template, profileId), "adding the project");
      dispatch({ type: "added", operation: "add", outcome });
      if (outcome.ok) await loadContext(templateSheet);
    },
    onImportSheetChosen: (sheet) => dispatch({ type: "importSheetChosen", sheet }),
    onImportYearChange: (value) => dispatch({ type: "importYearChanged", value }),
    onImport: async () => {
      const sheet = state.importSheet;
      if (!sheet || !yearToImport.ok) return;
      dispatch({ type: "started", busy: "import" });
      const outcome = await settle(addin.importTargets(sheet, profileId, yearToImport.value), "importing the targets");
      dispatch({ type: "added", operation: "import", outcome, source: sheet });
      if (outcome.ok) await loadContext(templateSheet);
    },
    onUndo: async () => {
      dispatch({ type: "started", busy: "undo" });
      const outcome = await settle(addin.undoAdded(), "undoing the addition");
      dispatch({ type: "undone", outcome });
      if (outcome.ok) await loadContext(templateSheet);
    },
  };

  return <ProjectsView state={state} check={check} importYear={yearToImport} profileForm={profileForm} handlers={handlers} />;
}
