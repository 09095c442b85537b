// QA reviews against the real sandbox over loopback: a supervisor's review queued offline and
// applied exactly once (a resent push included), reaching the reviewed agent and no one else;
// each refusal undone on screen with its reason; disputes amended with every version kept; and
// a calibration kept blind until each reviewer has submitted.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { insertPack } from '../../../tests/fixtures/qa-pack.ts';
import { DEFAULT_SCORECARD } from '../../shared/qa/default-scorecard.ts';
import { openProfile, withTwoAgents, type TestProfile } from '../../../tests/fixtures/services.ts';
import type { Answers } from '../../shared/qa/scorecard.ts';
import { cursorEpoch } from '../../protocol/sync.ts';
import { CommandError } from '../commands/errors.ts';
import { QA_COMMENT_MAX } from '../../shared/qa/review.ts';
import { reopenProfile } from '../../../tests/fixtures/services.ts';

const world = withTwoAgents();
const opened: TestProfile[] = [];
afterEach(() => opened.splice(0).forEach((p) => p.services.close()));

async function supervisor(username = 'sofia'): Promise<TestProfile> {
  const profile = await openProfile(world.sandbox, `${world.dir.path}/${username}`, username);
  opened.push(profile);
  return profile;
}

// The default scorecard on a private channel (canal-privado and datos-publicos do not apply there).
const ANSWERS: Answers = {
  'tono-transparente': 3, 'tono-humilde': 3, historial: 'yes', 'nivel-servicio': 'yes', clasificacion: 'yes', firma: 'yes',
  plantillas: 'na', 'un-contacto': 'yes', sorprender: 'no',
};
/** 100·(2·1 + 3·0.5 + 2 + 2 + 2 + 1) over the standard weight answered (12), plus the bonus: 100·1 over that same weight. */
const SCORE = (100 * 10.5) / 12 + 100 / 12;

const serverReviews = () => world.sandbox.server.db.prepare('SELECT id, reviewer, agent, data FROM qa_reviews ORDER BY created_at').all() as
  { id: string; reviewer: string; agent: string; data: string }[];
const code = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error instanceof CommandError ? error.code : String(error);
  }
  return 'accepted';
};

describe('QA reviews', () => {
  it('are queued offline, applied once though the answer was lost, scored by the server and seen by the agent only', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const comment = { id: randomUUID(), messageId: sofia.services.store.messages.thread('case-003')[0]!.id, criterionId: 'tono-humilde', text: 'Saludo frío' };
    sofia.services.store.qaReviews.saveDraft(packId, 'case-003', { answers: { 'tono-humilde': 2 }, comments: [], updatedAt: 'now' });

    await world.sandbox.goOffline();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [comment] }, 'supervisor');
    expect(sofia.services.store.qaReviews.draft(packId, 'case-003')).toBeNull();
    expect(sofia.services.store.qaReviews.ofCase(packId, 'case-003', 'sofia')).toMatchObject({ id: reviewId, pending: true, score: SCORE });
    expect(sofia.services.store.qaReviews.progress('sofia')).toEqual([{ packId, reviewed: 0, queued: 1 }]);
    expect(code(() => sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor'))).toBe('already_reviewed');

    await expect(sofia.services.syncOnce()).rejects.toThrow();

    await world.sandbox.restart();
    await world.sandbox.fault({ route: 'push', dropAfterApply: true }); // the answer is lost: the console sends it again
    await sofia.services.syncOnce();
    await sofia.services.syncOnce();
    const stored = serverReviews();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: reviewId, reviewer: 'sofia', agent: 'lucia' });
    expect(JSON.parse(stored[0]!.data)).toMatchObject({ score: SCORE, answers: ANSWERS, comments: [comment], state: 'submitted', versions: [{ version: 1, score: SCORE }] });
    expect(sofia.services.store.qaReviews.progress('sofia')).toEqual([{ packId, reviewed: 1, queued: 0 }]);

    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();
    expect(world.lucia.services.store.qaReviews.ofAgent('lucia')).toEqual([expect.objectContaining({ id: reviewId, score: SCORE, pending: false })]);
    expect(world.mateo.services.store.qaReviews.ofAgent('lucia')).toEqual([]);
  });

  it('refused by the server leave the screen at once with their reason, and the answers come back as the draft', async () => {
    const notReviewer = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    world.sandbox.server.db.prepare("DELETE FROM qa_pack_reviewers WHERE pack_id = ?").run(notReviewer);
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-009'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    // Publish a newer scorecard on the server that sofia's console has not pulled: v1 is unknown there.
    const v2 = { inForce: { ...DEFAULT_SCORECARD, id: 'otra', version: 2, name: 'Otra' }, previous: [] };
    const submit = (pack: string, caseId: string) => sofia.services.commands.submitReview({ packId: pack, caseId, answers: ANSWERS, comments: [] }, 'supervisor');
    const outside = submit(packId, 'case-003'); // in the cache through the other pack, not in this one
    const notMine = submit(notReviewer, 'case-003');
    await sofia.services.syncOnce();
    world.sandbox.server.db.prepare("UPDATE settings SET value = ?, version = 10000 WHERE id = 'qa_scorecards'").run(JSON.stringify(v2));
    const unknown = submit(packId, 'case-009');
    await sofia.services.syncOnce();

    const refused = sofia.services.store.outbox.list().filter((m) => m.name === 'submit_review').map((m) => [m.id, m.status, m.reason]);
    expect(refused).toEqual([
      [outside.mutationId, 'rejected', 'case_not_in_pack'], [notMine.mutationId, 'rejected', 'not_pack_reviewer'], [unknown.mutationId, 'rejected', 'unknown_scorecard'],
    ]);
    expect(serverReviews()).toEqual([]);
    for (const [pack, caseId] of [[packId, 'case-003'], [notReviewer, 'case-003'], [packId, 'case-009']] as const) {
      expect(sofia.services.store.qaReviews.ofCase(pack, caseId, 'sofia')).toBeNull();
      expect(sofia.services.store.qaReviews.draft(pack, caseId)).toMatchObject({ answers: ANSWERS });
    }
  });

  it('are acknowledged or disputed by their agent only; an amendment rescored keeps every version', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003', 'case-009'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    const other = sofia.services.commands.submitReview({ packId, caseId: 'case-009', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    await world.lucia.services.syncOnce();

    expect(code(() => world.mateo.services.commands.acknowledgeReview(reviewId))).toBe('review_not_found');
    world.lucia.services.commands.acknowledgeReview(other.reviewId);
    const { disputeId } = world.lucia.services.commands.disputeReview(reviewId, 'tono-humilde', 'Fui amable y pedí disculpas');
    expect(world.lucia.services.store.qaReviews.get(reviewId)).toMatchObject({ state: 'disputed', disputes: [{ id: disputeId, resolution: null }] });
    await world.lucia.services.syncOnce();
    await sofia.services.syncOnce();
    expect(sofia.services.store.qaReviews.toResolve('sofia')).toEqual([expect.objectContaining({ id: reviewId })]);

    sofia.services.commands.resolveDispute({ reviewId, disputeId, decision: 'amend', answer: 5, note: 'Tenés razón' });
    await sofia.services.syncOnce();
    await world.lucia.services.syncOnce();
    const seen = world.lucia.services.store.qaReviews.get(reviewId)!;
    expect(seen.state).toBe('resolved');
    expect(seen.versions.map((v) => [v.version, v.answers['tono-humilde'], v.score, v.note])).toEqual([[1, 3, SCORE, null], [2, 5, 100, 'Tenés razón']]);
    expect(world.lucia.services.store.qaReviews.get(other.reviewId)).toMatchObject({ state: 'acknowledged', pending: false });

    // A second resolution of the same dispute is refused by the server and undone at once.
    const again = sofia.services.commands.resolveDispute({ reviewId, disputeId, decision: 'uphold', note: 'Otra vez' });
    await sofia.services.syncOnce();
    expect(sofia.services.store.outbox.find(again.mutationId)).toMatchObject({ status: 'conflict', reason: 'already_resolved' });
    expect(sofia.services.store.qaReviews.get(reviewId)?.versions).toHaveLength(2);
  });

  it('that the server may not have (a sequence gap) come back as the draft, to check and send again, stored once', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003', 'case-009'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    sofia.services.commands.submitReview({ packId, caseId: 'case-009', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    // The server is restored from a backup taken before that push: it expects this console's first seq again.
    world.sandbox.server.db.prepare('UPDATE clients SET last_seq = 0 WHERE client_id = ?').run(sofia.services.engine.clientId);

    const comment = { id: randomUUID(), messageId: null, criterionId: null, text: 'Buen cierre' };
    const lost = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [comment] }, 'supervisor');
    await sofia.services.syncOnce();
    expect(sofia.services.store.outbox.find(lost.mutationId)).toMatchObject({ status: 'conflict', reason: 'sequence_gap' });
    expect(sofia.services.store.qaReviews.ofCase(packId, 'case-003', 'sofia')).toBeNull();
    expect(sofia.services.store.qaReviews.draft(packId, 'case-003')).toMatchObject({ answers: ANSWERS, comments: [comment] });

    const again = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [comment] }, 'supervisor');
    await sofia.services.syncOnce();
    expect(sofia.services.store.outbox.find(again.mutationId)).toMatchObject({ status: 'applied' });
    expect(serverReviews().filter((r) => r.id === again.reviewId || r.id === lost.reviewId).map((r) => r.id)).toEqual([again.reviewId]);
    expect(sofia.services.store.qaReviews.ofCase(packId, 'case-003', 'sofia')).toMatchObject({ id: again.reviewId, pending: false });
  });

  it('keep syncing after an amendment with the longest note, and refuse a change the wire could not carry', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    await world.lucia.services.syncOnce();
    const { disputeId } = world.lucia.services.commands.disputeReview(reviewId, 'tono-humilde', 'Fui amable');
    await world.lucia.services.syncOnce();
    await sofia.services.syncOnce();

    const note = 'n'.repeat(QA_COMMENT_MAX);
    sofia.services.commands.resolveDispute({ reviewId, disputeId, decision: 'amend', answer: 5, note });
    await sofia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.qaReviews.get(reviewId)?.versions.at(-1)).toMatchObject({ version: 2, note });

    // A review already holding as many disputes as the wire carries: one more is refused, and the review still syncs.
    const stored = JSON.parse(serverReviews()[0]!.data) as { disputes: unknown[] };
    const filler = { criterionId: 'firma', reason: 'r', by: 'lucia', at: new Date().toISOString(), resolution: null };
    stored.disputes = Array.from({ length: 100 }, () => ({ ...filler, id: randomUUID() }));
    world.sandbox.server.db.prepare('UPDATE qa_reviews SET data = ? WHERE id = ?').run(JSON.stringify(stored), reviewId);
    expect(await pushAs('lucia', 'dispute_review', { disputeId: randomUUID(), reviewId, criterionId: 'historial', reason: 'Otra' })).toEqual(['rejected', 'review_too_large']);
    await world.lucia.services.syncOnce();
  });

  it('with a dispute are resolved by a supervisor of the agent’s team too, seen in their list and accepted by the server', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await supervisor();
    const valeria = await supervisor('valeria'); // supervises soporte, lucia's team; not in the pack
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    await world.lucia.services.syncOnce();
    const { disputeId } = world.lucia.services.commands.disputeReview(reviewId, 'tono-humilde', 'Fui amable');
    await world.lucia.services.syncOnce();
    await valeria.services.syncOnce();
    await world.mateo.services.syncOnce();

    expect(valeria.services.store.qaReviews.toResolve('valeria').map((r) => r.id)).toEqual([reviewId]);
    expect(code(() => world.lucia.services.commands.resolveDispute({ reviewId, disputeId, decision: 'uphold', note: 'yo' }))).toBe('not_reviewer');
    const decided = valeria.services.commands.resolveDispute({ reviewId, disputeId, decision: 'amend', answer: 5, note: 'Revisado por la supervisora' });
    await valeria.services.syncOnce();
    expect(valeria.services.store.outbox.find(decided.mutationId)).toMatchObject({ status: 'applied' });
    await sofia.services.syncOnce();
    expect(sofia.services.store.qaReviews.get(reviewId)).toMatchObject({ state: 'resolved', versions: [{ version: 1 }, { version: 2, by: 'valeria' }] });
  });

  it('in a calibration stay blind to each reviewer until they have submitted their own', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'], calibration: ['valeria'] });
    const sofia = await supervisor();
    const valeria = await supervisor('valeria');
    await sofia.services.syncOnce();
    await valeria.services.syncOnce();

    const mine = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    await valeria.services.syncOnce();
    expect(valeria.services.store.qaReviews.get(mine.reviewId)).toBeNull();

    const theirs = valeria.services.commands.submitReview({ packId, caseId: 'case-003', answers: { ...ANSWERS, 'tono-humilde': 5 }, comments: [] }, 'supervisor');
    await valeria.services.syncOnce();
    await valeria.services.syncOnce();
    await sofia.services.syncOnce();
    expect(valeria.services.store.qaReviews.get(mine.reviewId)).toMatchObject({ reviewer: 'sofia' });
    expect(sofia.services.store.qaReviews.get(theirs.reviewId)).toMatchObject({ reviewer: 'valeria', answers: { 'tono-humilde': 5 } });
  });
});

/** A bearer header of a fresh session of `username`. */
async function signedIn(username: string): Promise<Record<string, string>> {
  const login = await fetch(`${world.sandbox.url}/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'sandbox', deviceId: `qa-${username}` }),
  });
  return { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
}

/** Pushes one mutation as `username` from a new console; answers its status and reason. */
async function pushAs(username: string, name: string, args: unknown): Promise<[string, string | undefined]> {
  const headers = { ...(await signedIn(username)), 'content-type': 'application/json' };
  const pull = await fetch(`${world.sandbox.url}/v1/sync/pull`, { method: 'POST', headers, body: JSON.stringify({ cursor: null, limit: 1 }) });
  const epoch = cursorEpoch(((await pull.json()) as { cursor: string }).cursor);
  const res = await fetch(`${world.sandbox.url}/v1/sync/push`, {
    method: 'POST', headers, body: JSON.stringify({ clientId: randomUUID(), epoch, mutations: [{ seq: 1, id: randomUUID(), name, args, baseVersion: null }] }),
  });
  const [result] = ((await res.json()) as { results: { status: string; reason?: string }[] }).results;
  return [result!.status, result!.reason];
}

describe('who may act on a review, as the server checks it', () => {
  it('refuses another agent, a supervisor outside the pack and the agent resolving their own dispute; keeps a draft across a restart', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003', 'case-009'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    const disputeId = randomUUID();
    const review = { packId, caseId: 'case-009', scorecardId: 'calidad', scorecardVersion: 1, answers: ANSWERS, comments: [] };

    expect(await pushAs('mateo', 'acknowledge_review', { reviewId })).toEqual(['rejected', 'not_reviewed_agent']);
    expect(await pushAs('sofia', 'dispute_review', { disputeId, reviewId, criterionId: 'tono-humilde', reason: 'no' })).toEqual(['rejected', 'not_reviewed_agent']);
    expect(await pushAs('valeria', 'submit_review', { ...review, reviewId: randomUUID() })).toEqual(['rejected', 'not_pack_reviewer']);
    expect(await pushAs('lucia', 'submit_review', { ...review, reviewId: randomUUID() })).toEqual(['rejected', 'not_supervisor']);
    expect(await pushAs('lucia', 'dispute_review', { disputeId, reviewId, criterionId: 'nope', reason: 'no' })).toEqual(['rejected', 'unknown_criterion']);
    expect(await pushAs('lucia', 'dispute_review', { disputeId, reviewId, criterionId: 'tono-humilde', reason: 'Fui amable' })).toEqual(['applied', undefined]);
    expect(await pushAs('lucia', 'acknowledge_review', { reviewId })).toEqual(['conflict', 'review_disputed']);
    expect(await pushAs('lucia', 'resolve_dispute', { disputeId, reviewId, decision: 'uphold', note: 'yo' })).toEqual(['rejected', 'not_reviewer']);
    // A supervisor outside the pack who does not supervise lucia's team.
    world.sandbox.server.db.prepare(`UPDATE users SET supervises = '["ventas"]' WHERE username = 'valeria'`).run();
    expect(await pushAs('valeria', 'resolve_dispute', { disputeId, reviewId, decision: 'uphold', note: 'yo' })).toEqual(['rejected', 'not_reviewer']);
    expect(await pushAs('sofia', 'resolve_dispute', { disputeId, reviewId, decision: 'amend', answer: 7, note: 'x' })).toEqual(['rejected', 'invalid_args']);
    expect(await pushAs('sofia', 'resolve_dispute', { disputeId, reviewId, decision: 'amend', answer: 'yes', note: 'x' })).toEqual(['rejected', 'invalid_answers']);
    expect(await pushAs('sofia', 'submit_review', { ...review, reviewId: randomUUID(), answers: { ...ANSWERS, 'nivel-servicio': 'na' } })).toEqual(['rejected', 'invalid_answers']);

    const typing = { messageId: sofia.services.store.messages.thread('case-009')[0]!.id, text: 'Sin saludo' };
    sofia.services.store.qaReviews.saveDraft(packId, 'case-009', { answers: { 'tono-humilde': 2 }, comments: [], pendingComment: typing, updatedAt: 'now' });
    sofia.services.close();
    opened.splice(opened.indexOf(sofia), 1);
    const again = await reopenProfile(`${world.dir.path}/sofia`);
    opened.push(again);
    expect(again.services.store.qaReviews.draft(packId, 'case-009')).toMatchObject({ answers: { 'tono-humilde': 2 }, pendingComment: typing });
  });
});

describe('a dispute', () => {
  it('is resolved by a supervisor of the agent’s team though she neither reviewed nor drew the pack', async () => {
    const team = world.sandbox.server.db.prepare<[], { team: string }>("SELECT team FROM users WHERE username = 'lucia'").get()!.team;
    world.sandbox.server.db.prepare('UPDATE users SET supervises = ? WHERE username = ?').run(JSON.stringify([team]), 'valeria');
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    const disputeId = randomUUID();
    expect(await pushAs('lucia', 'dispute_review', { disputeId, reviewId, criterionId: 'tono-humilde', reason: 'Fui amable' })).toEqual(['applied', undefined]);
    expect(await pushAs('valeria', 'resolve_dispute', { disputeId, reviewId, decision: 'amend', answer: 5, note: 'Tiene razón' })).toEqual(['applied', undefined]);
    const stored = world.sandbox.server.db.prepare<[string], { data: string }>('SELECT data FROM qa_reviews WHERE id = ?').get(reviewId)!;
    expect(JSON.parse(stored.data)).toMatchObject({
      state: 'resolved', answers: { 'tono-humilde': 5 },
      disputes: [{ id: disputeId, resolution: { decision: 'amend', answer: 5, by: 'valeria' } }],
      versions: [{ version: 1, answers: { 'tono-humilde': 3 } }, { version: 2, answers: { 'tono-humilde': 5 }, by: 'valeria', note: 'Tiene razón' }],
    });
  });
});

describe('GET /v1/qa/reviews', () => {
  const get = async (username: string | null, query: string) => {
    const headers: Record<string, string> = username ? await signedIn(username) : {};
    const res = await fetch(`${world.sandbox.url}/v1/qa/reviews${query}`, { headers });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('answers a pack’s reviewers with the reviews as stored, and refuses agents, other supervisors and a missing pack', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003'] });
    const sofia = await supervisor();
    await sofia.services.syncOnce();
    const { reviewId } = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    const stored = JSON.parse(serverReviews()[0]!.data) as { createdAt: string };

    expect(await get('sofia', `?packId=${packId}`)).toEqual({
      status: 200,
      body: { reviews: [{ id: reviewId, packId, caseId: 'case-003', reviewer: 'sofia', score: SCORE, answers: ANSWERS, createdAt: stored.createdAt }] },
    });
    expect(await get('lucia', `?packId=${packId}`)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await get('valeria', `?packId=${packId}`)).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await get('sofia', '')).toMatchObject({ status: 400, body: { error: 'invalid_query' } });
    expect(await get('sofia', '?packId=nope')).toMatchObject({ status: 404, body: { error: 'pack_not_found' } });
    expect(await get(null, `?packId=${packId}`)).toMatchObject({ status: 401 });
  });

  it('keeps a calibration blind: a reviewer reads another’s review of a case only once they have submitted their own', async () => {
    const packId = insertPack(world.sandbox.server.db, { createdBy: 'sofia', caseIds: ['case-003', 'case-009'], calibration: ['valeria'] });
    const sofia = await supervisor();
    const valeria = await supervisor('valeria');
    await sofia.services.syncOnce();
    await valeria.services.syncOnce();
    const first = sofia.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    const second = sofia.services.commands.submitReview({ packId, caseId: 'case-009', answers: ANSWERS, comments: [] }, 'supervisor');
    await sofia.services.syncOnce();
    const ids = async (username: string) => ((await get(username, `?packId=${packId}`)).body.reviews as { id: string }[]).map((r) => r.id).sort();

    expect(await ids('valeria')).toEqual([]);
    expect(await ids('sofia')).toEqual([first.reviewId, second.reviewId].sort());

    const hers = valeria.services.commands.submitReview({ packId, caseId: 'case-003', answers: ANSWERS, comments: [] }, 'supervisor');
    await valeria.services.syncOnce();
    expect(await ids('valeria')).toEqual([first.reviewId, hers.reviewId].sort());
    expect(await ids('sofia')).toEqual([first.reviewId, second.reviewId, hers.reviewId].sort());
  });
});
