// The cases behind the figures not made of the period's cases: surveys sent in the period, QA
// reviews, derivations and likes made in it, whichever period their cases were opened in
// (docs/metrics.md, "Drill-down").
import type { ReportFigure } from '../../protocol/reports.ts';
import { SURVEY_COUNTS } from '../../shared/reports/index.ts';
import type { ReportCaseRecord, Reports } from '../store/repositories.ts';
import type { Audience } from './audience.ts';
import type { Period } from './build.ts';
import type { CaseCount } from './figures.ts';

const SURVEY_FIGURES = { csat_sent: SURVEY_COUNTS.sent, csat_answered: SURVEY_COUNTS.answered, csat_negative: SURVEY_COUNTS.negative } as const;

const iso = (t: number) => new Date(t).toISOString();

/** Each case once, in the order first met. */
const distinct = (records: readonly ReportCaseRecord[]) => [...new Map(records.map((r) => [r.id, r])).values()];

/** The records of the cases a survey or review figure counts. */
export async function drillRecords(
  reports: Reports, audience: Audience, period: Period, figure: Exclude<ReportFigure, CaseCount>,
): Promise<ReportCaseRecord[]> {
  const [from, to] = [iso(period.from), iso(period.to)];
  if (figure === 'reviewed') return distinct((await reports.reviews(audience.agents, from, to)).map((r) => r.case));
  // A case per derivation: a case derived twice is listed twice, as the figure counts it.
  if (figure === 'derived') return (await reports.derivations(audience.agents, from, to)).map((d) => d.case);
  // A case per like on a customer's message; a like on a listening post belongs to no case and is not listed.
  if (figure === 'likes') return (await reports.likes(audience.agents, from, to)).flatMap((l) => (l.case === null ? [] : [l.case]));
  const counts = SURVEY_FIGURES[figure];
  const surveys = await reports.surveys(audience.agents, from, to);
  return distinct(surveys.filter((s) => counts({ answered: s.answeredAt !== null, score: s.score, negative: s.negative })).map((s) => s.case));
}
