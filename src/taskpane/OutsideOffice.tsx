import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { uiStrings } from "../strings/ui";

const useStyles = makeStyles({
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

export type OutsideOfficeProps = {
  /** office.js itself did not load, so the network (not the user) may be the cause. */
  officeJsMissing: boolean;
};

/** Shown when the pane page is opened outside Excel: says where to open it instead. */
export function OutsideOffice({ officeJsMissing }: OutsideOfficeProps) {
  const styles = useStyles();
  const text = uiStrings.outsideOffice;
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Title3 as="h1">{uiStrings.appName}</Title3>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.body}
        </MessageBarBody>
      </MessageBar>
      <Body1>{text.howTo}</Body1>
      {officeJsMissing ? <Body1>{text.officeJsMissing}</Body1> : null}
    </FluentProvider>
  );
}
