/**
 * The mark of an unfinished draft. Every draft leaves the cause and the measures to the accountant as
 * this placeholder; a cell still holding it is a draft nobody has finished (check draft-unedited).
 */
export const DRAFT_PLACEHOLDER = "【请填写】";

/** True when the text still holds a draft's placeholder. */
export function hasDraftPlaceholder(text: string): boolean {
  return text.includes(DRAFT_PLACEHOLDER);
}
