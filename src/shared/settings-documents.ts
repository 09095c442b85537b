// Whether a supervisor's settings document may be saved: the console checks before it queues
// the change and the server again before it takes it, by the schemas every console reads with.
import { autoRepliesFrom } from './autoreply/index.ts';
import type { EditableSetting } from './business-settings.ts';
import { BUSINESS_HOURS_SETTING, businessHoursFrom } from './hours/index.ts';

/** Why `value` cannot be saved as `settingId`, in the schema's words; null when it can. */
export function documentProblem(settingId: EditableSetting, value: unknown): string | null {
  if (value === undefined || value === null) return 'the document is empty';
  return settingId === BUSINESS_HOURS_SETTING ? businessHoursFrom(value).problem : autoRepliesFrom(value).problem;
}
