// The documents the business-hours page edits, read the way everything else reads them:
// the synced documents in force (settingInForce), and a draft being edited, which
// must be valid to be drawn or simulated (its problem is said in the schema's words).
import { autoRepliesFrom, type AutoReplies } from '../../shared/autoreply/index.ts';
import type { EditableSetting, SettingsDraft } from '../../shared/business-settings.ts';
import { businessHoursFrom, type BusinessHours } from '../../shared/hours/index.ts';
import type { ReferenceRepository } from '../db/repositories/reference.ts';
import { AUTO_REPLIES_DOCUMENT, BUSINESS_HOURS_DOCUMENT, CSAT_DOCUMENT, LISTENING_DOCUMENT, RETENTION_DOCUMENT, ROUTING_DOCUMENT, SCORECARDS_DOCUMENT, settingInForce } from '../settings/in-force.ts';
import type { ScorecardsDocument } from '../../shared/qa/scorecard.ts';
import type { Retention } from '../../shared/retention.ts';
import type { RoutingDocument } from '../../shared/routing/document.ts';
import type { ListeningDocument } from '../../shared/listening/document.ts';
import { CodedError } from '../../shared/errors.ts';

export interface Documents {
  hours: BusinessHours;
  replies: AutoReplies;
}

/** The documents in force on this console, and why a synced one was set aside. */
export function documentsInForce(reference: ReferenceRepository): Documents & {
  retention: Retention; scorecards: ScorecardsDocument; routing: RoutingDocument; listening: ListeningDocument; problems: Record<EditableSetting, string | null>;
} {
  const hours = settingInForce(reference, BUSINESS_HOURS_DOCUMENT);
  const replies = settingInForce(reference, AUTO_REPLIES_DOCUMENT);
  const retention = settingInForce(reference, RETENTION_DOCUMENT);
  const scorecards = settingInForce(reference, SCORECARDS_DOCUMENT);
  const csat = settingInForce(reference, CSAT_DOCUMENT);
  const routing = settingInForce(reference, ROUTING_DOCUMENT);
  const listening = settingInForce(reference, LISTENING_DOCUMENT);
  return {
    hours: hours.value, replies: replies.value, retention: retention.value, scorecards: scorecards.value, routing: routing.value, listening: listening.value,
    problems: { business_hours: hours.problem, auto_replies: replies.problem, retention: retention.problem, qa_scorecards: scorecards.problem, csat: csat.problem,
      routing: routing.problem, listening: listening.problem },
  };
}

/** The draft's documents where it has them, the ones in force otherwise; an invalid draft is refused. */
export function documentsFor(draft: SettingsDraft | undefined, inForce: Documents): Documents {
  const hours = draft?.hours === undefined ? null : businessHoursFrom(draft.hours);
  const replies = draft?.replies === undefined ? null : autoRepliesFrom(draft.replies);
  const problem = hours?.problem ?? replies?.problem;
  if (problem) throw new CodedError('invalid_setting', `The draft is not valid: ${problem}`);
  return { hours: hours?.hours ?? inForce.hours, replies: replies?.replies ?? inForce.replies };
}
