import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { FormKind } from "../../domain/template/build";
import type { FieldCheck, ProjectFormCheck, ProjectFormField } from "../../domain/template/project-form";
import { uiStrings } from "../../strings/ui";
import { AddProjectSection } from "./AddProjectSection";
import { ImportTargetsSection } from "./ImportTargetsSection";
import type { ProjectsState } from "./projects-state";
import { TemplateSection } from "./TemplateSection";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  description: {
    color: tokens.colorNeutralForeground2,
  },
  // A rule between the sections (Fluent's Divider would add its styles to the first load).
  separated: {
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    paddingTop: tokens.spacingVerticalL,
  },
});

/** Everything the user can do on the 新增项目 tab. */
export type ProjectsHandlers = {
  onChooseTemplate(sheet: string): void;
  onCreateTemplate(): void;
  onRetry(): void;
  onFieldChange(field: ProjectFormField, value: string): void;
  onAdd(): void;
  onImportSheetChosen(sheet: string): void;
  onImportYearChange(value: string): void;
  onImport(): void;
  onUndo(): void;
};

export type ProjectsViewProps = {
  state: ProjectsState;
  /** The form checked against the workbook (see checkForm). */
  check: ProjectFormCheck;
  /** 导入绩效目标's optional 年度 as read (see importYear). */
  importYear: FieldCheck<number | undefined>;
  /** The printed form of the profile chosen in 设置. */
  profileForm: FormKind;
  handlers: ProjectsHandlers;
};

/** The 新增项目 tab as drawn from its state: template, form, import; no Excel, no effects. */
export function ProjectsView({ state, check, importYear, profileForm, handlers }: ProjectsViewProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Body1 className={styles.description}>{uiStrings.pane.projects.description}</Body1>
      <TemplateSection state={state} profileForm={profileForm} onChoose={handlers.onChooseTemplate} onCreate={handlers.onCreateTemplate} onRetry={handlers.onRetry} onUndo={handlers.onUndo} />
      <div className={styles.separated}>
        <AddProjectSection state={state} check={check} onFieldChange={handlers.onFieldChange} onSubmit={handlers.onAdd} onUndo={handlers.onUndo} />
      </div>
      <div className={styles.separated}>
        <ImportTargetsSection
          state={state}
          year={importYear}
          onSheetChosen={handlers.onImportSheetChosen}
          onYearChange={handlers.onImportYearChange}
          onSubmit={handlers.onImport}
          onUndo={handlers.onUndo}
        />
      </div>
    </div>
  );
}
