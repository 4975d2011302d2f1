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

/** Styles more than one part of the pane uses. */
export const useSharedStyles = makeStyles({
  // Read by screen readers, not shown: the usual clip pattern (display: none would hide it from both).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
