// The QA report through the contract, against the sandbox: reviews submitted with the real
// commands and synced back, each counted once with the score of its version in force, by agent,
// team, channel, seniority band and reason; agents are refused, and so is a period backwards.
import { describe, expect, it } from 'vitest';
import type { QaReport } from '../../shared/qa/report.ts';
import type { QaReviewCase, ReviewWithContext } from '../../shared/qa/review-operations.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import { insertPack } from '../../../tests/fixtures/qa-pack.ts';

const world = useContractSandbox();

const ALL_YES = {
  'tono-transparente': 3, 'tono-humilde': 5, historial: 'yes', 'nivel-servicio': 'yes', clasificacion: 'yes', firma: 'yes',
  plantillas: 'na', 'un-contacto': 'yes', sorprender: 'no',
};
const PERIOD = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

describe('the QA report', () => {
  it('counts each review once with the score of its version in force, by agent, team, channel, band and reason', async () => {
    const cases = ['case-003', 'case-004'];
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: cases });
    const sofia = await world.consoleOf('sofia');
    const empty = await sofia.call<QaReport>('qaReport', PERIOD);
    expect(empty.total).toMatchObject({ reviews: 0, score: null });

    const ids: string[] = [];
    for (const caseId of cases) {
      ids.push((await sofia.call<{ reviewId: string }>('submitReview', { packId, caseId, answers: ALL_YES, comments: [] })).reviewId);
    }
    await sofia.sync();
    const screens = await Promise.all(cases.map((caseId) => sofia.call<QaReviewCase>('qaReviewCase', { packId, caseId })));
    const agent = screens[0]!.review!.agent;

    // The agent disputes a criterion and the reviewer amends it: the report takes the new score.
    const them = await world.consoleOf(agent);
    await them.call('disputeReview', { reviewId: ids[0], criterionId: 'historial', reason: 'Lo revisé' });
    await them.sync();
    await sofia.sync();
    const [disputed] = await sofia.call<ReviewWithContext[]>('reviewsToResolve', {});
    await sofia.call('resolveDispute', {
      reviewId: ids[0], disputeId: disputed!.review.disputes[0]!.id, decision: 'amend', answer: 'no', note: 'No figura en la nota',
    });
    await sofia.sync();
    const amended = (await sofia.call<QaReviewCase>('qaReviewCase', { packId, caseId: cases[0] })).review!;
    expect(amended.versions).toHaveLength(2);
    const scores = [amended.versions.at(-1)!.score, screens[1]!.review!.score];
    expect(scores[0]).toBeLessThan(100);
    expect(scores[1]).toBe(100);

    const report = await sofia.call<QaReport>('qaReport', PERIOD);
    const mean = (scores[0]! + scores[1]!) / 2;
    expect(report.timeZone).toBe('America/Argentina/Buenos_Aires');
    expect(report.total).toMatchObject({ reviews: 2, score: mean });
    const byAgent = Object.fromEntries(report.by.agent.map((r) => [r.key, r.reviews]));
    expect(byAgent).toEqual(Object.fromEntries(screens.reduce((m, s) => m.set(s.review!.agent, (m.get(s.review!.agent) ?? 0) + 1), new Map<string, number>())));
    const channels = new Set(screens.map((s) => s.detail!.case.channel));
    expect(report.by.channel.map((r) => r.key).sort()).toEqual([...channels].sort());
    expect(report.by.team.map((r) => r.key)).not.toContain('none');
    expect(report.by.seniority.reduce((n, r) => n + r.reviews, 0)).toBe(2);

    // A period that holds none of them, a backwards one, and an agent asking.
    expect((await sofia.call<QaReport>('qaReport', { from: '2000-01-01T00:00:00Z', to: '2000-02-01T00:00:00Z' })).total.reviews).toBe(0);
    await expect(sofia.call('qaReport', { from: PERIOD.to, to: PERIOD.from })).rejects.toMatchObject({ code: 'invalid_period' });
    await expect(sofia.call('qaReport', { from: 'yesterday', to: PERIOD.to })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(them.call('qaReport', PERIOD)).rejects.toMatchObject({ code: 'not_supervisor' });
  });
});
