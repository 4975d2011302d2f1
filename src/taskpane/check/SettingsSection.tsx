import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { CheckSettings } from "../../services/settings-store";
import { PROFILES } from "../../domain/profiles";
import { uiStrings } from "../../strings/ui";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
  summary: {
    color: tokens.colorNeutralForeground3,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export type SettingsSectionProps = {
  settings: CheckSettings;
  /** False while the remembered settings are being read. */
  disabled: boolean;
  /** The Excel cannot add notes or comments: the switch is off and disabled, with a hint. */
  notesUnsupported: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
  onChange(settings: CheckSettings): void;
};

const SETTINGS_ITEM = "settings";

/** "全国通用（财预〔2020〕10号）" → "全国通用": the header line has room for the short name only. */
function shortName(name: string): string {
  return name.split("（")[0] || name;
}

/** Rule profile, live rate formula, notes and the list sheet; folded by default, its header says what is chosen. */
export function SettingsSection({ settings, disabled, notesUnsupported, open, onOpenChange, onChange }: SettingsSectionProps) {
  const styles = useStyles();
  const text = uiStrings.pane.settings;
  const profile = PROFILES[settings.profile];
  const addNotes = settings.addNotes && !notesUnsupported;
  return (
    <Accordion collapsible openItems={open ? [SETTINGS_ITEM] : []} onToggle={(_, data) => onOpenChange(data.openItems.includes(SETTINGS_ITEM))}>
      <AccordionItem value={SETTINGS_ITEM}>
        <AccordionHeader size="small">
          <span className={styles.header}>
            <span>{text.heading}</span>
            <Caption1 className={styles.summary}>{text.summary(shortName(profile?.name ?? settings.profile), settings.rateAsFormula, addNotes, settings.projectList)}</Caption1>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Field label={text.profile}>
            <RadioGroup
              data-testid="profile"
              value={settings.profile}
              disabled={disabled}
              onChange={(_, data) => onChange({ ...settings, profile: data.value })}
            >
              {Object.values(PROFILES).map((p) => (
                <Radio key={p.id} value={p.id} label={p.name} />
              ))}
            </RadioGroup>
          </Field>
          <Switch
            data-testid="rate-formula"
            label={text.rateFormula}
            checked={settings.rateAsFormula}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...settings, rateAsFormula: data.checked })}
          />
          {/* Off and disabled when this Excel cannot add notes: the remembered choice is kept for a newer Excel. */}
          <Switch
            data-testid="add-notes"
            label={text.addNotes}
            checked={addNotes}
            disabled={disabled || notesUnsupported}
            aria-describedby={notesUnsupported ? "notes-unsupported" : undefined}
            onChange={(_, data) => onChange({ ...settings, addNotes: data.checked })}
          />
          {notesUnsupported ? (
            <Caption1 id="notes-unsupported" className={styles.hint}>
              {text.notesUnsupported}
            </Caption1>
          ) : null}
          <Switch
            data-testid="project-list"
            label={text.projectList}
            checked={settings.projectList}
            disabled={disabled}
            onChange={(_, data) => onChange({ ...settings, projectList: data.checked })}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
