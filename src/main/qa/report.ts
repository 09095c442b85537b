// The QA report from this console's cache: each review in force (its last version's score) with
// its case's channel and reason and its agent's team and seniority band when the case was
// handled, cut into weeks in the organisation's time zone (its default business-hours schedule).
import { qaReport, type QaReport, type ReviewFact } from '../../shared/qa/report.ts';
import { seniorityBand } from '../../shared/qa/strata.ts';
import type { Store } from '../db/store.ts';
import { BUSINESS_HOURS_DOCUMENT, settingInForce } from '../settings/in-force.ts';

/** The organisation's time zone: its default schedule's, the one with no channels of its own. */
export function organisationZone(store: Store): string {
  const { schedules } = settingInForce(store.reference, BUSINESS_HOURS_DOCUMENT).value;
  return (schedules.find((s) => s.channels.length === 0) ?? schedules[0])?.timeZone ?? 'UTC';
}

/** One fact per review whose case this cache holds (a pack brings its cases with it). */
export function reviewFacts(store: Store): ReviewFact[] {
  const people = new Map(store.reference.agents().map((a) => [a.username, a]));
  return store.qaReviews.all().flatMap((review) => {
    const found = store.cases.get(review.caseId);
    if (!found) return [];
    const person = people.get(review.agent);
    return [{
      reviewId: review.id,
      agent: review.agent,
      team: person?.team ?? null,
      channel: found.channel,
      seniority: seniorityBand(person?.hiredAt ?? null, found.updatedAt),
      reason: found.reason,
      score: review.versions.at(-1)?.score ?? review.score,
      at: review.createdAt,
    }];
  });
}

export function cachedQaReport(store: Store, period: { from: string; to: string }): QaReport {
  return qaReport(reviewFacts(store), period, organisationZone(store));
}
