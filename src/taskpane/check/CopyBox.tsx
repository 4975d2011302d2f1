import { Button, Label, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { uiStrings } from "../../strings/ui";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  // A plain textarea styled like Fluent's: this rarely seen fallback should not weigh on every load.
  text: {
    alignSelf: "stretch",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    resize: "vertical",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: `calc(${tokens.strokeWidthThin} * -1)`,
    },
  },
});

export type CopyBoxProps = {
  text: string;
  /** What the box holds (default: the findings, tab-separated). */
  label?: string;
  /** Wrap long lines (a draft); the findings' rows stay one a line. */
  wrap?: boolean;
  onClose(): void;
};

/**
 * The findings as text to copy by hand, when the WebView refuses the clipboard (and maybe downloads):
 * read-only, selected at once so Ctrl+C is the only step left.
 */
export function CopyBox({ text, label, wrap = false, onClose }: CopyBoxProps) {
  const styles = useStyles();
  const strings = uiStrings.pane.messages;
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className={styles.root} data-testid="copy-box">
      <Label htmlFor={id}>{label ?? strings.copyBoxLabel}</Label>
      <textarea
        id={id}
        ref={ref}
        className={styles.text}
        readOnly
        rows={6}
        wrap={wrap ? "soft" : "off"}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button size="small" onClick={onClose}>
        {strings.copyBoxClose}
      </Button>
    </div>
  );
}
