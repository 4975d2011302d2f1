import { NATIONAL_PROFILE } from "./national";
import { SICHUAN_PROFILE } from "./sichuan";
import type { RuleProfile } from "./types";

export { NATIONAL_PROFILE } from "./national";
export { SICHUAN_PROFILE } from "./sichuan";
export type { Band, BandRange, Grade, Level, RuleProfile } from "./types";

/** The profile used when none is chosen. */
export const DEFAULT_PROFILE_ID = "national";

/** Every built-in profile by id. */
export const PROFILES: Record<string, RuleProfile> = {
  [NATIONAL_PROFILE.id]: NATIONAL_PROFILE,
  [SICHUAN_PROFILE.id]: SICHUAN_PROFILE,
};

/** The built-in profile with this id, or undefined. */
export function getProfile(id: string): RuleProfile | undefined {
  return Object.prototype.hasOwnProperty.call(PROFILES, id) ? PROFILES[id] : undefined;
}
