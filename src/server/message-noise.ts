// A customer message's noise, judged once as it arrives, as a console judges it (the customer's
// previous message, the case's state then): stored with the message, so a report over thousands
// of messages reads a column instead of reading every text again. 'none': not noise.
import type { CaseStatus } from '../shared/domain.ts';
import { noiseOf } from '../shared/triage/index.ts';

export const NOT_NOISE = 'none';

export function noiseVerdict(text: string, previous: string | null, caseStatus: CaseStatus, promo: boolean): string {
  return noiseOf({ text, previous, caseStatus, repliesToPromo: promo })?.kind ?? NOT_NOISE;
}
