import type { Finding } from "../finding";
import type { Band } from "../profiles/types";

/** A check's messages: messageId → Chinese template with `{{name}}` placeholders. */
export type Messages = Readonly<Record<string, string>>;

/** The placeholder names of a template: "“{{name}}”得分 {{score}}" → "name" | "score". */
export type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Data for a template: every placeholder, each as the text it reads as (numbers formatted already). */
export type MessageData<T extends string> = string extends T ? Readonly<Record<string, string>> : Readonly<Record<Placeholders<T>, string>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * The one interpolation of every finding's message: each `{{name}}` of the template replaced by
 * data[name], in a single pass (a value is never read for placeholders). A placeholder without data
 * is a bug in the check and throws (the run turns it into an internal-error finding).
 */
export function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) throw new Error(`no data for {{${name}}} in the message “${template}”`);
    return data[name];
  });
}

/** The verdict of each qualitative band as the messages name it. */
export const VERDICT: Readonly<Record<Band, string>> = { achieved: "达成预期指标", partial: "部分达成并具有一定效果", failed: "未达成且效果较差" };

/** After a band's maximum when the band does not include it: "6.00–8.00 分（不含）". */
export const EXCLUSIVE_MAX = "（不含）";

/** What became of a result cell that differs from the computed value (rate, execution score, total). */
export const ACTION = { written: "已按计算结果改写。", formula: "该单元格是公式，未改写，请核对公式。" } as const;

// The messageId of each finding made from a message. Not a field of Finding: the JSON report is a
// public format. Kept beside the finding (by identity) for the check tests, which assert on it.
const messageIds = new WeakMap<Finding, string>();

/** Notes which message `finding` was made from; returns the finding. */
export function noteMessageId(finding: Finding, messageId: string): Finding {
  messageIds.set(finding, messageId);
  return finding;
}

/** The messageId a finding was made from, for tests and tools; undefined for a finding made elsewhere. */
export function messageIdOf(finding: Finding): string | undefined {
  return messageIds.get(finding);
}
