// The business hours and auto-reply settings in force: the central API's `business_hours` and
// `auto_replies` documents when valid, the defaults when absent or invalid. An invalid document
// is refused whole and reported (sync status, `doctor`), like the priority rules.
import { AUTO_REPLIES_SETTING, autoRepliesFrom, type AutoReplies } from '../../shared/autoreply/index.ts';
import { BUSINESS_HOURS_SETTING, businessHoursFrom, type BusinessHours } from '../../shared/hours/index.ts';
import type { SettingRow } from '../db/repositories/reference.ts';
import type { Store } from '../db/store.ts';

export interface AutoReplySettings {
  hours: BusinessHours;
  replies: AutoReplies;
  /** Each refused document and why; empty when both are used (or absent). */
  problems: { setting: string; version: number; error: string }[];
}

// Parsed once per pair of document versions: a schedule object keeps its open spans once
// computed (shared/hours), so the same documents must stay the same objects.
const parsed = new WeakMap<Store, { key: string; result: AutoReplySettings }>();

export function autoReplySettings(store: Store): AutoReplySettings {
  const hoursRow = store.reference.settingRow(BUSINESS_HOURS_SETTING);
  const repliesRow = store.reference.settingRow(AUTO_REPLIES_SETTING);
  const key = JSON.stringify([hoursRow ?? null, repliesRow ?? null]);
  const cached = parsed.get(store);
  if (cached?.key === key) return cached.result;
  const { hours, problem: hoursProblem } = businessHoursFrom(valueOf(hoursRow));
  const { replies, problem: repliesProblem } = autoRepliesFrom(valueOf(repliesRow));
  const problems = [
    ...(hoursRow && hoursProblem ? [{ setting: BUSINESS_HOURS_SETTING, version: hoursRow.version, error: hoursProblem }] : []),
    ...(repliesRow && repliesProblem ? [{ setting: AUTO_REPLIES_SETTING, version: repliesRow.version, error: repliesProblem }] : []),
  ];
  const result = { hours, replies, problems };
  parsed.set(store, { key, result });
  return result;
}

/** The warning an agent or operator sees while a document is refused. */
export function autoReplyWarning(settings: AutoReplySettings): string | null {
  if (settings.problems.length === 0) return null;
  const each = settings.problems.map((p) => `${p.setting} (version ${p.version}): ${p.error}`);
  return `The server's out-of-hours settings are invalid, so the defaults apply: ${each.join('; ')}`;
}

function valueOf(row: SettingRow | undefined): unknown {
  return row === undefined ? undefined : JSON.parse(row.value);
}
