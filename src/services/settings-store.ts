/**
 * The user's settings (rule profile, live rate formula, notes, the list sheet, the template sheet),
 * remembered per user in the browser's local storage, so the ribbon command runs with what the user
 * last chose in the pane.
 */
import { DEFAULT_PROFILE_ID, PROFILES } from "../domain/profiles";
import { createSettingsStore } from "../office/helpers";

export type CheckSettings = {
  /** A key of PROFILES. */
  profile: string;
  rateAsFormula: boolean;
  addNotes: boolean;
  /** Rewrite the add-in's 项目清单 sheet on every check. */
  projectList: boolean;
  /** The sheet the user marked as the template for 新增项目; null: the workbook's 模板 / 自评表模板. */
  templateSheet: string | null;
};

export const DEFAULT_SETTINGS: CheckSettings = { profile: DEFAULT_PROFILE_ID, rateAsFormula: false, addNotes: true, projectList: true, templateSheet: null };

/** Excel's longest sheet name: a longer stored name cannot be a sheet. */
const MAX_SHEET_NAME = 31;

const STORE_NAME = "selfeval-settings";
const KEY = "check";

function isSheetName(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "" && [...value].length <= MAX_SHEET_NAME;
}

/**
 * Settings from untrusted stored JSON: unknown or missing fields fall back to the defaults, so what
 * an older version stored (without projectList or templateSheet) still loads.
 */
export function normaliseSettings(raw: unknown): CheckSettings {
  if (typeof raw !== "object" || raw === null) return { ...DEFAULT_SETTINGS };
  const value = raw as Partial<Record<keyof CheckSettings, unknown>>;
  const profile = typeof value.profile === "string" && Object.prototype.hasOwnProperty.call(PROFILES, value.profile) ? value.profile : DEFAULT_SETTINGS.profile;
  return {
    profile,
    rateAsFormula: typeof value.rateAsFormula === "boolean" ? value.rateAsFormula : DEFAULT_SETTINGS.rateAsFormula,
    addNotes: typeof value.addNotes === "boolean" ? value.addNotes : DEFAULT_SETTINGS.addNotes,
    projectList: typeof value.projectList === "boolean" ? value.projectList : DEFAULT_SETTINGS.projectList,
    templateSheet: isSheetName(value.templateSheet) ? value.templateSheet : DEFAULT_SETTINGS.templateSheet,
  };
}

export type LoadedSettings = { settings: CheckSettings; persistence: "local" | "memory" };

/** The remembered settings, or the defaults. Rejects only when the storage module cannot load. */
export async function loadSettings(): Promise<LoadedSettings> {
  const store = await createSettingsStore<CheckSettings>(STORE_NAME);
  return { settings: normaliseSettings(store.get(KEY)), persistence: store.persistence };
}

/** Remembers the settings; resolves with where they were kept. */
export async function saveSettings(settings: CheckSettings): Promise<"local" | "memory"> {
  const store = await createSettingsStore<CheckSettings>(STORE_NAME);
  store.set(KEY, normaliseSettings(settings));
  return store.persistence;
}
