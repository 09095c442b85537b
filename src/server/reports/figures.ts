// One period's figures (or one group's) from the facts of its cases, surveys, reviews and
// presence. Every formula is in docs/metrics.md; the pure ones live in src/shared/reports/.
import type { ReportFigure, ReportFigures } from '../../protocol/reports.ts';
import { CONTACT_REASONS } from '../../shared/domain.ts';
import {
  csatFigures, mean, occupancy, percentile, serviceLevelOutcome, serviceLevels, type SurveyFact,
} from '../../shared/reports/index.ts';
import type { PresenceInterval } from '../../shared/presence.ts';
import type { CaseFacts } from './case-facts.ts';

export interface ReviewFact {
  score: number;
  autoFailed: boolean;
}

/** One derivation made in the period (`derive_case`): counted per agent who derived and reason when derived. */
export interface DerivationFact {
  caseId: string;
}

/** One like the company gave in the period (`react`): counted for the agent who gave it; a post's has no case. */
export interface LikeFact {
  caseId: string | null;
}

export interface FigureInputs {
  cases: readonly CaseFacts[];
  surveys: readonly SurveyFact[];
  reviews: readonly ReviewFact[];
  derivations: readonly DerivationFact[];
  likes: readonly LikeFact[];
  /** The presence of the agents the figures are about; empty where presence does not apply (a channel's group). */
  presence: readonly PresenceInterval[];
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const slOutcome = (c: CaseFacts) => (c.opened ? serviceLevelOutcome({
  channel: c.row.channel, firstResponseSeconds: c.firstResponseSeconds, waitingSeconds: c.waitingSeconds,
}) : null);

/**
 * The cases each case-made figure counts (or whose messages it counts): the figures below and
 * the drill-down (`/v1/reports/cases?figure=`) take the same ones, so a figure and its list agree.
 */
export const CASE_COUNTS = {
  opened: (c) => c.opened,
  resolved: (c) => c.resolved,
  first_response: (c) => c.opened && c.firstResponseSeconds !== null,
  responded: (c) => c.opened && c.responseSamples.length > 0,
  sl_counted: (c) => slOutcome(c) !== null,
  sl_within: (c) => slOutcome(c) === 'within',
  sl_missed: (c) => slOutcome(c) === 'missed',
  fcr_eligible: (c) => c.fcrEligible,
  first_contact: (c) => c.fcrEligible && c.firstContact,
  complaints: (c) => c.opened && c.row.reason === 'complaint',
  auto_replied: (c) => c.opened && c.row.autoReplied > 0,
  filtered: (c) => c.opened && c.row.filtered > 0,
  rejected: (c) => c.opened && c.row.rejected > 0,
  peer_answered: (c) => c.opened && c.peerAnswered,
  calls_avoided: (c) => c.resolved && c.callAvoided,
} as const satisfies Partial<Record<ReportFigure, (c: CaseFacts) => boolean>>;

export type CaseCount = keyof typeof CASE_COUNTS;

export const isCaseCount = (figure: ReportFigure): figure is CaseCount => figure in CASE_COUNTS;

export function figuresOf({ cases, surveys, reviews, derivations, likes, presence }: FigureInputs): ReportFigures {
  const take = (count: CaseCount) => cases.filter(CASE_COUNTS[count]);
  const opened = take('opened');
  const resolved = take('resolved');
  const eligible = take('fcr_eligible').length;
  const firstContact = take('first_contact').length;
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
    fcr: { eligible, firstContact, ratio: eligible > 0 ? firstContact / eligible : null },
    messagesPerCase: mean(opened.map((c) => c.row.messages)),
    reasons,
    complaints: take('complaints').length,
    autoReplied: sum(opened.map((c) => c.row.autoReplied)),
    filtered: sum(opened.map((c) => c.row.filtered)),
    rejected: sum(opened.map((c) => c.row.rejected)),
    peerAnswered: take('peer_answered').length,
    callsAvoided: take('calls_avoided').length,
    occupancy: occupancy(presence),
    quality: { reviews: reviews.length, avgScore: mean(reviews.map((r) => r.score)), autoFails: reviews.filter((r) => r.autoFailed).length },
    csat: csatFigures(surveys),
    derived: derivations.length,
    likes: likes.length,
  };
}
