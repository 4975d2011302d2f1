import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
} from "@fluentui/react-components";
import type { FormKind } from "../../domain/template/build";
import { uiStrings } from "../../strings/ui";
import { AddedResult } from "./AddedResult";
import { useSectionStyles } from "./section-styles";
import type { ProjectsBusy, ProjectsState } from "./projects-state";

export type TemplateSectionProps = {
  state: ProjectsState;
  /** The printed form of the rule profile chosen in 设置: which standard template to create. */
  profileForm: FormKind;
  onChoose(sheet: string): void;
  onCreate(): void;
  onRetry(): void;
  onUndo(): void;
};

function formName(form: FormKind): string {
  return uiStrings.pane.projects.template.formName[form];
}

function Progress({ busy }: { busy: ProjectsBusy }) {
  return <Spinner size="tiny" labelPosition="after" label={uiStrings.pane.projects.progress[busy]} data-testid="projects-progress" />;
}

/**
 * The template in force, or a way to get one: create the standard template of the chosen profile,
 * or mark one of the workbook's sheets as the template (remembered).
 */
export function TemplateSection({ state, profileForm, onChoose, onCreate, onRetry, onUndo }: TemplateSectionProps) {
  const styles = useSectionStyles();
  const text = uiStrings.pane.projects.template;
  const { context, busy } = state;
  const template = context?.template ?? null;
  const choices = context ? [...new Set([...(template ? [template.sheet] : []), ...context.nonEmptySheets])] : [];

  return (
    <section className={styles.root} aria-labelledby="template-heading">
      <Body1Strong as="h2" id="template-heading">
        {text.heading}
      </Body1Strong>
      {busy === "context" ? <Progress busy="context" /> : null}
      {state.contextError ? (
        <MessageBar intent="error" layout="multiline" data-testid="context-error">
          <MessageBarBody>{state.contextError}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy !== null} onClick={onRetry}>
              {uiStrings.pane.projects.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {context && template ? (
        <>
          <Body1 data-testid="template-in-force">{text.inForce(template.sheet, template.form ? formName(template.form) : null)}</Body1>
          {template.form && template.form !== profileForm ? <Caption1 className={styles.hint}>{text.formMismatch(formName(template.form), formName(profileForm))}</Caption1> : null}
          {!context.canCopy ? <Caption1 className={styles.hint}>{text.noCopy}</Caption1> : null}
        </>
      ) : null}

      {context && !template ? (
        <MessageBar intent="warning" layout="multiline" data-testid="no-template">
          <MessageBarBody>
            <MessageBarTitle>{text.none}</MessageBarTitle>
            {text.noneBody}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {context && !template ? (
        <div className={styles.actions}>
          <Button appearance="primary" data-testid="create-template" disabled={busy !== null} onClick={onCreate}>
            {text.create(formName(profileForm))}
          </Button>
          {busy === "createTemplate" ? <Progress busy="createTemplate" /> : null}
        </div>
      ) : null}

      {context && choices.length > 0 ? (
        <Field label={text.choose} hint={text.chooseHint}>
          <Dropdown
            data-testid="template-select"
            placeholder={text.choosePlaceholder}
            value={template?.sheet ?? ""}
            selectedOptions={template ? [template.sheet] : []}
            disabled={busy !== null}
            onOptionSelect={(_, data) => {
              if (data.optionValue !== undefined && data.optionValue !== template?.sheet) onChoose(data.optionValue);
            }}
          >
            {choices.map((sheet) => (
              <Option key={sheet} value={sheet}>
                {sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}

      {state.last?.operation === "createTemplate" ? <AddedResult last={state.last} testId="create-template-result" busy={busy} onUndo={onUndo} /> : null}
    </section>
  );
}
