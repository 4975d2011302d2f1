import { Body1, Body1Strong, Button, Caption1, Dropdown, Field, Input, Option, Spinner } from "@fluentui/react-components";
import type { FieldCheck } from "../../domain/template/project-form";
import { uiStrings } from "../../strings/ui";
import { AddedResult } from "./AddedResult";
import { useSectionStyles } from "./section-styles";
import type { ProjectsState } from "./projects-state";

export type ImportTargetsSectionProps = {
  state: ProjectsState;
  /** The optional 年度 as read (see importYear). */
  year: FieldCheck<number | undefined>;
  onSheetChosen(sheet: string): void;
  onYearChange(value: string): void;
  onSubmit(): void;
  onUndo(): void;
};

/** 导入绩效目标: the sheet holding the 项目支出绩效目标表, an optional 年度, and what was added. */
export function ImportTargetsSection({ state, year, onSheetChosen, onYearChange, onSubmit, onUndo }: ImportTargetsSectionProps) {
  const styles = useSectionStyles();
  const text = uiStrings.pane.projects.import;
  const sheets = state.context?.nonEmptySheets ?? [];
  const yearError = year.ok ? undefined : year.error;

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Body1Strong as="h2" id="import-heading">
        {text.heading}
      </Body1Strong>
      <Body1 className={styles.description}>{text.description}</Body1>
      <Field label={text.sheet}>
        <Dropdown
          data-testid="import-sheet-select"
          placeholder={text.sheetPlaceholder}
          value={state.importSheet ?? ""}
          selectedOptions={state.importSheet ? [state.importSheet] : []}
          disabled={sheets.length === 0}
          onOptionSelect={(_, data) => {
            if (data.optionValue !== undefined) onSheetChosen(data.optionValue);
          }}
        >
          {sheets.map((sheet) => (
            <Option key={sheet} value={sheet}>
              {sheet}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {state.context && sheets.length === 0 ? <Caption1 className={styles.hint}>{text.noSheets}</Caption1> : null}
      <Field label={text.year} hint={text.yearHint} validationState={yearError ? "error" : "none"} validationMessage={yearError}>
        <Input data-testid="import-year" value={state.importYear} inputMode="numeric" autoComplete="off" onChange={(_, data) => onYearChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" data-testid="import-submit" disabled={!state.importSheet || !year.ok || state.busy !== null} onClick={onSubmit}>
          {text.submit}
        </Button>
        {state.busy === "import" ? <Spinner size="tiny" labelPosition="after" label={uiStrings.pane.projects.progress.import} data-testid="projects-progress" /> : null}
      </div>
      {state.last?.operation === "import" ? <AddedResult last={state.last} testId="import-result" busy={state.busy} onUndo={onUndo} /> : null}
    </section>
  );
}
