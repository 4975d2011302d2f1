/**
 * One "检查并评分" run with the user's settings, and 填入说明草稿 for its findings. This module pulls
 * in the whole engine (checks, scoring, decimal.js) and the Excel adapter, so the ribbon command and
 * the pane load it with a dynamic `import()`: their own bundles stay small and the engine arrives only
 * when a check starts.
 */
import { draftRequests } from "../domain/drafts/plan";
import type { Finding } from "../domain/finding";
import { DEFAULT_PROFILE_ID, getProfile, PROFILES, type RuleProfile } from "../domain/profiles";
import { type FillDraftsOutcome, fillDrafts } from "../excel/check/drafts";
import { checkAndScore, type RunOutcome } from "../excel/check/run";
import { DRAFT_WORDING } from "../strings/drafts";
import type { CheckSettings } from "./settings-store";

/** The rule profile of these settings (an unknown id: the default one, as the check does). */
function profileOf(settings: Pick<CheckSettings, "profile">): RuleProfile {
  return getProfile(settings.profile) ?? PROFILES[DEFAULT_PROFILE_ID];
}

/**
 * Runs the check on every sheet and applies the plan; never throws (see the adapter). Each deviation
 * finding carries its draft of 偏差原因, for the pane's 填入说明草稿.
 */
export function runCheck(settings: CheckSettings): Promise<RunOutcome> {
  return checkAndScore({
    profile: profileOf(settings),
    rateAsFormula: settings.rateAsFormula,
    addNotes: settings.addNotes,
    projectList: settings.projectList,
    templateSheet: settings.templateSheet,
    drafts: DRAFT_WORDING,
  });
}

/**
 * 填入说明草稿: puts the drafts of these findings (those with a cell to go into) into the workbook;
 * never throws. `settings` are those of the check the findings come from (its profile, its template
 * sheet): the workbook is checked again with them, and only the deviations still there are drafted,
 * with today's figures.
 */
export function fillFindingDrafts(findings: readonly Finding[], settings: Pick<CheckSettings, "profile" | "addNotes" | "templateSheet">): Promise<FillDraftsOutcome> {
  return fillDrafts({ requests: draftRequests(findings), profile: profileOf(settings), templateSheet: settings.templateSheet, addNotes: settings.addNotes });
}
