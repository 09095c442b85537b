// One period's figures (or one group's) from the facts of its cases, surveys, reviews and
// presence. Every formula is in docs/metrics.md; the pure ones live in src/shared/reports/.
import type { ReportFigures } from '../../protocol/reports.ts';
import { CONTACT_REASONS } from '../../shared/domain.ts';
import {
  csatFigures, mean, occupancy, percentile, serviceLevels, type SurveyFact,
} from '../../shared/reports/index.ts';
import type { PresenceInterval } from '../../shared/presence.ts';
import type { CaseFacts } from './case-facts.ts';

export interface ReviewFact {
  score: number;
  autoFailed: boolean;
}

export interface FigureInputs {
  cases: readonly CaseFacts[];
  surveys: readonly SurveyFact[];
  reviews: readonly ReviewFact[];
  /** The presence of the agents the figures are about; empty where presence does not apply (a channel's group). */
  presence: readonly PresenceInterval[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function figuresOf({ cases, surveys, reviews, presence }: FigureInputs): ReportFigures {
  const opened = cases.filter((c) => c.opened);
  const resolved = cases.filter((c) => c.resolved);
  const eligible = cases.filter((c) => c.fcrEligible);
  const firstContact = eligible.filter((c) => c.firstContact).length;
  const firstResponses = opened.flatMap((c) => (c.firstResponseSeconds === null ? [] : [c.firstResponseSeconds]));
  const { serviceLevel, asa } = serviceLevels(opened.map((c) => ({
    channel: c.row.channel, firstResponseSeconds: c.firstResponseSeconds, waitingSeconds: c.waitingSeconds,
  })));
  const reasons: Record<string, number> = {};
  for (const reason of CONTACT_REASONS) {
    const n = opened.filter((c) => c.row.reason === reason).length;
    if (n > 0) reasons[reason] = n;
  }
  return {
    cases: opened.length,
    resolved: resolved.length,
    firstResponse: { avgSeconds: mean(firstResponses), p90Seconds: percentile(firstResponses, 0.9) },
    handling: { avgSeconds: mean(resolved.flatMap((c) => (c.handlingSeconds === null ? [] : [c.handlingSeconds]))) },
    response: { avgSeconds: mean(opened.flatMap((c) => c.responseSamples)) },
    serviceLevel,
    asa,
    fcr: { eligible: eligible.length, firstContact, ratio: eligible.length > 0 ? firstContact / eligible.length : null },
    messagesPerCase: mean(opened.map((c) => c.row.messages)),
    reasons,
    complaints: reasons.complaint ?? 0,
    autoReplied: sum(opened.map((c) => c.row.autoReplied)),
    filtered: sum(opened.map((c) => c.row.filtered)),
    rejected: sum(opened.map((c) => c.rejected)),
    peerAnswered: opened.filter((c) => c.peerAnswered).length,
    callsAvoided: resolved.filter((c) => c.callAvoided).length,
    occupancy: occupancy(presence),
    quality: { reviews: reviews.length, avgScore: mean(reviews.map((r) => r.score)), autoFails: reviews.filter((r) => r.autoFailed).length },
    csat: csatFigures(surveys),
  };
}
