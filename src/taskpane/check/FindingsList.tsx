import {
  Caption1,
  Caption1Strong,
  Dropdown,
  Link,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Severity } from "../../domain/finding";
import { uiStrings } from "../../strings/ui";
import { useFindingCodes } from "./finding-codes";
import { countBySeverity, filterFindings, type FindingItem, groupFindings, SEVERITIES, type SeverityFilter } from "./findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  filters: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  severityFilter: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  showLabel: {
    color: tokens.colorNeutralForeground2,
  },
  // The default checked look of a ToggleButton is a faint grey: on and off must differ at a glance.
  severityOn: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2Hover },
    ":hover:active": { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorBrandForeground2Pressed },
    // A check mark drawn by CSS: it is not part of the button's text ("错误 7").
    "::before": { content: '"✓"', marginRight: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  },
  severityOff: {
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    textDecorationLine: "line-through",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground2 },
  },
  codeFilter: {
    minWidth: 0,
    width: "100%",
  },
  count: {
    color: tokens.colorNeutralForeground3,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  groupTitle: {
    overflowWrap: "anywhere",
  },
  severityTitle: {
    color: tokens.colorNeutralForeground2,
    marginTop: tokens.spacingVerticalXS,
  },
  bucket: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    scrollMarginTop: tokens.spacingVerticalXXL,
  },
  // The finding last clicked: the one whose cell Excel has selected.
  current: {
    outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.strokeWidthThin,
    boxShadow: tokens.shadow8,
  },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "start",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
    // Underlined paragraphs of Chinese are hard to read: the underline only marks the hover.
    textDecorationLine: "none",
    ":hover": { textDecorationLine: "underline", color: tokens.colorNeutralForeground1 },
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalS,
  },
});

/** Sentinel option value for "every code" (an empty option value is not selectable). */
const ALL_CODES = "*";

export type FindingsListProps = {
  items: readonly FindingItem[];
  severities: SeverityFilter;
  code: string;
  onToggleSeverity(severity: Severity): void;
  onChooseCode(code: string): void;
  /** Id of the finding last clicked, shown as the current one. */
  selectedId?: string | null;
  onSelect(finding: FindingItem): void;
};

/**
 * Findings grouped by project and severity, filterable; a click selects the finding's cell and marks
 * the finding as the current one, so the user can work down the list.
 */
export function FindingsList({ items, severities, code, selectedId = null, onToggleSeverity, onChooseCode, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const text = uiStrings.pane.findings;
  const counts = useMemo(() => countBySeverity(items), [items]);
  const shown = useMemo(() => filterFindings(items, severities, code), [items, severities, code]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const codes = useFindingCodes();
  const codeLabel = code === "" ? text.allCodes : (codes.find((c) => c.code === code)?.description ?? code);

  return (
    <section className={styles.root} aria-label={text.heading}>
      <div className={styles.filters}>
        <div className={styles.severityFilter} role="group" aria-label={text.severityFilter} data-testid="severity-filter">
          <Caption1 className={styles.showLabel} aria-hidden>
            {text.showLabel}
          </Caption1>
          {SEVERITIES.map((severity) => (
            <ToggleButton
              key={severity}
              size="small"
              shape="circular"
              className={severities[severity] ? styles.severityOn : styles.severityOff}
              checked={severities[severity]}
              data-severity={severity}
              title={text.severityTitle(severity, severities[severity])}
              onClick={() => onToggleSeverity(severity)}
            >
              {text.severityButton(severity, counts[severity])}
            </ToggleButton>
          ))}
        </div>
        <Dropdown
          className={styles.codeFilter}
          data-testid="code-filter"
          aria-label={text.codeFilter}
          value={codeLabel}
          selectedOptions={[code === "" ? ALL_CODES : code]}
          onOptionSelect={(_, data) => onChooseCode(data.optionValue === undefined || data.optionValue === ALL_CODES ? "" : data.optionValue)}
        >
          <Option value={ALL_CODES} text={text.allCodes}>
            {text.allCodes}
          </Option>
          {codes.map((entry) => (
            <Option key={entry.code} value={entry.code} text={entry.description}>
              {entry.description}
            </Option>
          ))}
        </Dropdown>
        <Caption1 className={styles.count} data-testid="finding-count">
          {text.shown(shown.length, items.length)}
        </Caption1>
      </div>

      {items.length === 0 ? <Text as="p">{text.none}</Text> : shown.length === 0 ? <Text as="p">{text.noneMatch}</Text> : null}

      {groups.map((group) => (
        <div key={group.key} className={styles.group} data-testid="finding-group" data-sheet={group.sheet}>
          <Text as="h3" weight="semibold" className={styles.groupTitle}>
            {group.kind === "project" ? text.projectGroup(group.name, group.sheet) : text.sheetGroup(group.sheet)}
          </Text>
          {group.severities.map(({ severity, items: bucket }) => (
            <div key={severity} className={styles.bucket}>
              <Caption1Strong as="h4" className={styles.severityTitle}>
                {text.severityGroup(severity, bucket.length)}
              </Caption1Strong>
              {bucket.map((finding) => (
                <MessageBar
                  key={finding.id}
                  intent={severity}
                  layout="multiline"
                  className={mergeClasses(styles.item, finding.id === selectedId && styles.current)}
                >
                  <MessageBarBody>
                    <Link
                      as="button"
                      className={styles.finding}
                      aria-current={finding.id === selectedId ? "true" : undefined}
                      data-testid="finding"
                      data-code={finding.code}
                      data-severity={finding.severity}
                      data-sheet={finding.sheet}
                      data-cell={finding.cell ?? ""}
                      title={text.goTo(finding.sheet, finding.cell ?? "A1")}
                      onClick={() => onSelect(finding)}
                    >
                      <span className={styles.cell}>{finding.cell ?? text.wholeSheet}</span>
                      {finding.message}
                    </Link>
                  </MessageBarBody>
                </MessageBar>
              ))}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
