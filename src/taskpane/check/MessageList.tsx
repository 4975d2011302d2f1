import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { PaneMessage } from "./check-state";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  // Adapter messages may hold several lines (an undo that left cells alone, …).
  body: {
    whiteSpace: "pre-line",
  },
});

export type MessageListProps = { messages: readonly PaneMessage[] };

/** Outcome, degraded-feature and error messages, newest action only, at the top of the pane. */
export function MessageList({ messages }: MessageListProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      {messages.map((message) => (
        <MessageBar key={message.id} intent={message.intent} layout="multiline" data-testid="message" data-intent={message.intent}>
          <MessageBarBody className={styles.body}>{message.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
