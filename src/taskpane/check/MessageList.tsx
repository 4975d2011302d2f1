import { Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircleRegular, InfoRegular } from "@fluentui/react-icons";
import type { PaneMessage } from "./check-state";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  // Adapter messages may hold several lines (an undo that left cells alone, …).
  body: {
    whiteSpace: "pre-line",
  },
  // Under a verdict, news (written cells, the list sheet) takes little room: the findings come first.
  compact: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "pre-line",
  },
  compactIcon: {
    display: "flex",
    alignItems: "center",
    height: tokens.lineHeightBase200,
  },
  success: { color: tokens.colorStatusSuccessForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export type MessageListProps = {
  messages: readonly PaneMessage[];
  /** Success and information lines in a smaller type (a verdict above says what matters). */
  compact?: boolean;
};

/** Outcome, degraded-feature and error messages of the newest action. */
export function MessageList({ messages, compact = false }: MessageListProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-live="polite">
      {messages.map((message) => (
        <Message key={message.id} message={message} compact={compact && (message.intent === "success" || message.intent === "info")} />
      ))}
    </div>
  );
}

function Message({ message, compact }: { message: PaneMessage; compact: boolean }) {
  const styles = useStyles();
  const bodyId = useId("message");
  if (compact) {
    const Icon = message.intent === "success" ? CheckmarkCircleRegular : InfoRegular;
    return (
      <Caption1 as="p" className={styles.compact} data-testid="message" data-intent={message.intent}>
        <span className={mergeClasses(styles.compactIcon, message.intent === "success" ? styles.success : styles.info)}>
          <Icon aria-hidden />
        </span>
        <span>{message.text}</span>
      </Caption1>
    );
  }
  // A MessageBar is a group named by its title; these have none, so the text names them.
  return (
    <MessageBar
      intent={message.intent}
      layout="multiline"
      aria-labelledby={bodyId}
      data-testid="message"
      data-intent={message.intent}
    >
      <MessageBarBody id={bodyId} className={styles.body}>
        {message.text}
      </MessageBarBody>
    </MessageBar>
  );
}
