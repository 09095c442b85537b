// QA packs against the real sandbox over loopback: the supervisor's preview and confirm agree,
// the pack with its cases, whole threads, customers and history reaches her cache and stays
// there when a case is reassigned, read-only and out of her inbox; another supervisor receives
// it only through a calibration session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QA_PERIOD, qaScenario, seedResolvedCases, type SeededCase } from '../../../tests/fixtures/qa.ts';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { openProfile, type TestProfile } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';
import { appliesTo, criteriaOf, type Answers } from '../../shared/qa/scorecard.ts';
import { calibrationSources, confirmDraw, openCalibration, packSummaries, previewDraw } from '../qa/packs.ts';
import { scorecards } from '../qa/scorecards.ts';
import { protectedCaseIds } from '../retention/protected.ts';

let sandbox: RunningSandbox;
let dir: { path: string; remove: () => void };
let sofia: TestProfile;
let valeria: TestProfile;
let seeded: SeededCase[];

beforeEach(async () => {
  sandbox = await startSandbox({ scenario: qaScenario() });
  seeded = seedResolvedCases(sandbox.server, [
    ...Array.from({ length: 6 }, (_, i) => ({ agent: 'lucia', channel: i % 2 === 0 ? 'email' : 'whatsapp' })),
    ...Array.from({ length: 4 }, () => ({ agent: 'mateo', channel: 'webchat' })),
  ]);
  dir = tempDir();
  sofia = await openProfile(sandbox, `${dir.path}/sofia`, 'sofia');
  valeria = await openProfile(sandbox, `${dir.path}/valeria`, 'valeria');
  await sofia.services.syncOnce();
  await valeria.services.syncOnce();
});
afterEach(async () => {
  sofia.services.close();
  valeria.services.close();
  await sandbox.stop();
  dir.remove();
});

const request = { ...QA_PERIOD, agents: ['lucia', 'mateo'], perAgent: 3, by: ['channel' as const] };

/** Every criterion of the scorecard in force that applies to the case's channel, answered high or low. */
function answersFor(profile: TestProfile, caseId: string, high: boolean): Answers {
  const { store } = profile.services;
  const channel = store.cases.get(caseId)!.channel;
  const answers: Answers = {};
  for (const c of criteriaOf(scorecards(store).inForce).filter((x) => appliesTo(x, channel))) {
    answers[c.id] = c.scale === 'yesno' ? (high || c.kind === 'autofail' ? 'yes' : 'no') : high ? (c.scale === '1-3' ? 3 : 5) : 1;
  }
  return answers;
}
const review = (profile: TestProfile, packId: string, caseId: string, high: boolean) =>
  profile.services.commands.submitReview({ packId, caseId, answers: answersFor(profile, caseId, high), comments: [] }, 'supervisor');

describe('a QA pack on the supervisor’s console', () => {
  it('is the preview’s sample, synced down with each case’s whole thread, customer and history', async () => {
    const preview = await previewDraw(sofia.services, request);
    expect(sofia.services.store.qaPacks.list()).toEqual([]);
    const drawn = await confirmDraw(sofia.services, { ...request, seed: preview.seed });
    expect({ ...drawn, packId: null }).toEqual(preview);
    expect(drawn.total).toBe(6);

    const { store } = sofia.services;
    const pack = store.qaPacks.get(drawn.packId!);
    expect(pack).toMatchObject({ createdBy: 'sofia', seed: preview.seed, perAgent: 3, by: ['channel'], calibration: null, strata: preview.strata });
    expect(pack!.cases.map((c) => c.caseId)).toEqual(preview.cases.map((c) => c.caseId));
    for (const c of pack!.cases) {
      // Customer wrote at t, auto-reply at t+1 min, the agent at t+30, resolved at t+90 (tests/fixtures/qa.ts).
      expect(c).toMatchObject({ firstResponseSeconds: 1800, handleSeconds: 5400, messages: 3, seniority: '12m+', reason: 'query', resolution: 'favour' });
      expect(store.messages.thread(c.caseId).map((m) => m.kind)).toEqual(['customer', 'auto_reply', 'reply']);
      const customerId = store.cases.get(c.caseId)!.customerId;
      const profile = store.customers.profile(customerId);
      expect(profile?.identities.length).toBeGreaterThan(0);
      const serverCases = sandbox.server.db.prepare<[string], { id: string }>('SELECT id FROM cases WHERE customer_id = ?').all(customerId);
      for (const { id } of serverCases) expect(store.cases.get(id), `history ${id}`).toBeDefined();
    }
    expect(packSummaries(store, 'sofia')).toEqual([expect.objectContaining({
      id: drawn.packId, seed: preview.seed, progress: { total: 6, reviewed: 0, queued: 0, done: false },
    })]);
    // Kept whole by retention, however old.
    const kept = protectedCaseIds(store, 'sofia');
    for (const c of pack!.cases) expect(kept.has(c.caseId)).toBe(true);
    // Valeria was not given it.
    await valeria.services.syncOnce();
    expect(valeria.services.store.qaPacks.list()).toEqual([]);
    expect(valeria.services.store.cases.get(pack!.cases[0]!.caseId)).toBeUndefined();
  });

  it('keeps a case that is reassigned afterwards, read-only and out of her inbox', async () => {
    const drawn = await confirmDraw(sofia.services, { ...request, seed: 'reasignar' });
    const { store, commands } = sofia.services;
    const caseId = drawn.cases[0]!.caseId;
    const thread = store.messages.thread(caseId);
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId, to: drawn.cases[0]!.agent === 'lucia' ? 'mateo' : 'lucia' });
    await sofia.services.syncOnce();
    expect(store.cases.get(caseId)).toBeDefined();
    expect(store.messages.thread(caseId)).toEqual(thread);
    expect(store.qaPacks.get(drawn.packId!)?.cases.map((c) => c.caseId)).toContain(caseId);

    expect(store.cases.inbox('sofia').map((c) => c.id)).not.toContain(caseId);
    let refused: unknown;
    try {
      commands.sendReply(caseId, 'Hola, soy la supervisora');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CommandError);
    expect((refused as CommandError).code).toBe('not_assigned');
    expect(store.outbox.list()).toEqual([]);
  });

  it('counts the supervisor’s reviews in its progress: queued ones “por enviar” until the server has them', async () => {
    const drawn = await confirmDraw(sofia.services, { ...request, seed: 'progreso' });
    const [first, second] = drawn.cases;
    review(sofia, drawn.packId!, first!.caseId, true);
    review(sofia, drawn.packId!, second!.caseId, false);
    const progress = () => packSummaries(sofia.services.store, 'sofia').find((p) => p.id === drawn.packId)?.progress;
    expect(progress()).toEqual({ total: 6, reviewed: 2, queued: 2, done: false });
    await sofia.services.syncOnce();
    expect(progress()).toEqual({ total: 6, reviewed: 2, queued: 0, done: false });
    // Another supervisor's progress on her own packs is hers: Sofía's reviews are not counted there.
    expect(packSummaries(sofia.services.store, 'valeria').find((p) => p.id === drawn.packId)?.progress.reviewed).toBe(0);
  });

  it('compares a calibration side by side only once each has submitted, the benchmark included', async () => {
    const drawn = await confirmDraw(sofia.services, { ...request, seed: 'lado-a-lado' });
    const session = await openCalibration(sofia.services, { packId: drawn.packId!, reviewers: ['valeria'] });
    await valeria.services.syncOnce();
    const caseId = drawn.cases[0]!.caseId;
    review(valeria, session.packId, caseId, false);
    await valeria.services.syncOnce();
    await sofia.services.syncOnce();
    // Sofía opened the session and is its benchmark, yet she sees nothing of Valeria's before her own.
    expect(calibrationSources(sofia.services.store, session.packId, 'sofia').reviews).toEqual([]);
    expect(calibrationSources(valeria.services.store, session.packId, 'valeria').reviews).toEqual([
      expect.objectContaining({ caseId, reviewer: 'valeria' }),
    ]);

    review(sofia, session.packId, caseId, true);
    await sofia.services.syncOnce();
    await valeria.services.syncOnce();
    await sofia.services.syncOnce();
    for (const [profile, me] of [[sofia, 'sofia'], [valeria, 'valeria']] as const) {
      const sources = calibrationSources(profile.services.store, session.packId, me);
      expect(sources.reviews.map((r) => r.reviewer).sort()).toEqual(['sofia', 'valeria']);
      const answered = Object.keys(answersFor(profile, caseId, true));
      expect(sources.criteria.map((c) => c.id).sort()).toEqual([...answered].sort());
      expect(sources.criteria.every((c) => c.question.length > 0)).toBe(true);
      const scores = sources.reviews.map((r) => r.score);
      expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(5);
    }
  });

  it('reaches the other supervisor through a calibration session, with its cases', async () => {
    const drawn = await confirmDraw(sofia.services, { ...request, seed: 'calibrar' });
    const session = await openCalibration(sofia.services, { packId: drawn.packId!, reviewers: ['valeria'] });
    expect(session).toMatchObject({ reviewers: ['sofia', 'valeria'], cases: 6 });
    await valeria.services.syncOnce();
    const { store } = valeria.services;
    expect(store.qaPacks.list().map((p) => p.id)).toEqual([session.packId]);
    expect(store.qaPacks.get(session.packId)).toMatchObject({ calibration: { reviewers: ['sofia', 'valeria'], benchmark: 'sofia' } });
    for (const c of drawn.cases) expect(store.messages.thread(c.caseId)).toHaveLength(3);
    // Sofia holds both: her pack and the session.
    expect(sofia.services.store.qaPacks.list().map((p) => p.id).sort()).toEqual([drawn.packId, session.packId].sort());
  });

  it('refuses an agent before asking the server, a supervisor another team’s agents, and says offline that it needs the server', async () => {
    const lucia = await openProfile(sandbox, `${dir.path}/lucia`, 'lucia');
    try {
      await expect(previewDraw(lucia.services, request)).rejects.toMatchObject({ code: 'not_supervisor' });
    } finally {
      lucia.services.close();
    }
    await expect(previewDraw(valeria.services, request)).rejects.toMatchObject({ code: 'not_your_team' });
    await expect(previewDraw(valeria.services, { ...request, agents: ['lucia'], perAgent: 101 })).rejects.toThrow();
    await sandbox.goOffline();
    await expect(previewDraw(sofia.services, request)).rejects.toMatchObject({ code: 'online_only' });
    await expect(confirmDraw(sofia.services, request)).rejects.toMatchObject({ code: 'online_only' });
    expect(seeded).toHaveLength(10);
  });
});
