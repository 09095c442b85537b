// Where the editor starts: the supervisor's latest save still on its way to the server (so a
// second edit builds on the first, on the same base version), else the documents in force on
// this console, at their version.
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import { HOURS_PAGE_SETTINGS, type BusinessSettings, type EditableSetting, type HoursPageSetting, type SettingChange } from '../../../shared/business-settings.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';
import type { Retention } from '../../../shared/retention.ts';

export interface Drafts {
  hours: BusinessHours;
  replies: AutoReplies;
  retention: Retention;
  /** The version each draft starts from, which its save is based on (null: none synced yet). */
  versions: Record<HoursPageSetting, number | null>;
  /** Each save and what became of it (`id:status`): a save answered is news even when the documents are not. */
  saves: string[];
}

/** The newest save of `settingId` the server has not answered yet. */
export const pendingChange = (settings: BusinessSettings, settingId: EditableSetting): SettingChange | undefined =>
  settings.changes.findLast((c) => c.settingId === settingId && c.status === 'pending');

export function startingDrafts(settings: BusinessSettings): Drafts {
  // A pending value was checked by main before it was queued.
  const hours = pendingChange(settings, 'business_hours');
  const replies = pendingChange(settings, 'auto_replies');
  const retention = pendingChange(settings, 'retention');
  return {
    hours: (hours?.value as BusinessHours | undefined) ?? settings.hours,
    replies: (replies?.value as AutoReplies | undefined) ?? settings.replies,
    retention: (retention?.value as Retention | undefined) ?? settings.retention,
    versions: {
      business_hours: hours ? hours.baseVersion : settings.versions.business_hours,
      auto_replies: replies ? replies.baseVersion : settings.versions.auto_replies,
      retention: retention ? retention.baseVersion : settings.versions.retention,
    },
    saves: hoursPageChanges(settings).map((c) => `${c.id}:${c.status}`),
  };
}

/** The saves of this page's documents: the scorecard's have their own editor. */
export const hoursPageChanges = (settings: BusinessSettings): HoursPageChange[] =>
  settings.changes.filter((c): c is HoursPageChange => (HOURS_PAGE_SETTINGS as readonly EditableSetting[]).includes(c.settingId));
export type HoursPageChange = SettingChange & { settingId: HoursPageSetting };
