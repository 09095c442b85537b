// Drawing QA packs and opening calibrations on the real sandbox over loopback: preview and
// confirm agree, who may draw what, each refusal in words, and what a draw leaves out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QA_PERIOD, qaCall, qaScenario, seedResolvedCases } from '../../../tests/fixtures/qa.ts';
import { startSandbox, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';

let sandbox: RunningSandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ scenario: qaScenario() });
});
afterEach(() => sandbox.stop());

const draw = (username: string, body: Record<string, unknown>) => qaCall(sandbox.url, username, '/v1/qa/draw', { ...QA_PERIOD, ...body });
const count = (table: string) => sandbox.server.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n;
const feedSize = () => count('feed');

/** Eight of lucia's cases over two channels (two complaints) and six of mateo's. */
function seedBoth() {
  return seedResolvedCases(sandbox.server, [
    ...Array.from({ length: 8 }, (_, i) => ({ agent: 'lucia', channel: i < 5 ? 'email' : 'whatsapp', reason: i < 2 ? 'complaint' : 'query' })),
    ...Array.from({ length: 6 }, () => ({ agent: 'mateo', channel: 'webchat' })),
  ]);
}

describe('POST /v1/qa/draw', () => {
  it('previews without storing anything, and the confirm with the same seed creates exactly that pack', async () => {
    seedBoth();
    const before = feedSize();
    const preview = await draw('sofia', { team: 'soporte', perAgent: 4, by: ['channel', 'reason'], confirm: false });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ packId: null, total: 4, perAgent: [{ agent: 'camila', count: 0 }, { agent: 'joaquin', count: 0 }, { agent: 'lucia', count: 4 }], period: QA_PERIOD });
    expect(typeof preview.body.seed).toBe('string');
    expect(count('qa_packs')).toBe(0);
    expect(feedSize()).toBe(before);

    const confirmed = await draw('sofia', { team: 'soporte', perAgent: 4, by: ['channel', 'reason'], seed: preview.body.seed, confirm: true });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ ...preview.body, packId: expect.any(String) });
    const stored = sandbox.server.db.prepare<[], { case_id: string }>('SELECT case_id FROM qa_pack_cases ORDER BY case_id').all().map((r) => r.case_id);
    expect(stored).toEqual((preview.body.cases as { caseId: string }[]).map((c) => c.caseId).sort());
    const reviewers = sandbox.server.db.prepare<[], { username: string }>('SELECT username FROM qa_pack_reviewers').all();
    expect(reviewers).toEqual([{ username: 'sofia' }]);
  });

  it('splits each agent’s count across their strata and gives all of an agent with fewer cases', async () => {
    seedBoth();
    const answer = await draw('sofia', { agents: ['lucia', 'mateo'], perAgent: 7, by: ['channel'], seed: 'fijo', confirm: false });
    expect(answer.body.strata).toEqual([
      { key: 'channel=email', count: 5 }, { key: 'channel=webchat', count: 6 }, { key: 'channel=whatsapp', count: 2 },
    ]);
    expect(answer.body.perAgent).toEqual([{ agent: 'lucia', count: 7 }, { agent: 'mateo', count: 6 }]);
    const again = await draw('sofia', { agents: ['mateo', 'lucia'], perAgent: 7, by: ['channel'], seed: 'fijo', confirm: false });
    expect(again.body.cases).toEqual(answer.body.cases);
  });

  it('defaults to the four weeks before the server’s clock', async () => {
    const now = sandbox.server.clock.now().getTime();
    const DAY = 86_400_000;
    sandbox.server.db.prepare("UPDATE cases SET status = 'open' WHERE assigned_to = 'lucia'").run();
    const [recent, old] = seedResolvedCases(sandbox.server, [
      { agent: 'lucia', startAt: new Date(now - 3 * DAY) }, { agent: 'lucia', startAt: new Date(now - 30 * DAY) },
    ]);
    const answer = await qaCall(sandbox.url, 'sofia', '/v1/qa/draw', { agents: ['lucia'], perAgent: 5, confirm: false });
    expect(answer.status).toBe(200);
    const period = answer.body.period as { from: string; to: string };
    expect(Date.parse(period.to) - Date.parse(period.from)).toBe(28 * DAY);
    expect(Math.abs(Date.parse(period.to) - sandbox.server.clock.now().getTime())).toBeLessThan(60_000);
    expect(answer.body.cases).toEqual([expect.objectContaining({ caseId: recent!.id })]);
    expect(old).toBeDefined();
  });

  it('leaves out the cases the reviewer replied on and the cases reviewed in the period', async () => {
    const [handled, reviewed, ...rest] = seedResolvedCases(sandbox.server, [
      { agent: 'lucia', alsoRepliedBy: 'sofia' }, { agent: 'lucia' }, { agent: 'lucia' }, { agent: 'lucia' },
    ]);
    // A review stored in the period (as submit_review stores it): its case is not drawn again.
    sandbox.server.db.prepare(`INSERT INTO qa_reviews (id, pack_id, case_id, agent, reviewer, created_at, data, version)
      VALUES ('r-1', 'older-pack', ?, 'lucia', 'sofia', '2024-01-15T00:00:00.000Z', '{}', 1)`).run(reviewed!.id);
    const answer = await draw('sofia', { agents: ['lucia'], perAgent: 10, confirm: false });
    expect((answer.body.cases as { caseId: string }[]).map((c) => c.caseId).sort()).toEqual(rest.map((c) => c.id).sort());
    expect(answer.body.cases).not.toContainEqual(expect.objectContaining({ caseId: handled!.id }));
  });

  it('refuses agents and trainers, and a supervisor drawing another team’s agents', async () => {
    seedBoth();
    expect(await draw('lucia', { agents: ['lucia'], perAgent: 2, confirm: false })).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await draw('diego', { agents: ['lucia'], perAgent: 2, confirm: true })).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await draw('valeria', { team: 'ventas', perAgent: 2, confirm: true })).toMatchObject({ status: 403, body: { error: 'not_your_team' } });
    expect(await draw('valeria', { agents: ['lucia', 'mateo'], perAgent: 2, confirm: true })).toMatchObject({ status: 403, body: { error: 'not_your_team' } });
    expect(await draw('valeria', { team: 'soporte', perAgent: 2, confirm: false })).toMatchObject({ status: 200 });
    expect(count('qa_packs')).toBe(0);
  });

  it('says what is wrong: no agents, an unknown team or agent, an empty or backwards period, a count out of range', async () => {
    seedBoth();
    expect(await draw('sofia', { perAgent: 2, confirm: false })).toMatchObject({ status: 400, body: { error: 'no_agents' } });
    expect(await draw('sofia', { team: 'cobranzas', perAgent: 2, confirm: false })).toMatchObject({ status: 404, body: { error: 'unknown_team' } });
    expect(await draw('sofia', { agents: ['sofia'], perAgent: 2, confirm: false })).toMatchObject({ status: 400, body: { error: 'unknown_agent' } });
    expect(await qaCall(sandbox.url, 'sofia', '/v1/qa/draw', { agents: ['lucia'], perAgent: 2, confirm: false, from: '2023-01-01T00:00:00Z', to: '2023-02-01T00:00:00Z' }))
      .toMatchObject({ status: 422, body: { error: 'empty_period' } });
    expect(await draw('sofia', { agents: ['lucia'], perAgent: 2, confirm: false, from: QA_PERIOD.to, to: QA_PERIOD.from }))
      .toMatchObject({ status: 400, body: { error: 'invalid_period' } });
    for (const perAgent of [0, 101, 2.5]) {
      const answer = await draw('sofia', { agents: ['lucia'], perAgent, confirm: false });
      expect(answer).toMatchObject({ status: 400, body: { error: 'bad_request' } });
      expect(String(answer.body.message)).toContain('perAgent');
    }
    expect(count('qa_packs')).toBe(0);
  });
});

describe('POST /v1/qa/calibrations', () => {
  it('gives a pack’s cases to every reviewer, the opener as benchmark; only supervisors, as opener or reviewer', async () => {
    seedBoth();
    const drawn = await draw('sofia', { team: 'soporte', perAgent: 3, confirm: true });
    const session = await qaCall(sandbox.url, 'sofia', '/v1/qa/calibrations', { packId: drawn.body.packId, reviewers: ['valeria'] });
    expect(session).toMatchObject({ status: 201, body: { reviewers: ['sofia', 'valeria'], cases: 3 } });
    const stored = sandbox.server.db.prepare<[string], { data: string }>('SELECT data FROM qa_packs WHERE id = ?').get(String(session.body.packId));
    expect(JSON.parse(stored!.data)).toMatchObject({ calibration: { reviewers: ['sofia', 'valeria'], benchmark: 'sofia' }, createdBy: 'sofia' });

    expect(await qaCall(sandbox.url, 'lucia', '/v1/qa/calibrations', { packId: drawn.body.packId, reviewers: ['sofia'] }))
      .toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await qaCall(sandbox.url, 'diego', '/v1/qa/calibrations', { packId: drawn.body.packId, reviewers: ['sofia'] }))
      .toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await qaCall(sandbox.url, 'sofia', '/v1/qa/calibrations', { packId: drawn.body.packId, reviewers: ['lucia'] }))
      .toMatchObject({ status: 400, body: { error: 'unknown_reviewer' } });
    expect(await qaCall(sandbox.url, 'sofia', '/v1/qa/calibrations', { packId: 'no-such-pack', reviewers: ['valeria'] }))
      .toMatchObject({ status: 404, body: { error: 'pack_not_found' } });
  });

  it('takes cases named one by one', async () => {
    const [a, b] = seedBoth();
    const session = await qaCall(sandbox.url, 'valeria', '/v1/qa/calibrations', { caseIds: [a!.id, b!.id], reviewers: ['sofia'] });
    expect(session).toMatchObject({ status: 201, body: { reviewers: ['sofia', 'valeria'], cases: 2 } });
  });
});
