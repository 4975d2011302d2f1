import {
  Body1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import { uiStrings } from "../strings/ui";
import { usePaneRootStyles } from "./pane-styles";


export type OutsideOfficeProps = {
  /** office.js itself did not load, so the network (not the user) may be the cause. */
  officeJsMissing: boolean;
};

/** Shown when the pane page is opened outside Excel: says where to open it instead. */
export function OutsideOffice({ officeJsMissing }: OutsideOfficeProps) {
  const styles = usePaneRootStyles();
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
