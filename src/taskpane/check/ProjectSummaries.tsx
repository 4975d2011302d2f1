import { Body1Strong, Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { StoredProject } from "../../services/results-store";
import type { Grade } from "../../domain/profiles";
import { uiStrings } from "../../strings/ui";
import { formatPercent } from "../format";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    justifyContent: "space-between",
  },
  name: {
    overflowWrap: "anywhere",
  },
  gradeBox: {
    flexShrink: 0,
  },
  grade: {
    fontWeight: tokens.fontWeightSemibold,
  },
  gradeExcellent: { color: tokens.colorPaletteGreenForeground1 },
  gradeGood: { color: tokens.colorBrandForeground1 },
  gradeFair: { color: tokens.colorPaletteDarkOrangeForeground1 },
  gradePoor: { color: tokens.colorPaletteRedForeground1 },
  sheet: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  // Label and figure in two columns, digits of equal width: the figures line up from card to card.
  figures: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontVariantNumeric: "tabular-nums",
  },
  figure: {
    margin: 0,
    minWidth: 0,
  },
  label: {
    color: tokens.colorNeutralForeground3,
    marginRight: tokens.spacingHorizontalXS,
  },
  figureLabel: {
    color: tokens.colorNeutralForeground3,
  },
  errors: { color: tokens.colorPaletteRedForeground1 },
  clean: { color: tokens.colorNeutralForeground3 },
  total: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  provisional: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  // A small tag, not Fluent's Badge: its many colour variants would add kilobytes for one word.
  provisionalTag: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorPaletteDarkOrangeForeground2,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
});

export type ProjectSummariesProps = { projects: readonly StoredProject[] };

/**
 * One card per project: name, sheet, execution rate, total, grade and its error / warning counts. A
 * project with errors has a provisional total: it is marked so, and says why.
 */
export function ProjectSummaries({ projects }: ProjectSummariesProps) {
  const styles = useStyles();
  const text = uiStrings.pane.results;
  const gradeClass: Record<Grade, string> = {
    优: styles.gradeExcellent,
    良: styles.gradeGood,
    中: styles.gradeFair,
    差: styles.gradePoor,
  };
  return (
    <section aria-label={text.projectsHeading}>
      {projects.length === 0 ? (
        <Text as="p">{text.noProjects}</Text>
      ) : (
        <ul className={styles.list}>
          {projects.map((project) => {
            const rate = project.funds.rate === null ? undefined : formatPercent(project.funds.rate);
            const provisional = project.counts.error > 0 && (project.total !== null || project.grade !== null);
            return (
              <li key={`${project.sheet}!${project.range}`} className={styles.item} data-testid="project-summary" data-sheet={project.sheet}>
                <div className={styles.head}>
                  <Body1Strong className={styles.name}>{project.name || text.unnamedProject}</Body1Strong>
                  <Text className={styles.gradeBox}>
                    <span className={styles.label}>{text.grade}</span>
                    <span className={mergeClasses(styles.grade, project.grade ? gradeClass[project.grade] : undefined)}>
                      {project.grade ?? text.notAvailable}
                    </span>
                  </Text>
                </div>
                <Caption1 className={styles.sheet}>{text.sheetLabel(project.sheet)}</Caption1>
                <dl className={styles.figures}>
                  <dt className={styles.figureLabel}>
                    {text.rate}
                  </dt>
                  <dd className={styles.figure}>
                    {rate ?? text.notAvailable}
                  </dd>
                  <dt className={styles.figureLabel}>
                    {text.total}
                  </dt>
                  <dd className={mergeClasses(styles.figure, styles.total)}>
                    <span>{project.total ?? text.notAvailable}</span>
                    {provisional && project.total !== null ? <span className={styles.provisionalTag}>{text.provisional}</span> : null}
                  </dd>
                  <dt className={styles.figureLabel}>
                    {text.findings}
                  </dt>
                  <dd className={mergeClasses(styles.figure, project.counts.error > 0 ? styles.errors : styles.clean)}>
                    {text.counts(project.counts.error, project.counts.warning)}
                  </dd>
                </dl>
                {provisional ? <Caption1 className={styles.provisional}>{text.provisionalHint(project.counts.error)}</Caption1> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
