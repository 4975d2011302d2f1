/**
 * One "检查并评分" run with the user's settings. This module pulls in the whole engine (checks,
 * scoring, decimal.js) and the Excel adapter, so the ribbon command and the pane load it with a
 * dynamic `import()`: their own bundles stay small and the engine arrives only when a check starts.
 */
import { DEFAULT_PROFILE_ID, getProfile, PROFILES } from "../domain/profiles";
import { checkAndScore, type RunOutcome } from "../excel/check/run";
import type { CheckSettings } from "./settings-store";

/** Runs the check on every sheet and applies the plan; never throws (see the adapter). */
export function runCheck(settings: CheckSettings): Promise<RunOutcome> {
  const profile = getProfile(settings.profile) ?? PROFILES[DEFAULT_PROFILE_ID];
  return checkAndScore({ profile, rateAsFormula: settings.rateAsFormula, addNotes: settings.addNotes, projectList: settings.projectList, templateSheet: settings.templateSheet });
}
