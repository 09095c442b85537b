// The QA report's figures worked out by hand, weeks cut in the organisation's zone, and the CSV.
import { describe, expect, it } from 'vitest';
import { reportCsv, toCsv } from './csv.ts';
import { qaReport, type ReviewFact } from './report.ts';

const fact = (reviewId: string, at: string, score: number, over: Partial<ReviewFact> = {}): ReviewFact => ({
  reviewId, agent: 'lucia', team: 'soporte', channel: 'whatsapp', seniority: '0-6m', reason: 'query', score, at, ...over,
});

// Monday 2 Nov 2026 to Monday 16 Nov 2026 in Buenos Aires (UTC−3): two weeks.
const PERIOD = { from: '2026-11-02T03:00:00.000Z', to: '2026-11-16T03:00:00.000Z' };
const BA = 'America/Argentina/Buenos_Aires';
const FACTS = [
  fact('r1', '2026-11-02T12:00:00Z', 80),
  fact('r2', '2026-11-04T12:00:00Z', 60, { agent: 'mateo', channel: 'email', seniority: '12m+' }),
  // Sunday 8 Nov at 23:30 in Buenos Aires, already Monday 9 Nov in UTC: still the first week there.
  fact('r3', '2026-11-09T02:30:00Z', 100, { reason: null }),
  fact('r4', '2026-11-10T15:00:00Z', 0, { agent: 'mateo', team: 'ventas', channel: 'email', seniority: '12m+', reason: 'complaint' }),
  fact('r5', '2026-11-12T15:00:00Z', 90),
  // Outside the period: before it, and at its (excluded) end.
  fact('r0', '2026-11-02T02:59:59Z', 10),
  fact('r6', '2026-11-16T03:00:00.000Z', 10),
];

describe('qaReport', () => {
  const report = qaReport(FACTS, PERIOD, BA);

  it('cuts the period into Monday weeks in the given zone', () => {
    expect(report.weeks).toEqual(['2026-11-02', '2026-11-09']);
    expect(qaReport(FACTS, PERIOD).weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('averages every review in the period, week by week', () => {
    expect(report.total).toEqual({
      key: 'all', reviews: 5, score: (80 + 60 + 100 + 0 + 90) / 5,
      weeks: [{ reviews: 3, score: 80 }, { reviews: 2, score: 45 }],
    });
  });

  it('groups by agent, most reviewed first', () => {
    expect(report.by.agent).toEqual([
      { key: 'lucia', reviews: 3, score: 90, weeks: [{ reviews: 2, score: 90 }, { reviews: 1, score: 90 }] },
      { key: 'mateo', reviews: 2, score: 30, weeks: [{ reviews: 1, score: 60 }, { reviews: 1, score: 0 }] },
    ]);
  });

  it('groups by team, channel, seniority band and reason, a missing one as none', () => {
    expect(report.by.team.map((r) => [r.key, r.reviews, r.score])).toEqual([['soporte', 4, 82.5], ['ventas', 1, 0]]);
    expect(report.by.channel.map((r) => [r.key, r.score])).toEqual([['whatsapp', 90], ['email', 30]]);
    expect(report.by.seniority.map((r) => [r.key, r.score])).toEqual([['0-6m', 90], ['12m+', 30]]);
    expect(report.by.reason.map((r) => [r.key, r.reviews])).toEqual([['query', 3], ['complaint', 1], ['none', 1]]);
  });

  it('shows a week without reviews as empty, not as 0', () => {
    const sparse = qaReport([fact('r1', '2026-11-02T12:00:00Z', 70)], PERIOD, BA);
    expect(sparse.by.agent[0]?.weeks).toEqual([{ reviews: 1, score: 70 }, { reviews: 0, score: null }]);
  });

  it('reports nothing, with its weeks, when no review fell in the period', () => {
    const empty = qaReport([], PERIOD, BA);
    expect(empty.total).toMatchObject({ reviews: 0, score: null });
    expect(empty.by.agent).toEqual([]);
    expect(empty.weeks).toHaveLength(2);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => qaReport([], { from: PERIOD.to, to: PERIOD.from })).toThrow(/ends after it starts/);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, with CRLF lines', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 3, null]])).toBe('"a,b","say ""hi""","two\nlines",3,\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', 'ok', -2]])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),'\tx,ok,-2\r\n`);
  });

  it('writes one dimension of the report: total first, then each value, week by week to one decimal', () => {
    const report = qaReport(FACTS, PERIOD, BA);
    expect(reportCsv(report, 'agent', { value: 'Agente', reviews: 'Evaluaciones', score: 'Cumplimiento' })).toBe([
      'Agente,Evaluaciones,Cumplimiento,2026-11-02,2026-11-09',
      'all,5,66,80,45',
      'lucia,3,90,90,90',
      'mateo,2,30,60,0',
      '',
    ].join('\r\n'));
    const thirds = qaReport([fact('a', '2026-11-02T12:00:00Z', 100), fact('b', '2026-11-02T13:00:00Z', 100), fact('c', '2026-11-02T14:00:00Z', 0, { agent: '=cmd' })], PERIOD, BA);
    expect(reportCsv(thirds, 'agent', { value: 'v', reviews: 'r', score: 's' }).split('\r\n')[1]).toBe('all,3,66.7,66.7,');
    expect(reportCsv(thirds, 'agent', { value: 'v', reviews: 'r', score: 's' })).toContain("\r\n'=cmd,1,0,0,\r\n");
  });
});
