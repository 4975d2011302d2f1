import { makeStyles, tokens } from "@fluentui/react-components";

/** The pane's page: a column filling the task pane, shared by the app and the outside-Office screen. */
export const usePaneRootStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
