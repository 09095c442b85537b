// Whether a supervisor's settings document may be saved: the console checks before it queues
// the change and the server again before it takes it, by the schemas every console reads with.
import { autoRepliesFrom } from './autoreply/index.ts';
import type { EditableSetting } from './business-settings.ts';
import { csatSettingsFrom } from './csat/settings.ts';
import { businessHoursFrom } from './hours/index.ts';
import { scorecardFrom } from './qa/scorecard.ts';
import { retentionFrom } from './retention.ts';
import { routingFrom } from './routing/document.ts';
import { listeningFrom } from './listening/document.ts';

const PROBLEM: Record<EditableSetting, (value: unknown) => string | null> = {
  business_hours: (value) => businessHoursFrom(value).problem,
  auto_replies: (value) => autoRepliesFrom(value).problem,
  retention: (value) => retentionFrom(value).problem,
  qa_scorecards: (value) => scorecardFrom(value).problem,
  csat: (value) => csatSettingsFrom(value).problem,
  routing: (value) => routingFrom(value).problem,
  listening: (value) => listeningFrom(value).problem,
};

/** Why `value` cannot be saved as `settingId`, in the schema's words; null when it can. */
export function documentProblem(settingId: EditableSetting, value: unknown): string | null {
  if (value === undefined || value === null) return 'the document is empty';
  return PROBLEM[settingId](value);
}
