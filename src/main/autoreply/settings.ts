// The business hours and auto-reply settings in force: the central API's `business_hours` and
// `auto_replies` documents when valid, the defaults when absent or invalid (settingInForce),
// reported like the priority rules.
import { AUTO_REPLIES_SETTING, type AutoReplies } from '../../shared/autoreply/index.ts';
import { BUSINESS_HOURS_SETTING, type BusinessHours } from '../../shared/hours/index.ts';
import type { Store } from '../db/store.ts';
import { AUTO_REPLIES_DOCUMENT, BUSINESS_HOURS_DOCUMENT, settingInForce } from '../settings/in-force.ts';

export interface AutoReplySettings {
  hours: BusinessHours;
  replies: AutoReplies;
  /** Each refused document and why; empty when both are used (or absent). */
  problems: { setting: string; version: number; error: string }[];
}

export function autoReplySettings(store: Store): AutoReplySettings {
  const hours = settingInForce(store.reference, BUSINESS_HOURS_DOCUMENT);
  const replies = settingInForce(store.reference, AUTO_REPLIES_DOCUMENT);
  const problems = [
    ...(hours.version !== null && hours.problem ? [{ setting: BUSINESS_HOURS_SETTING, version: hours.version, error: hours.problem }] : []),
    ...(replies.version !== null && replies.problem ? [{ setting: AUTO_REPLIES_SETTING, version: replies.version, error: replies.problem }] : []),
  ];
  return { hours: hours.value, replies: replies.value, problems };
}

/** The warning an agent or operator sees while a document is refused. */
export function autoReplyWarning(settings: AutoReplySettings): string | null {
  if (settings.problems.length === 0) return null;
  const each = settings.problems.map((p) => `${p.setting} (version ${p.version}): ${p.error}`);
  return `The server's out-of-hours settings are invalid, so the defaults apply: ${each.join('; ')}`;
}
