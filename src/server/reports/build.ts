// The operation's reports, built from the store's facts: one period (optionally grouped), its
// per-case rows, and the snapshots a console keeps to read offline.
import type { OperationReport, ReportCaseRow, ReportGrouping, ReportQuery, ReportSnapshots } from '../../protocol/reports.ts';
import { WireQaReview } from '../../protocol/entities.ts';
import { score } from '../../shared/qa/score.ts';
import { QA_SCORECARDS_SETTING, scorecardFrom, scorecardVersion } from '../../shared/qa/scorecard.ts';
import { presenceIntervals, type PresenceInterval } from '../../shared/presence.ts';
import { complaintsByWeek, mondayOf, type SurveyFact } from '../../shared/reports/index.ts';
import { jsonColumn } from '../columns.ts';
import type { ReportCaseRecord, ReportLikeRecord, ReportPresenceRecord, Reports } from '../store/repositories.ts';
import type { Audience } from './audience.ts';
import { caseFacts, inPeriod, keysOf, NONE, type CaseFacts, type GroupKeys } from './case-facts.ts';
import { drillRecords } from './drill.ts';
import { CASE_COUNTS, figuresOf, isCaseCount, type DerivationFact, type LikeFact, type ReviewFact } from './figures.ts';

const WEEK_MS = 7 * 86_400_000;

export interface Period {
  from: number;
  to: number;
  asOf: number;
}

interface Keyed<T> {
  keys: GroupKeys;
  fact: T;
  /** When it counts (a survey's sending, a review's making; epoch ms). */
  at: number;
}

/** Everything one read of the store gives for a span: any period within it is cut from it in memory. */
interface Read {
  cases: CaseFacts[];
  surveys: Keyed<SurveyFact>[];
  reviews: Keyed<ReviewFact>[];
  derivations: Keyed<DerivationFact>[];
  likes: Keyed<LikeFact>[];
  presence: { rows: Map<string, ReportPresenceRecord[]>; lastContact: Record<string, string> };
}

interface Loaded {
  cases: CaseFacts[];
  surveys: Keyed<SurveyFact>[];
  reviews: Keyed<ReviewFact>[];
  derivations: Keyed<DerivationFact>[];
  likes: Keyed<LikeFact>[];
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

async function read(reports: Reports, audience: Audience, span: Period): Promise<Read> {
  const [from, to] = [iso(span.from), iso(span.to)];
  const teamOf = (agent: string | null) => (agent === null ? null : (audience.teamOf.get(agent) ?? null));
  const [cases, surveys, reviews, derivations, likes, presence, scorecards] = await Promise.all([
    loadCases(reports, audience, span), reports.surveys(audience.agents, from, to), reports.reviews(audience.agents, from, to),
    reports.derivations(audience.agents, from, to), reports.likes(audience.agents, from, to), reports.presence(audience.agents, from, to),
    reports.setting(QA_SCORECARDS_SETTING),
  ]);
  const cards = scorecardFrom(scorecards).scorecard;
  return {
    cases,
    surveys: surveys.map((s) => ({
      keys: keysOf(s.case, teamOf(s.case.agent)),
      fact: { answered: s.answeredAt !== null, score: s.score, negative: s.negative },
      at: Date.parse(s.sentAt),
    })),
    reviews: reviews.map((r) => {
      const review = jsonColumn(WireQaReview, r.data, 'qa_reviews.data');
      const card = scorecardVersion(cards, review.scorecardId, review.scorecardVersion);
      return {
        keys: keysOf(r.case, teamOf(r.case.agent)),
        fact: { score: review.score, autoFailed: card ? score(card, review.answers, r.case.channel).autoFailed : false },
        at: Date.parse(r.createdAt),
      };
    }),
    // Keyed by the agent who derived it and the case's reason then, not by the case's now.
    derivations: derivations.map((d) => ({
      keys: keysOf({ ...d.case, agent: d.byAgent, reason: d.reason }, teamOf(d.byAgent)),
      fact: { caseId: d.case.id },
      at: Date.parse(d.createdAt),
    })),
    likes: likes.map((l) => ({ keys: likeKeys(l, teamOf(l.username)), fact: { caseId: l.case?.id ?? null }, at: Date.parse(l.at) })),
    presence: { rows: groupBy(presence.rows, (r) => r.username), lastContact: presence.lastContact },
  };
}

/** Keyed by the agent who liked; a message's like by its case's groups too, a post's (no case) only by its channel. */
function likeKeys(like: ReportLikeRecord, team: string | null): GroupKeys {
  if (like.case !== null) return keysOf({ ...like.case, agent: like.username }, team);
  return { channel: like.channel, agent: like.username, team: team ?? NONE, reason: NONE, product: NONE, typology: NONE, type: NONE };
}

/** A period's facts cut from a read of a span that holds it: the same as reading the period alone. */
function narrow(read: Read, audience: Audience, period: Period): Loaded {
  const within = (t: number) => t >= period.from && t < period.to;
  const until = Math.min(period.to, period.asOf);
  return {
    cases: read.cases.flatMap((c) => inPeriod(c, period) ?? []),
    surveys: read.surveys.filter((s) => within(s.at)),
    reviews: read.reviews.filter((r) => within(r.at)),
    derivations: read.derivations.filter((d) => within(d.at)),
    likes: read.likes.filter((l) => within(l.at)),
    presence: new Map(audience.agents.map((agent) => {
      const rows = (read.presence.rows.get(agent) ?? []).filter((r) => Date.parse(r.at) < period.to);
      return [agent, presenceIntervals(rows, read.presence.lastContact[agent] ?? null, iso(period.from), iso(until))];
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
    derivations: loaded.derivations.filter((d) => member(d.keys)).map((d) => d.fact),
    likes: loaded.likes.filter((l) => member(l.keys)).map((l) => l.fact),
    presence: presenceOf(loaded, audience, by, key),
  });
}

function periodOf(query: Pick<ReportQuery, 'from' | 'to'>, asOf: Date): Period {
  return { from: Date.parse(query.from), to: Date.parse(query.to), asOf: asOf.getTime() };
}

export async function operationReport(reports: Reports, audience: Audience, query: ReportQuery, asOf: Date): Promise<OperationReport> {
  const period = periodOf(query, asOf);
  return reportOf(narrow(await read(reports, audience, period), audience, period), audience, period, query.by);
}

function reportOf(loaded: Loaded, audience: Audience, period: Period, by: ReportGrouping | undefined): OperationReport {
  const report: OperationReport = {
    ...figures(loaded, audience),
    from: iso(period.from), to: iso(period.to), asOf: iso(period.asOf), agents: audience.agents,
    complaintsByWeek: complaintsByWeek(loaded.cases.map((c) => ({ openedAt: Date.parse(c.row.openedAt), complaint: c.row.reason === 'complaint' })),
      period.from, period.to),
  };
  if (by === undefined) return report;
  const keys = new Set([
    ...loaded.cases.map((c) => c.keys[by]), ...loaded.surveys.map((s) => s.keys[by]), ...loaded.reviews.map((r) => r.keys[by]),
    ...loaded.derivations.map((d) => d.keys[by]), ...loaded.likes.map((l) => l.keys[by]),
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

/**
 * The last 8 weeks by week (Monday to Monday, UTC; the current one included), the current month
 * and the one before: one read of the store for the span they cover, cut into each in memory.
 */
export async function reportSnapshots(reports: Reports, audience: Audience, asOf: Date): Promise<ReportSnapshots> {
  const monday = mondayOf(asOf.getTime());
  const year = asOf.getUTCFullYear();
  const month = asOf.getUTCMonth();
  const at = asOf.getTime();
  const weeks = [7, 6, 5, 4, 3, 2, 1, 0].map((back) => ({ from: monday - back * WEEK_MS, to: monday - (back - 1) * WEEK_MS, asOf: at }));
  const current = { from: Date.UTC(year, month, 1), to: Date.UTC(year, month + 1, 1), asOf: at };
  const previous = { from: Date.UTC(year, month - 1, 1), to: current.from, asOf: at };
  const periods = [...weeks, current, previous];
  const span = { from: Math.min(...periods.map((p) => p.from)), to: Math.max(...periods.map((p) => p.to)), asOf: at };
  const facts = await read(reports, audience, span);
  const report = (period: Period) => reportOf(narrow(facts, audience, period), audience, period, undefined);
  return { asOf: asOf.toISOString(), weeks: weeks.map(report), month: report(current), previousMonth: report(previous) };
}
