import { Body1Strong, Button, Caption1, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { FormEvent } from "react";
import type { ProjectFormCheck, ProjectFormField } from "../../domain/template/project-form";
import { uiStrings } from "../../strings/ui";
import { AddedResult } from "./AddedResult";
import { useSectionStyles } from "./section-styles";
import { type ProjectsState, shownError } from "./projects-state";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  field: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  suggestion: {
    alignSelf: "flex-start",
  },
});

type FieldSpec = {
  field: ProjectFormField;
  label: string;
  hint?: string;
  required?: boolean;
  inputMode?: "text" | "numeric" | "decimal";
};

function fieldSpecs(): FieldSpec[] {
  const text = uiStrings.pane.projects.form;
  return [
    { field: "name", label: text.name, hint: text.nameHint, required: true },
    { field: "dept", label: text.dept },
    { field: "unit", label: text.unit },
    { field: "year", label: text.year, hint: text.yearHint, required: true, inputMode: "numeric" },
    { field: "initial", label: text.initial, hint: text.amountHint, inputMode: "decimal" },
    { field: "annual", label: text.annual, hint: text.amountHint, inputMode: "decimal" },
  ];
}

export type AddProjectSectionProps = {
  state: ProjectsState;
  /** The form checked against the workbook (see checkForm). */
  check: ProjectFormCheck;
  onFieldChange(field: ProjectFormField, value: string): void;
  onSubmit(): void;
  onUndo(): void;
};

/** The 新增项目 form: one field per cell of the form's head, errors under the fields, one button. */
export function AddProjectSection({ state, check, onFieldChange, onSubmit, onUndo }: AddProjectSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const text = uiStrings.pane.projects.form;
  const hasTemplate = Boolean(state.context?.template);
  const suggestion = !check.ok && shownError(state, check, "name") ? check.suggestion : undefined;

  const handleSubmit = (event: FormEvent) => {
    // The page must not navigate: the add-in acts on Excel, not on a server.
    event.preventDefault();
    if (check.ok && hasTemplate && state.busy === null) onSubmit();
  };

  return (
    <section className={styles.root} aria-labelledby="add-project-heading">
      <Body1Strong as="h2" id="add-project-heading">
        {text.heading}
      </Body1Strong>
      <form className={styles.form} data-testid="add-project-form" noValidate onSubmit={handleSubmit}>
        {fieldSpecs().map((spec) => {
          const error = shownError(state, check, spec.field);
          return (
            <div key={spec.field} className={styles.field}>
              <Field label={spec.label} hint={spec.hint} required={spec.required} validationState={error ? "error" : "none"} validationMessage={error}>
                <Input
                  data-testid={`field-${spec.field}`}
                  value={state.form[spec.field]}
                  inputMode={spec.inputMode}
                  autoComplete="off"
                  onChange={(_, data) => onFieldChange(spec.field, data.value)}
                />
              </Field>
              {spec.field === "name" && suggestion ? (
                <Button className={styles.suggestion} size="small" data-testid="name-suggestion" onClick={() => onFieldChange("name", suggestion)}>
                  {text.useSuggestion(suggestion)}
                </Button>
              ) : null}
            </div>
          );
        })}
        {state.context && !hasTemplate ? <Caption1 className={styles.hint}>{text.needsTemplate}</Caption1> : null}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" data-testid="add-project-submit" disabled={!check.ok || !hasTemplate || state.busy !== null}>
            {text.submit}
          </Button>
          {state.busy === "add" ? (
            <Spinner size="tiny" labelPosition="after" label={uiStrings.pane.projects.progress.add} data-testid="projects-progress" />
          ) : null}
        </div>
      </form>
      {state.last?.operation === "add" ? <AddedResult last={state.last} testId="add-project-result" busy={state.busy} onUndo={onUndo} /> : null}
    </section>
  );
}
