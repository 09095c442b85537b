// Classification [tipificación] against the real sandbox: resolving needs a contact reason and a
// resolution, checked by the console and again by the server, from the list the server syncs.
import { describe, expect, it } from 'vitest';
import { withLucia } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withLucia();

const serverCase = (id: string) =>
  world.sandbox.server.db.prepare('SELECT status, reason, resolution FROM cases WHERE id = ?').get(id) as { status: string; reason: string | null; resolution: string | null };
/** case-001: open, classified by the seed as a complaint, not resolved. */
const CASE = 'case-001';

describe('resolving a case', () => {
  it('is refused by the console without a reason or a resolution, queueing nothing', () => {
    const { commands, store } = world.profile.services;
    const attempt = (classification: { reason?: string; resolution?: string }) => {
      try {
        commands.setStatus(CASE, 'resolved', classification);
        return null;
      } catch (error) {
        return error instanceof CommandError ? error.code : error;
      }
    };
    expect(attempt({})).toBe('reason_required');
    expect(attempt({ resolution: 'favour' })).toBe('reason_required');
    expect(attempt({ reason: 'gossip', resolution: 'favour' })).toBe('unknown_reason');
    expect(attempt({ reason: 'complaint' })).toBe('resolution_required');
    expect(() => commands.setStatus(CASE, 'resolved')).toThrow(/choose its contact reason: query, complaint/);
    expect(store.outbox.counts().pending).toBe(0);
    expect(store.cases.get(CASE)).toMatchObject({ status: 'open', resolution: null });
  });

  it('resolves with a reason and a resolution, on screen at once and on the server', async () => {
    world.profile.services.commands.setStatus(CASE, 'resolved', { reason: 'request_change', resolution: 'against' });
    expect(world.profile.services.store.cases.summary(CASE)).toMatchObject({ status: 'resolved', reason: 'request_change', resolution: 'against' });
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.applied).toBe(1);
    expect(serverCase(CASE)).toEqual({ status: 'resolved', reason: 'request_change', resolution: 'against' });
  });

  it('is refused by the server when a console skipped the check, and the case goes back on screen', async () => {
    const queued = world.profile.services.commands.setStatus(CASE, 'resolved', { reason: 'query', resolution: 'favour' });
    // As an older console would have sent it: no classification at all.
    world.profile.services.store.db.prepare("UPDATE outbox SET args = json_remove(args, '$.reason', '$.resolution') WHERE id = ?").run(queued.mutationId);
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.rejected).toBe(1);
    expect(serverCase(CASE)).toEqual({ status: 'open', reason: 'complaint', resolution: null });
    expect(world.profile.services.store.cases.summary(CASE)).toMatchObject({ status: 'open', reason: 'complaint', resolution: null });
    expect(world.profile.services.store.outbox.forCase(CASE)).toMatchObject([
      { id: queued.mutationId, status: 'rejected', reason: 'reason_required', message: expect.stringMatching(/cannot be resolved without a contact reason/) },
    ]);
  });

  it('answers a raw push without a reason with reason_required, and without a resolution with resolution_required', async () => {
    const push = (seq: number, args: Record<string, unknown>) =>
      world.profile.services.api.push(world.profile.services.engine.clientId, [{ seq, id: crypto.randomUUID(), name: 'set_status', args: { caseId: CASE, status: 'resolved', ...args }, baseVersion: null }]);
    expect((await push(1, {})).results[0]).toMatchObject({ status: 'rejected', reason: 'reason_required' });
    expect((await push(2, { reason: 'query' })).results[0]).toMatchObject({ status: 'rejected', reason: 'resolution_required' });
    expect((await push(3, { reason: 'nonsense', resolution: 'favour' })).results[0]).toMatchObject({ status: 'rejected', reason: 'unknown_reason' });
    expect(serverCase(CASE).status).toBe('open');
  });
});

describe('the synced reason list', () => {
  const retireSuggestion = () =>
    world.sandbox.control('POST', '/v1/sandbox/settings', {
      id: 'contact_reasons',
      value: { version: 1, reasons: [
        { code: 'query', labels: { es: 'Consulta', en: 'Query' }, active: true },
        { code: 'suggestion', labels: { es: 'Sugerencia', en: 'Suggestion' }, active: false },
      ] },
    });

  it('is honoured by the console once pulled: an inactive reason is refused', async () => {
    expect(world.profile.services.commands.contactReasons().map((r) => r.code)).toContain('complaint');
    await retireSuggestion();
    await world.profile.services.syncOnce();
    expect(world.profile.services.commands.contactReasons()).toMatchObject([{ code: 'query', active: true }, { code: 'suggestion', active: false }]);
    expect(() => world.profile.services.commands.setStatus(CASE, 'resolved', { reason: 'suggestion', resolution: 'favour' })).toThrow(/"suggestion" is not an active contact reason; use one of query$/);
    expect(world.profile.services.store.outbox.counts().pending).toBe(0);
  });

  it('is honoured by the server even when the console has not pulled it yet', async () => {
    const queued = world.profile.services.commands.setStatus(CASE, 'resolved', { reason: 'suggestion', resolution: 'favour' });
    await retireSuggestion();
    await world.profile.services.syncOnce();
    expect(world.profile.services.store.outbox.list('rejected')).toMatchObject([{ id: queued.mutationId, reason: 'unknown_reason' }]);
    expect(serverCase(CASE).status).toBe('open');
  });

  it('refuses to publish a document that does not follow its schema', async () => {
    await expect(world.sandbox.control('POST', '/v1/sandbox/settings', { id: 'contact_reasons', value: { version: 1, reasons: [] } }))
      .rejects.toThrow(/400 .*invalid_setting/);
  });
});
