// The operation's reports, built from the store's facts: one period (optionally grouped), its
// per-case rows, and the snapshots a console keeps to read offline.
import type { OperationReport, ReportCaseRow, ReportGrouping, ReportQuery, ReportSnapshots } from '../../protocol/reports.ts';
import { WireQaReview } from '../../protocol/entities.ts';
import { score } from '../../shared/qa/score.ts';
import { QA_SCORECARDS_SETTING, scorecardFrom, scorecardVersion } from '../../shared/qa/scorecard.ts';
import { presenceIntervals } from '../../shared/presence.ts';
import { complaintsByWeek, mondayOf, type PresenceInterval, type SurveyFact } from '../../shared/reports/index.ts';
import { jsonColumn } from '../columns.ts';
import type { ReportCaseRecord, Reports } from '../store/repositories.ts';
import type { Audience } from './audience.ts';
import { caseFacts, keysOf, type CaseFacts, type GroupKeys } from './case-facts.ts';
import { drillRecords } from './drill.ts';
import { CASE_COUNTS, figuresOf, isCaseCount, type ReviewFact } from './figures.ts';

const DAY_MS = 86_400_000;

export interface Period {
  from: number;
  to: number;
  asOf: number;
}

interface Keyed<T> {
  keys: GroupKeys;
  fact: T;
}

interface Loaded {
  cases: CaseFacts[];
  surveys: Keyed<SurveyFact>[];
  reviews: Keyed<ReviewFact>[];
  /** Each agent's presence in the period. */
  presence: Map<string, PresenceInterval[]>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const iso = (t: number) => new Date(t).toISOString();

/** The cases of the period (or the ones given) with their facts (what the per-case rows are). */
async function loadCases(reports: Reports, audience: Audience, period: Period, given?: ReportCaseRecord[]): Promise<CaseFacts[]> {
  const records = given ?? await reports.cases(audience.agents, iso(period.from), iso(period.to));
  const ids = records.map((r) => r.id);
  const [messages, changes, blocks, surveys] = await Promise.all([
    reports.messages(ids), reports.statusChanges(ids), reports.blocks(), reports.surveysOf(ids),
  ]);
  const messagesOf = groupBy(messages, (m) => m.caseId);
  const changesOf = groupBy(changes, (c) => c.caseId);
  const csatOf = new Map(surveys.map((s) => [s.caseId, s.answeredAt === null ? null : s.score]));
  return records.map((record) => caseFacts({
    record, team: record.agent === null ? null : (audience.teamOf.get(record.agent) ?? null),
    messages: messagesOf.get(record.id) ?? [], changes: changesOf.get(record.id) ?? [], blocks, csat: csatOf.get(record.id) ?? null,
  }, period));
}

async function load(reports: Reports, audience: Audience, period: Period): Promise<Loaded> {
  const [from, to] = [iso(period.from), iso(period.to)];
  const teamOf = (agent: string | null) => (agent === null ? null : (audience.teamOf.get(agent) ?? null));
  const [cases, surveys, reviews, presence, scorecards] = await Promise.all([
    loadCases(reports, audience, period), reports.surveys(audience.agents, from, to), reports.reviews(audience.agents, from, to),
    reports.presence(audience.agents, from, to), reports.setting(QA_SCORECARDS_SETTING),
  ]);
  const cards = scorecardFrom(scorecards).scorecard;
  const rowsOf = groupBy(presence.rows, (r) => r.username);
  const until = Math.min(period.to, period.asOf);
  return {
    cases,
    surveys: surveys.map((s) => ({
      keys: keysOf(s.case, teamOf(s.case.agent)),
      fact: { answered: s.answeredAt !== null, score: s.score, negative: s.negative },
    })),
    reviews: reviews.map((r) => {
      const review = jsonColumn(WireQaReview, r.data, 'qa_reviews.data');
      const card = scorecardVersion(cards, review.scorecardId, review.scorecardVersion);
      return {
        keys: keysOf(r.case, teamOf(r.case.agent)),
        fact: { score: review.score, autoFailed: card ? score(card, review.answers, r.case.channel).autoFailed : false },
      };
    }),
    presence: new Map(audience.agents.map((agent) => {
      const intervals = presenceIntervals(rowsOf.get(agent) ?? [], presence.lastContact[agent] ?? null, iso(period.from), iso(until));
      return [agent, intervals.map((i) => ({ state: i.state, from: Date.parse(i.from), to: Date.parse(i.to) }))];
    })),
  };
}

/** The presence behind a group: its agent's, its team's agents', or none for a grouping by case. */
function presenceOf(loaded: Loaded, audience: Audience, by: ReportGrouping | undefined, key: string | undefined): PresenceInterval[] {
  const agents = by === undefined ? audience.agents
    : by === 'agent' ? audience.agents.filter((a) => a === key)
      : by === 'team' ? audience.agents.filter((a) => (audience.teamOf.get(a) ?? 'none') === key) : [];
  return agents.flatMap((a) => loaded.presence.get(a) ?? []);
}

function figures(loaded: Loaded, audience: Audience, by?: ReportGrouping, key?: string) {
  const member = (keys: GroupKeys) => by === undefined || keys[by] === key;
  return figuresOf({
    cases: loaded.cases.filter((c) => member(c.keys)),
    surveys: loaded.surveys.filter((s) => member(s.keys)).map((s) => s.fact),
    reviews: loaded.reviews.filter((r) => member(r.keys)).map((r) => r.fact),
    presence: presenceOf(loaded, audience, by, key),
  });
}

function periodOf(query: Pick<ReportQuery, 'from' | 'to'>, asOf: Date): Period {
  return { from: Date.parse(query.from), to: Date.parse(query.to), asOf: asOf.getTime() };
}

export async function operationReport(reports: Reports, audience: Audience, query: ReportQuery, asOf: Date): Promise<OperationReport> {
  const period = periodOf(query, asOf);
  const loaded = await load(reports, audience, period);
  const report: OperationReport = {
    ...figures(loaded, audience),
    from: iso(period.from), to: iso(period.to), asOf: asOf.toISOString(), agents: audience.agents,
    complaintsByWeek: complaintsByWeek(loaded.cases.map((c) => ({ openedAt: Date.parse(c.row.openedAt), complaint: c.row.reason === 'complaint' })),
      period.from, period.to),
  };
  const by = query.by;
  if (by === undefined) return report;
  const keys = new Set([
    ...loaded.cases.map((c) => c.keys[by]), ...loaded.surveys.map((s) => s.keys[by]), ...loaded.reviews.map((r) => r.keys[by]),
    ...(by === 'agent' ? audience.agents : by === 'team' ? audience.agents.map((a) => audience.teamOf.get(a) ?? 'none') : []),
  ]);
  return { ...report, groups: [...keys].sort().map((key) => ({ key, ...figures(loaded, audience, by, key) })) };
}

/** The per-case rows behind the period's figures (or behind one of them), narrowed to a drill-down's group. */
export async function reportCases(reports: Reports, audience: Audience, query: ReportQuery, asOf: Date): Promise<ReportCaseRow[]> {
  const period = periodOf(query, asOf);
  const figure = query.figure;
  const cases = figure === undefined || isCaseCount(figure)
    ? (await loadCases(reports, audience, period)).filter((c) => figure === undefined || CASE_COUNTS[figure](c))
    : await loadCases(reports, audience, period, await drillRecords(reports, audience, period, figure));
  return cases.map((c) => c.row).filter((row) =>
    (query.channel === undefined || row.channel === query.channel)
    && (query.reason === undefined || row.reason === query.reason)
    && (query.product === undefined || row.product === query.product));
}

/** The last 8 weeks by week (Monday to Monday, UTC; the current one included), the current month and the one before. */
export async function reportSnapshots(reports: Reports, audience: Audience, asOf: Date): Promise<ReportSnapshots> {
  const monday = mondayOf(asOf.getTime());
  const year = asOf.getUTCFullYear();
  const month = asOf.getUTCMonth();
  const span = (from: number, to: number) => operationReport(reports, audience, { from: iso(from), to: iso(to) }, asOf);
  const weeks: OperationReport[] = [];
  for (let back = 7; back >= 0; back--) weeks.push(await span(monday - back * 7 * DAY_MS, monday - (back - 1) * 7 * DAY_MS));
  return {
    asOf: asOf.toISOString(),
    weeks,
    month: await span(Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)),
    previousMonth: await span(Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1)),
  };
}
