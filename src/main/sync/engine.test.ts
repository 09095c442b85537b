// The sync engine against the real sandbox server on loopback: one profile per test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, tempDir, type RunningSandbox } from '../../../tests/fixtures/sandbox.ts';
import { openProfile, reopenProfile, type TestProfile } from '../../../tests/fixtures/services.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { agentScope } from '../../../tests/fixtures/scope.ts';
import { ApiError } from './api-error.ts';

let sandbox: RunningSandbox;
let dir: ReturnType<typeof tempDir>;
let profile: TestProfile;

beforeEach(async () => {
  sandbox = await startSandbox();
  dir = tempDir();
  profile = await openProfile(sandbox, dir.path, 'lucia', { pageSize: 40 });
});
afterEach(async () => {
  profile.services.close();
  await sandbox.stop();
  dir.remove();
});

const count = (table: string): number =>
  (profile.services.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const sandboxCount = (sql: string): number => (sandbox.server.db.prepare(sql).get() as { n: number }).n;

describe('initial sync', () => {
  it('pulls exactly the agent’s scope in pages, reporting progress up to the total', async () => {
    const summary = await profile.services.syncOnce();
    expect(summary.pages).toBeGreaterThan(3);
    const scope = agentScope(sandbox.server.db, 'lucia');
    expect(count('cases')).toBe(scope.cases);
    expect(count('messages')).toBe(scope.messages);
    expect(profile.services.store.cases.inbox('lucia', { limit: 1000 })).toHaveLength(scope.assigned);
    expect(count('templates')).toBe(sandboxCount('SELECT count(*) AS n FROM templates'));
    expect(count('articles')).toBe(sandboxCount('SELECT count(*) AS n FROM articles'));
    expect(profile.services.store.cases.inbox('lucia', { limit: 1000 }).every((c) => c.assignedTo === 'lucia')).toBe(true);

    const progress = profile.events.flatMap((e) => (e.type === 'sync' && e.status.progress ? [e.status.progress] : []));
    expect(progress.length).toBe(summary.pages);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ done: summary.pulled, total: summary.pulled });
    expect(profile.services.engine.status.state).toBe('idle');
  });

  it('keeps the customer’s text exactly, whatever it contains', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil\u202c e\u0301 👩🏽‍💻 \u0000 ' + 'x'.repeat(150_000);
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'webchat', customer: { name: 'Hostil', handle: 'h1' }, text: hostile, assignTo: 'lucia',
    });
    await profile.services.syncOnce();
    expect(profile.services.store.messages.thread(caseId).map((m) => m.text)).toEqual([hostile]);
  });
});

describe('replies', () => {
  it('queues offline at once, then the server delivers it exactly once', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const queued = profile.services.commands.sendReply(String(target.number), 'Hola, ya lo revisamos. Saludos, Lucía');
    const local = profile.services.store.messages.thread(target.id).at(-1);
    expect(local).toMatchObject({ id: queued.messageId, state: 'queued', kind: 'reply', author: 'Lucía Fernández' });
    expect(profile.services.store.outbox.counts().pending).toBe(1);

    const summary = await profile.services.syncOnce();
    expect(summary.pushed.applied).toBe(1);
    expect(profile.services.store.messages.thread(target.id).at(-1)).toMatchObject({ id: queued.messageId, state: 'sent' });
    expect(profile.services.store.outbox.list()).toMatchObject([{ status: 'applied', id: queued.mutationId }]);
    expect(await sandbox.outbound()).toEqual([
      expect.objectContaining({ caseId: target.id, mutationId: queued.mutationId, clientId: profile.services.engine.clientId, kind: 'reply' }),
    ]);
  });

  it('delivers once when the response is lost after the server applied the push', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    profile.services.commands.sendReply(target.id, 'Respuesta que no debe duplicarse');
    await sandbox.fault({ route: 'push', dropAfterApply: true });
    const summary = await profile.services.syncOnce();
    expect(summary.pushed).toMatchObject({ applied: 0, already_applied: 1 });
    expect(await sandbox.outbound()).toHaveLength(1);
    expect(profile.services.store.outbox.counts()).toMatchObject({ pending: 0, applied: 1 });
  });

  it('waits what a 503 Retry-After asks, then delivers', async () => {
    await profile.services.syncOnce();
    profile.services.commands.sendReply(profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id, 'Después del 503');
    await sandbox.fault({ route: 'push', status: 503, retryAfter: 2, times: 2 });
    await profile.services.syncOnce();
    expect(profile.waits).toEqual([2000, 2000]);
    expect(await sandbox.outbound()).toHaveLength(1);
  });

  it('turns a reply to a case reassigned meanwhile into a visible conflict, text kept', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const text = 'Texto que la agente escribió con cuidado';
    const queued = profile.services.commands.sendReply(target.id, text);
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: target.id, to: 'mateo' });

    const summary = await profile.services.syncOnce();
    expect(summary.pushed.conflict).toBe(1);
    expect(await sandbox.outbound()).toEqual([]);
    const [conflict] = profile.services.store.outbox.list('conflict');
    expect(conflict).toMatchObject({ id: queued.mutationId, reason: 'not_assigned', args: { text, caseId: target.id } });
    expect(conflict?.message).toMatch(/no longer assigned to you \(now: mateo\)/);
    // Gone from the inbox; if the customer is still the agent's, it stays as read-only history.
    expect(profile.services.store.cases.inbox('lucia').map((c) => c.id)).not.toContain(target.id);
    expect(profile.services.store.cases.get(target.id)?.assigned_to ?? 'mateo').toBe('mateo');
  });

  it('lets a permanently rejected mutation through without blocking the queue', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    profile.services.store.outbox.append({ id: crypto.randomUUID(), name: 'launch_rocket', args: {}, baseVersion: null, createdAt: new Date().toISOString() });
    profile.services.commands.sendReply(target.id, 'Detrás de la mutación rechazada');
    const summary = await profile.services.syncOnce();
    expect(summary.pushed).toMatchObject({ rejected: 1, applied: 1 });
    expect(profile.services.store.outbox.list('rejected')[0]).toMatchObject({ name: 'launch_rocket', reason: 'unknown_mutation' });
    expect(await sandbox.outbound()).toHaveLength(1);
  });
});

describe('case status', () => {
  it('applies a change and succeeds idempotently on a state already reached', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    profile.services.commands.setStatus(target.id, 'waiting_customer');
    profile.services.commands.setStatus(target.id, 'waiting_customer');
    const summary = await profile.services.syncOnce();
    expect(summary.pushed.applied).toBe(2);
    expect(profile.services.store.cases.get(target.id)?.status).toBe('waiting_customer');
    expect(sandbox.server.db.prepare('SELECT status FROM cases WHERE id = ?').get(target.id)).toEqual({ status: 'waiting_customer' });
  });
});

describe('a refused change', () => {
  it('goes back to the server’s values on screen, and stays listed with its reason', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const queued = profile.services.commands.setStatus(target.id, 'resolved', { reason: 'query', resolution: 'favour' });
    expect(profile.services.store.cases.get(target.id)).toMatchObject({ status: 'resolved', resolution: 'favour' });
    // A change the server cannot accept (as from an older console that allowed it).
    profile.services.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.status', 'closed') WHERE id = ?").run(queued.mutationId);
    await profile.services.syncOnce();
    expect(profile.services.store.cases.get(target.id)).toMatchObject({ status: target.status, resolution: target.resolution });
    expect(profile.services.store.outbox.list('rejected')).toMatchObject([{ id: queued.mutationId, reason: 'invalid_args' }]);
  });
});

describe('bad answers from the server', () => {
  it('rejects a malformed page with a clear, logged error and keeps the cursor', async () => {
    await profile.services.syncOnce();
    const cursor = profile.services.store.syncState.get('cursor');
    const cases = count('cases');
    await sandbox.fault({
      route: 'pull',
      malformed: { changes: [{ entity: 'case', id: 'x', op: 'put', version: 1, data: { number: 'one' } }], cursor: '999999', hasMore: false, remaining: 0, serverNow: new Date().toISOString() },
    });
    await expect(profile.services.syncOnce()).rejects.toThrow(/malformed payload/);
    expect(profile.services.store.syncState.get('cursor')).toBe(cursor);
    expect(count('cases')).toBe(cases);
    expect(profile.services.engine.status).toMatchObject({ state: 'error', lastError: expect.stringMatching(/malformed/), lastErrorCode: 'bad_response' });
    expect(profile.log.lines).toContainEqual({ level: 'error', message: 'sync failed' });
  });

  it('answers a sequence gap with 409 and the expected seq', async () => {
    const id = crypto.randomUUID();
    const error = await profile.services.api
      .push(profile.services.engine.clientId, [{ seq: 5, id, name: 'set_status', args: {}, baseVersion: null }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'sequence_gap', details: { expectedSeq: 1 } });
  });

  it('applies the same push sent twice only once', async () => {
    await profile.services.syncOnce();
    const target = profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const mutation = { seq: 1, id: crypto.randomUUID(), name: 'send_reply', args: { caseId: target.id, messageId: crypto.randomUUID(), text: 'Una sola vez' }, baseVersion: null };
    const first = await profile.services.api.push(profile.services.engine.clientId, [mutation]);
    const second = await profile.services.api.push(profile.services.engine.clientId, [mutation]);
    expect(first.results[0]?.status).toBe('applied');
    expect(second.results[0]?.status).toBe('already_applied');
    expect(await sandbox.outbound()).toHaveLength(1);
  });
});

describe('session', () => {
  it('on 401 stops as signed out, keeps the outbox, and delivers after signing in again', async () => {
    await profile.services.syncOnce();
    profile.services.commands.sendReply(profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id, 'Escrito antes de vencer la sesión');
    await sandbox.control('POST', '/v1/sandbox/expire', { username: 'lucia' });
    await expect(profile.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(profile.services.engine.status.state).toBe('signed_out');
    expect(profile.services.store.outbox.counts().pending).toBe(1);
    await profile.services.signIn('sandbox');
    await profile.services.syncOnce();
    expect(await sandbox.outbound()).toHaveLength(1);
  });

  it('on 403 device_revoked wipes the profile’s data and token', async () => {
    await profile.services.syncOnce();
    await sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
    await expect(profile.services.syncOnce()).rejects.toMatchObject({ kind: 'device_revoked' });
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${dir.path}/atiende.db`)).toBe(false);
    expect(existsSync(`${dir.path}/profile.json`)).toBe(false);
    const { secretAccount } = await import('../profiles.ts');
    expect(await profile.services.secrets.get(secretAccount(profile.services.profile))).toBeNull();
    await expect(reopenProfile(dir.path)).rejects.toThrow(/No profile/);
  });
});

describe('live updates', () => {
  it('pulls a new customer message on the server’s poke, without waiting for a poll', async () => {
    await profile.services.syncOnce();
    profile.services.startBackgroundSync();
    await waitFor(() => profile.services.engine.status.live, 'the event stream');
    const { messageId } = await sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Nueva Clienta', handle: '+54 9 11 5555-0199' }, text: 'Hola, ¿me ayudan?', assignTo: 'lucia',
    });
    await waitFor(() => profile.services.store.db.prepare('SELECT 1 FROM messages WHERE id = ?').get(messageId), 'the poked pull');
  });
});

describe('trainer reset', () => {
  it('removes what the reset took away and restores the scenario', async () => {
    const { caseId } = await sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'sms', customer: { name: 'Temporal', handle: '+54 9 11 5555-0177' }, text: 'Caso que el reset borra', assignTo: 'lucia',
    });
    await profile.services.syncOnce();
    const before = count('cases');
    expect(profile.services.store.cases.get(caseId)).toBeDefined();
    await sandbox.control('POST', '/v1/sandbox/reset');
    await profile.services.syncOnce();
    expect(profile.services.store.cases.get(caseId)).toBeUndefined();
    expect(count('cases')).toBe(before - 1);
  });
});

describe('a server that lost its state', () => {
  it('rebuilds the cache from scratch and never resends a change blindly', async () => {
    await profile.services.syncOnce();
    const [first, second] = profile.services.store.cases.inbox('lucia', { limit: 2 });
    profile.services.commands.sendReply(first!.id, 'Llegó antes del corte');
    await profile.services.syncOnce();
    const oldClient = profile.services.engine.clientId;
    const lost = profile.services.commands.sendReply(second!.id, 'Escrita mientras el servidor se restauraba');

    await sandbox.restart({ lost: true }); // a new store: new cursor epoch, no memory of this console
    await expect(profile.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
    await profile.services.signIn('sandbox');
    await profile.services.syncOnce();

    expect(profile.services.store.outbox.list('conflict')).toMatchObject([
      { id: lost.mutationId, reason: 'sequence_gap', args: { text: 'Escrita mientras el servidor se restauraba' } },
    ]);
    expect(profile.services.engine.clientId).not.toBe(oldClient);
    expect(await sandbox.outbound()).toEqual([]);
    expect(profile.log.lines).toContainEqual({ level: 'warn', message: 'full resync' });
    expect(count('cases')).toBe(agentScope(sandbox.server.db, 'lucia').cases);
    expect(profile.services.store.messages.thread(first!.id).map((m) => m.text)).not.toContain('Llegó antes del corte');

    profile.services.commands.sendReply(second!.id, 'La reenvío después de revisar');
    await profile.services.syncOnce();
    expect((await sandbox.outbound()).map((m) => m.text)).toEqual(['La reenvío después de revisar']);
  });
});
