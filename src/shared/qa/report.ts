// The QA report: the percentage of the evaluation form met (the average review score) by agent,
// team, channel, seniority band and contact reason, week by week, as the guide's scorecard asks
// ("porcentajes de cumplimiento por antigüedad de agentes, por grupo, por producto").
// Pure: it takes the reviews' facts and the period, so the console, the CLI and a test compute
// the same figures. Weeks run Monday to Sunday in the time zone given: the organisation's (its
// default business-hours schedule's) when the caller has it, else UTC.
import type { Channel, ContactReason } from '../domain.ts';
import { dateOf } from '../hours/calendar.ts';
import { localDayAt } from '../hours/wall-clock.ts';
import type { SeniorityBand } from './strata.ts';

/** What the report needs of one submitted review. */
export interface ReviewFact {
  reviewId: string;
  agent: string;
  team: string | null;
  channel: Channel;
  seniority: SeniorityBand;
  reason: ContactReason | null;
  /** 0–100. */
  score: number;
  /** When it was submitted (its latest version's instant), ISO. */
  at: string;
}

export const REPORT_DIMENSIONS = ['agent', 'team', 'channel', 'seniority', 'reason'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** A missing team or reason is reported under this key. */
export const NONE = 'none';

export interface ReportCell {
  reviews: number;
  /** The average score, 0–100; null when no review fell in the cell. */
  score: number | null;
}

export interface ReportRow extends ReportCell {
  /** The agent's username, the team, the channel, the band or the reason; `none` when missing. */
  key: string;
  /** One cell per week of the report, in order. */
  weeks: ReportCell[];
}

export interface QaReport {
  from: string;
  to: string;
  timeZone: string;
  /** The Monday of each week the period touches, `YYYY-MM-DD` in the zone, oldest first. */
  weeks: string[];
  /** Every review in the period. */
  total: ReportRow;
  /** Rows by dimension, the most reviewed first (then by key). */
  by: Record<ReportDimension, ReportRow[]>;
}

const mondayOf = (timeZone: string, t: number): number => {
  const day = localDayAt(timeZone, t);
  return day - ((((day + 3) % 7) + 7) % 7);
};

const keyOf = (fact: ReviewFact, dimension: ReportDimension): string => fact[dimension] ?? NONE;

/** The report of the reviews submitted in [from, to), weeks cut in `timeZone`. */
export function qaReport(facts: readonly ReviewFact[], period: { from: string; to: string }, timeZone = 'UTC'): QaReport {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  if (!(from < to)) throw new RangeError('the period ends after it starts');
  const first = mondayOf(timeZone, from);
  const last = mondayOf(timeZone, to - 1);
  const weeks: string[] = [];
  for (let day = first; day <= last; day += 7) weeks.push(dateOf(day));

  const inPeriod = facts.flatMap((fact) => {
    const t = Date.parse(fact.at);
    return t >= from && t < to ? [{ fact, week: (mondayOf(timeZone, t) - first) / 7 }] : [];
  });
  const row = (key: string, members: typeof inPeriod): ReportRow => {
    const sums = weeks.map(() => ({ reviews: 0, total: 0 }));
    for (const { fact, week } of members) {
      const cell = sums[week];
      if (cell) {
        cell.reviews += 1;
        cell.total += fact.score;
      }
    }
    const total = members.reduce((sum, m) => sum + m.fact.score, 0);
    return {
      key, reviews: members.length, score: members.length > 0 ? total / members.length : null,
      weeks: sums.map((s) => ({ reviews: s.reviews, score: s.reviews > 0 ? s.total / s.reviews : null })),
    };
  };
  const by = Object.fromEntries(REPORT_DIMENSIONS.map((dimension) => {
    const groups = new Map<string, typeof inPeriod>();
    for (const member of inPeriod) {
      const key = keyOf(member.fact, dimension);
      const group = groups.get(key);
      if (group) group.push(member);
      else groups.set(key, [member]);
    }
    const rows = [...groups].map(([key, members]) => row(key, members));
    return [dimension, rows.sort((a, b) => b.reviews - a.reviews || a.key.localeCompare(b.key))];
  })) as Record<ReportDimension, ReportRow[]>;
  return { from: period.from, to: period.to, timeZone, weeks, total: row('all', inPeriod), by };
}
