import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { HostInfo } from "../office/helpers";
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
  action: {
    alignSelf: "flex-start",
  },
  footer: {
    marginTop: "auto",
    color: tokens.colorNeutralForeground3,
  },
});

export type AppProps = {
  /** Where the pane runs; injected so the pane renders in a browser test without Office. */
  loadHostInfo?: () => Promise<HostInfo>;
};

/** Reads the host once; a failure only hides the footer line. */
function useHostInfo(loadHostInfo: AppProps["loadHostInfo"]): HostInfo | undefined {
  const [info, setInfo] = useState<HostInfo>();
  useEffect(() => {
    if (!loadHostInfo) return;
    let active = true;
    loadHostInfo().then(
      (loaded) => {
        if (active) setInfo(loaded);
      },
      (error: unknown) => console.warn("[selfeval] host info unavailable", error),
    );
    return () => {
      active = false;
    };
  }, [loadHostInfo]);
  return info;
}

/** The pane inside Excel. The check-and-score flow is wired in once the engine lands. */
export function App({ loadHostInfo }: AppProps) {
  const styles = useStyles();
  const host = useHostInfo(loadHostInfo);
  const text = uiStrings.pane;
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Title3 as="h1">{text.title}</Title3>
      <Body1>{text.description}</Body1>
      <Button appearance="primary" disabled className={styles.action}>
        {text.checkAndScoreButton}
      </Button>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{text.checkAndScorePending}</MessageBarBody>
      </MessageBar>
      {host?.host ? (
        <Caption1 className={styles.footer}>{text.hostLabel(host.host, host.platform)}</Caption1>
      ) : null}
    </FluentProvider>
  );
}
