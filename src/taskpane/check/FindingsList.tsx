import {
  Button,
  buttonClassNames,
  Caption1,
  Dropdown,
  makeStyles,
  mergeClasses,
  Option,
  Text,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Severity } from "../../domain/finding";
import { uiStrings } from "../../strings/ui";
import { useFindingCodes } from "./finding-codes";
import {
  bucketBySeverity,
  countBySeverity,
  draftCellOf,
  fillableFindings,
  filterFindings,
  type FindingItem,
  isDrafted,
  SEVERITIES,
  type SeverityFilter,
} from "./findings";
import { useSharedStyles } from "../pane-styles";

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
  // The default checked look of a ToggleButton is a faint grey: on and off must differ at a glance.
  severityOn: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2Hover },
    ":hover:active": { backgroundColor: tokens.colorBrandBackground2Pressed, color: tokens.colorBrandForeground2Pressed },
  },
  severityOff: {
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    textDecorationLine: "line-through",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground2 },
  },
  codeLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // Shrinks with the pane (200% zoom at 350 px leaves about 150 px).
  codeFilter: {
    minWidth: 0,
    maxWidth: "100%",
    flexGrow: 1,
    flexBasis: "12em",
    // Fluent's Dropdown marks focus with its bottom line only: a ring as on every other control.
    ":focus-within": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  count: {
    color: tokens.colorNeutralForeground3,
  },
  bucket: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  severityTitle: {
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    scrollMarginTop: tokens.spacingVerticalXXL,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive, backgroundColor: tokens.colorStatusDangerBackground1 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive, backgroundColor: tokens.colorStatusWarningBackground1 },
  info: { borderLeftColor: tokens.colorNeutralStroke1, backgroundColor: tokens.colorNeutralBackground3 },
  // The finding last jumped to: the one whose cell Excel has selected.
  current: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: tokens.strokeWidthThin,
    boxShadow: tokens.shadow8,
  },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    cursor: "pointer",
    textAlign: "start",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    // Fluent's buttons draw their ring only under its own focus-visible attribute: a plain button
    // needs one of its own, as strong as theirs.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  icon: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase300,
    display: "flex",
    alignItems: "center",
    height: tokens.lineHeightBase300,
  },
  iconError: { color: tokens.colorStatusDangerForeground1 },
  iconWarning: { color: tokens.colorStatusWarningForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  text: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  where: {
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    marginLeft: tokens.spacingHorizontalS,
  },
  // Under the finding's text, lined up with it (past the icon column): its draft's action.
  draftAction: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} calc(${tokens.spacingHorizontalS} * 2 + ${tokens.fontSizeBase400})`,
  },
  // 已填入草稿 (and 已全部填入草稿) is news, not a greyed-out control: legible, in the success colour.
  draftDone: {
    color: tokens.colorStatusSuccessForeground1,
    ":hover": { color: tokens.colorStatusSuccessForeground1 },
    ":hover:active": { color: tokens.colorStatusSuccessForeground1 },
    [`& .${buttonClassNames.icon}`]: { color: tokens.colorStatusSuccessForeground1 },
  },
  draftLine: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  jumpError: {
    display: "block",
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    color: tokens.colorStatusDangerForeground1,
  },
});

/** Sentinel option value for "every code" (an empty option value is not selectable). */
const ALL_CODES = "*";

/** One failed jump at a time: a fixed id (finding ids hold sheet names, which may hold spaces). */
const JUMP_ERROR_ID = "finding-jump-error";

const ICONS: Record<Severity, typeof ErrorCircleFilled> = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled };

export type FindingsListProps = {
  /** Every finding of the run, in display order (sortFindings). */
  items: readonly FindingItem[];
  severities: SeverityFilter;
  code: string;
  onToggleSeverity(severity: Severity): void;
  onChooseCode(code: string): void;
  /** Id of the finding last jumped to, shown as the current one. */
  selectedId?: string | null;
  /** A jump that failed: its message is shown under that finding. */
  jumpError?: { id: string; text: string } | null;
  onSelect(finding: FindingItem): void;
  /** Cells whose drafts went in (draftKey): their findings show 已填入草稿. */
  drafted?: ReadonlySet<string>;
  /** Offer the drafts' actions (false: results out of date, or no handlers). */
  draftsEnabled?: boolean;
  /** An action is under way: the drafts' buttons stay focusable but do nothing. */
  busy?: boolean;
  /** 填入说明草稿 on one finding, 全部填入草稿 on every one still to fill. */
  onFillDrafts?(findings: readonly FindingItem[]): void;
  /** 复制说明草稿 on a finding whose draft has no cell to go into. */
  onCopyDraft?(finding: FindingItem): void;
};

const NO_DRAFTED: ReadonlySet<string> = new Set();

/**
 * Findings as lists by severity, errors first, filterable; activating one selects its cell and marks
 * it as the current one, so the user can work down the list.
 */
export function FindingsList({
  items,
  severities,
  code,
  selectedId = null,
  jumpError = null,
  drafted = NO_DRAFTED,
  draftsEnabled = false,
  busy = false,
  onToggleSeverity,
  onChooseCode,
  onSelect,
  onFillDrafts,
  onCopyDraft,
}: FindingsListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const text = uiStrings.pane.findings;
  const counts = useMemo(() => countBySeverity(items), [items]);
  const shown = useMemo(() => filterFindings(items, severities, code), [items, severities, code]);
  const buckets = useMemo(() => bucketBySeverity(shown), [shown]);
  const codes = useFindingCodes();
  const codeLabel = code === "" ? text.allCodes : (codes.find((c) => c.code === code)?.description ?? code);
  const iconClass: Record<Severity, string> = { error: styles.iconError, warning: styles.iconWarning, info: styles.iconInfo };
  const drafts = uiStrings.pane.drafts;
  const withDrafts = draftsEnabled && onFillDrafts !== undefined;
  const draftable = useMemo(() => items.filter((f) => draftCellOf(f) !== null), [items]);
  const fillable = useMemo(() => fillableFindings(items, drafted), [items, drafted]);

  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <div className={styles.severityFilter} role="group" aria-label={text.severityFilter} data-testid="severity-filter">
          {SEVERITIES.map((severity) => (
            <ToggleButton
              key={severity}
              size="small"
              shape="circular"
              className={severities[severity] ? styles.severityOn : styles.severityOff}
              // The check mark is an icon, not text: the button's name stays "错误 7".
              icon={severities[severity] ? <CheckmarkRegular /> : undefined}
              checked={severities[severity]}
              data-severity={severity}
              title={text.severityTitle(severity, severities[severity])}
              onClick={() => onToggleSeverity(severity)}
            >
              {text.severityButton(severity, counts[severity])}
            </ToggleButton>
          ))}
        </div>
        <div className={styles.codeLine}>
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
      </div>

      {withDrafts && draftable.length > 0 ? (
        <div className={styles.draftLine}>
          {/* Stays in place once every draft is in, so the focus is not lost; busy, it stays focusable. */}
          <Button
            size="small"
            appearance={fillable.length === 0 ? "subtle" : "secondary"}
            icon={fillable.length === 0 ? <CheckmarkRegular /> : undefined}
            className={fillable.length === 0 ? styles.draftDone : undefined}
            data-testid="fill-all-drafts"
            title={drafts.fillAllHint}
            disabledFocusable={busy || fillable.length === 0}
            onClick={() => onFillDrafts(fillable)}
          >
            {fillable.length === 0 ? drafts.allFilled : drafts.fillAll(fillable.length)}
          </Button>
        </div>
      ) : null}

      {items.length === 0 ? <Text as="p">{text.none}</Text> : shown.length === 0 ? <Text as="p">{text.noneMatch}</Text> : null}

      {buckets.map(({ severity, items: bucket }) => {
        const Icon = ICONS[severity];
        return (
          <div key={severity} className={styles.bucket} data-testid="finding-group" data-severity={severity}>
            <Text as="h3" weight="semibold" size={300} className={styles.severityTitle}>
              {text.severityGroup(severity, bucket.length)}
            </Text>
            <ul className={styles.list}>
              {bucket.map((finding) => {
                const current = finding.id === selectedId;
                const failed = jumpError !== null && jumpError.id === finding.id;
                return (
                  <li key={finding.id} className={mergeClasses(styles.item, styles[severity], current && styles.current)}>
                    <button
                      type="button"
                      className={styles.finding}
                      aria-current={current ? "true" : undefined}
                      aria-describedby={failed ? JUMP_ERROR_ID : undefined}
                      data-testid="finding"
                      data-code={finding.code}
                      data-severity={finding.severity}
                      data-sheet={finding.sheet}
                      data-cell={finding.cell ?? ""}
                      title={text.goTo(finding.sheet, finding.cell ?? "A1")}
                      onClick={() => onSelect(finding)}
                    >
                      <span className={mergeClasses(styles.icon, iconClass[severity])}>
                        <Icon aria-hidden />
                      </span>
                      <span className={styles.text}>
                        <span className={styles.where}>
                          <span className={shared.visuallyHidden}>{text.severityPrefix(severity)}</span>
                          {text.location(finding.project, finding.sheet)}
                          <span className={styles.cell}>{finding.cell ?? text.wholeSheet}</span>
                        </span>
                        <span>{finding.message}</span>
                      </span>
                    </button>
                    {withDrafts && finding.draft ? (
                      <div className={styles.draftAction}>
                        <DraftAction finding={finding} drafted={isDrafted(finding, drafted)} busy={busy} onFill={(f) => onFillDrafts([f])} onCopy={onCopyDraft} />
                      </div>
                    ) : null}
                    {failed ? (
                      <Caption1 id={JUMP_ERROR_ID} role="alert" className={styles.jumpError} data-testid="jump-error">
                        {jumpError.text}
                      </Caption1>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

type DraftActionProps = {
  finding: FindingItem;
  drafted: boolean;
  busy: boolean;
  onFill(finding: FindingItem): void;
  onCopy?(finding: FindingItem): void;
};

/**
 * A finding's draft: 填入说明草稿 into its cell (then 已填入草稿, kept focusable so the focus stays),
 * or 复制说明草稿 when the form has no cell for it. Beside the finding's own button, never inside it;
 * named with the cell and the indicator, as several findings offer the same action (rows sharing a
 * merged 偏差原因 even the same cell).
 */
function DraftAction({ finding, drafted, busy, onFill, onCopy }: DraftActionProps) {
  const styles = useStyles();
  const text = uiStrings.pane.drafts;
  const cell = draftCellOf(finding);
  const subject = text.subject(finding.draft?.about, finding.draft?.kind === "execution-low");
  if (cell === null) {
    if (!onCopy) return null;
    return (
      <Button
        size="small"
        appearance="subtle"
        data-testid="copy-draft"
        data-sheet={finding.sheet}
        data-cell={finding.cell ?? ""}
        aria-label={text.copyLabel(finding.sheet, finding.cell, subject)}
        title={text.copyHint}
        disabledFocusable={busy}
        onClick={() => onCopy(finding)}
      >
        {text.copy}
      </Button>
    );
  }
  return (
    <Button
      size="small"
      appearance={drafted ? "subtle" : "secondary"}
      icon={drafted ? <CheckmarkRegular /> : undefined}
      className={drafted ? styles.draftDone : undefined}
      data-testid="fill-draft"
      data-sheet={finding.sheet}
      data-cell={cell}
      data-drafted={drafted ? "true" : "false"}
      aria-label={drafted ? text.filledLabel(finding.sheet, cell, subject) : text.fillLabel(finding.sheet, cell, subject)}
      title={drafted ? text.filledHint(cell) : text.fillHint(cell)}
      disabledFocusable={busy || drafted}
      onClick={() => onFill(finding)}
    >
      {drafted ? text.filled : text.fill}
    </Button>
  );
}
