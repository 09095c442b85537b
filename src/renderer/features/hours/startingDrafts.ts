// Where the editor starts: the supervisor's latest save still on its way to the server (so a
// second edit builds on the first), else the documents in force on this console.
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import type { BusinessSettings, EditableSetting, SettingChange } from '../../../shared/business-settings.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';

export interface Drafts {
  hours: BusinessHours;
  replies: AutoReplies;
}

/** The newest save of `settingId` the server has not answered yet. */
export const pendingChange = (settings: BusinessSettings, settingId: EditableSetting): SettingChange | undefined =>
  settings.changes.findLast((c) => c.settingId === settingId && c.status === 'pending');

export function startingDrafts(settings: BusinessSettings): Drafts {
  // A pending value was checked by main before it was queued.
  return {
    hours: (pendingChange(settings, 'business_hours')?.value as BusinessHours | undefined) ?? settings.hours,
    replies: (pendingChange(settings, 'auto_replies')?.value as AutoReplies | undefined) ?? settings.replies,
  };
}
