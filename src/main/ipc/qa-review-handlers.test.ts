// The review screen's operations through the contract, against the sandbox: the case as the
// screen shows it (thread, scorecard, draft, queue state), the draft saved as typed, submitting
// ("por enviar", then submitted), an agent's reviews with comments on their messages, a
// dispute reaching the reviewer's list, and what the contract refuses.
import { describe, expect, it } from 'vitest';
import type { QaReviewCase, ReviewWithContext } from '../../shared/qa/review-operations.ts';
import type { QaReviewCounts } from '../../shared/qa/review.ts';
import { useContractSandbox } from '../../../tests/fixtures/contract-console.ts';
import { insertPack } from '../../../tests/fixtures/qa-pack.ts';

const world = useContractSandbox();

const ANSWERS = {
  'tono-transparente': 3, 'tono-humilde': 5, historial: 'yes', 'nivel-servicio': 'yes', clasificacion: 'yes', firma: 'yes',
  plantillas: 'na', 'un-contacto': 'yes', sorprender: 'no',
};

describe('the review screen’s operations', () => {
  it('show the case with its draft, submit it as "por enviar", and bring the review to its agent with comments on their messages', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await world.consoleOf('sofia');
    const screen = () => sofia.call<QaReviewCase>('qaReviewCase', { packId, caseId: 'case-003' });
    const first = await screen();
    expect(first).toMatchObject({ queue: 'none', draft: null, review: null, scorecard: { id: 'calidad', version: 1 }, detail: { case: { number: 1003 } } });
    const reply = first.detail!.messages.find((m) => m.kind === 'reply')!;

    const comment = { id: crypto.randomUUID(), messageId: reply.id, criterionId: null, text: 'Firmó con su nombre' };
    await sofia.call('saveReviewDraft', { packId, caseId: 'case-003', answers: { 'tono-humilde': 4 }, comments: [comment] });
    expect(await screen()).toMatchObject({ queue: 'draft', draft: { answers: { 'tono-humilde': 4 }, comments: [comment] } });
    // The comment being typed is kept with the draft, with the message it is anchored to.
    const typing = { messageId: reply.id, text: 'Tardó en resp' };
    await sofia.call('saveReviewDraft', { packId, caseId: 'case-003', answers: { 'tono-humilde': 4 }, comments: [comment], pendingComment: typing });
    expect(await screen()).toMatchObject({ draft: { comments: [comment], pendingComment: typing } });
    await expect(sofia.call('submitReview', { packId, caseId: 'case-003', answers: { 'tono-humilde': 4 }, comments: [comment] })).rejects.toMatchObject({ code: 'invalid_answers' });
    await expect(sofia.call('saveReviewDraft', { packId, caseId: 'case-003', answers: { 'tono-humilde': 'maybe' }, comments: [] })).rejects.toMatchObject({ code: 'invalid_input' });

    const { reviewId } = await sofia.call<{ reviewId: string }>('submitReview', { packId, caseId: 'case-003', answers: ANSWERS, comments: [comment] });
    expect(await screen()).toMatchObject({ queue: 'queued', draft: null, review: { id: reviewId, pending: true } });
    expect(await sofia.call<QaReviewCounts[]>('qaPackProgress', {})).toEqual([{ packId, reviewed: 0, queued: 1 }]);
    await sofia.sync();
    expect(await screen()).toMatchObject({ queue: 'submitted', review: { id: reviewId, pending: false, score: 100 } });

    const lucia = await world.consoleOf('lucia');
    await expect(lucia.call('submitReview', { packId, caseId: 'case-003', answers: ANSWERS, comments: [] })).rejects.toMatchObject({ code: 'not_supervisor' });
    const [mine] = await lucia.call<ReviewWithContext[]>('myReviews', {});
    expect(mine).toMatchObject({ review: { id: reviewId, comments: [comment] }, caseNumber: 1003, anchors: { [reply.id]: { text: reply.text } } });
    await lucia.call('disputeReview', { reviewId, criterionId: 'tono-humilde', reason: 'Pedí disculpas' });
    await lucia.sync();
    await sofia.sync();
    expect((await sofia.call<ReviewWithContext[]>('reviewsToResolve', {})).map((r) => r.review.id)).toEqual([reviewId]);
  });
});
