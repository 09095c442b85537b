// The sync engine against the real sandbox server on loopback: one profile per test.
import { describe, expect, it } from 'vitest';
import { reopenProfile, withLucia } from '../../../tests/fixtures/services.ts';
import { waitFor } from '../../../tests/fixtures/wait.ts';
import { agentScope } from '../../../tests/fixtures/scope.ts';
import { ApiError } from './api-error.ts';

const world = withLucia({ pageSize: 40 }, { synced: false });

const count = (table: string): number =>
  (world.profile.services.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const sandboxCount = (sql: string): number => (world.sandbox.server.db.prepare(sql).get() as { n: number }).n;

describe('initial sync', () => {
  it('pulls exactly the agent’s scope in pages, reporting progress up to the total', async () => {
    const summary = await world.profile.services.syncOnce();
    expect(summary.pages).toBeGreaterThan(3);
    const scope = await agentScope(world.sandbox.server.db, 'lucia');
    expect(count('cases')).toBe(scope.cases);
    expect(count('messages')).toBe(scope.messages);
    expect(world.profile.services.store.cases.inbox('lucia', { limit: 1000 })).toHaveLength(scope.assigned);
    expect(count('templates')).toBe(sandboxCount('SELECT count(*) AS n FROM templates'));
    expect(count('articles')).toBe(sandboxCount('SELECT count(*) AS n FROM articles'));
    expect(world.profile.services.store.cases.inbox('lucia', { limit: 1000 }).every((c) => c.assignedTo === 'lucia')).toBe(true);

    const progress = world.profile.events.flatMap((e) => (e.type === 'sync' && e.status.progress ? [e.status.progress] : []));
    expect(progress.length).toBe(summary.pages);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ done: summary.pulled, total: summary.pulled });
    expect(world.profile.services.engine.status.state).toBe('idle');
  });

  it('leaves every pulled message searchable, the next ones too, and commits durably again after', async () => {
    const inbound = (text: string) =>
      world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', { channel: 'webchat', customer: { name: 'Marta', handle: 'marta1' }, text, assignTo: 'lucia' });
    const { caseId } = await inbound('Mi pedido de zanahorias nunca llegó');
    const { store } = world.profile.services;
    await world.profile.services.syncOnce();
    expect(store.messages.search('zanahorias').map((h) => h.caseId)).toEqual([caseId]);
    // FTS5's own check that the index matches the messages, row for row (it throws otherwise).
    expect(() => store.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    // FULL: an outbox row written after the first sync is on the disk when its commit returns.
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);

    await inbound('Y ahora tampoco llegaron los rabanitos');
    await world.profile.services.syncOnce();
    expect(store.messages.search('rabanitos').map((h) => h.caseId)).toHaveLength(1);
  });

  it('keeps the customer’s text exactly, whatever it contains', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil\u202c e\u0301 👩🏽‍💻 \u0000 ' + 'x'.repeat(150_000);
    const { caseId } = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'webchat', customer: { name: 'Hostil', handle: 'h1' }, text: hostile, assignTo: 'lucia',
    });
    await world.profile.services.syncOnce();
    expect(world.profile.services.store.messages.thread(caseId).map((m) => m.text)).toEqual([hostile]);
  });
});

describe('replies', () => {
  it('queues offline at once, then the server delivers it exactly once', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const queued = world.profile.services.commands.sendReply(String(target.number), 'Hola, ya lo revisamos. Saludos, Lucía');
    const local = world.profile.services.store.messages.thread(target.id).at(-1);
    expect(local).toMatchObject({ id: queued.messageId, state: 'queued', kind: 'reply', author: 'Lucía Fernández' });
    expect(world.profile.services.store.outbox.counts().pending).toBe(1);

    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.applied).toBe(1);
    expect(world.profile.services.store.messages.thread(target.id).at(-1)).toMatchObject({ id: queued.messageId, state: 'sent' });
    expect(world.profile.services.store.outbox.list()).toMatchObject([{ status: 'applied', id: queued.mutationId }]);
    expect(await world.sandbox.outbound()).toEqual([
      expect.objectContaining({ caseId: target.id, mutationId: queued.mutationId, clientId: world.profile.services.engine.clientId, kind: 'reply' }),
    ]);
  });

  it('delivers once when the response is lost after the server applied the push', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    world.profile.services.commands.sendReply(target.id, 'Respuesta que no debe duplicarse');
    await world.sandbox.fault({ route: 'push', dropAfterApply: true });
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed).toMatchObject({ applied: 0, already_applied: 1 });
    expect(await world.sandbox.outbound()).toHaveLength(1);
    expect(world.profile.services.store.outbox.counts()).toMatchObject({ pending: 0, applied: 1 });
  });

  it('waits what a 503 Retry-After asks, then delivers', async () => {
    await world.profile.services.syncOnce();
    world.profile.services.commands.sendReply(world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id, 'Después del 503');
    await world.sandbox.fault({ route: 'push', status: 503, retryAfter: 2, times: 2 });
    await world.profile.services.syncOnce();
    expect(world.profile.waits).toEqual([2000, 2000]);
    expect(await world.sandbox.outbound()).toHaveLength(1);
  });

  it('turns a reply to a case reassigned meanwhile into a visible conflict, text kept', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const text = 'Texto que la agente escribió con cuidado';
    const queued = world.profile.services.commands.sendReply(target.id, text);
    await world.sandbox.control('POST', '/v1/sandbox/assign', { caseId: target.id, to: 'mateo' });

    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.conflict).toBe(1);
    expect(await world.sandbox.outbound()).toEqual([]);
    const [conflict] = world.profile.services.store.outbox.list('conflict');
    expect(conflict).toMatchObject({ id: queued.mutationId, reason: 'not_assigned', args: { text, caseId: target.id } });
    expect(conflict?.message).toMatch(/no longer assigned to you \(now: mateo\)/);
    // Gone from the inbox; if the customer is still the agent's, it stays as read-only history.
    expect(world.profile.services.store.cases.inbox('lucia').map((c) => c.id)).not.toContain(target.id);
    expect(world.profile.services.store.cases.get(target.id)?.assignedTo ?? 'mateo').toBe('mateo');
  });

  it('lets a permanently rejected mutation through without blocking the queue', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    world.profile.services.store.outbox.append({ id: crypto.randomUUID(), name: 'launch_rocket', args: {}, baseVersion: null, createdAt: new Date().toISOString() });
    world.profile.services.commands.sendReply(target.id, 'Detrás de la mutación rechazada');
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed).toMatchObject({ rejected: 1, applied: 1 });
    expect(world.profile.services.store.outbox.list('rejected')[0]).toMatchObject({ name: 'launch_rocket', reason: 'unknown_mutation' });
    expect(await world.sandbox.outbound()).toHaveLength(1);
  });
});

describe('case status', () => {
  it('applies a change and succeeds idempotently on a state already reached', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    world.profile.services.commands.setStatus(target.id, 'waiting_customer');
    world.profile.services.commands.setStatus(target.id, 'waiting_customer');
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.applied).toBe(2);
    expect(world.profile.services.store.cases.get(target.id)?.status).toBe('waiting_customer');
    expect(world.sandbox.server.db.prepare('SELECT status FROM cases WHERE id = ?').get(target.id)).toEqual({ status: 'waiting_customer' });
  });
});

describe('a refused change', () => {
  it('goes back to the server’s values on screen, and stays listed with its reason', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const queued = world.profile.services.commands.setStatus(target.id, 'resolved', { reason: 'query', resolution: 'favour' });
    expect(world.profile.services.store.cases.get(target.id)).toMatchObject({ status: 'resolved', resolution: 'favour' });
    // A change the server cannot accept (as from an older console that allowed it).
    world.profile.services.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.status', 'closed') WHERE id = ?").run(queued.mutationId);
    await world.profile.services.syncOnce();
    expect(world.profile.services.store.cases.get(target.id)).toMatchObject({ status: target.status, resolution: target.resolution });
    expect(world.profile.services.store.outbox.list('rejected')).toMatchObject([{ id: queued.mutationId, reason: 'invalid_args' }]);
  });
  it('shows a reply and a note it can no longer read as refused, like any other refusal', async () => {
    const lucia = world.profile.services;
    await lucia.syncOnce();
    const target = lucia.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const reply = lucia.commands.sendReply(target.id, 'Una respuesta que ya no se puede leer');
    const note = lucia.commands.addCustomerNote(target.customerId, 'Una nota que ya no se puede leer');
    // Damaged in the cache (or written by an older console): neither parses any more.
    const damage = lucia.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.text', '') WHERE id = ?");
    damage.run(reply.mutationId);
    damage.run(note.mutationId);
    await lucia.syncOnce();

    expect(lucia.store.outbox.list('rejected')).toMatchObject([
      { id: reply.mutationId, reason: 'invalid_args' }, { id: note.mutationId, reason: 'invalid_args' },
    ]);
    expect(lucia.store.messages.thread(target.id).find((m) => m.id === reply.messageId)).toMatchObject({ state: 'failed' });
    expect(lucia.store.outbox.forCase(target.id)).toMatchObject([{ id: reply.mutationId, status: 'rejected', message: expect.any(String) }]);
    expect(lucia.store.customerNotes.forCustomer(target.customerId).find((n) => n.id === note.noteId)).toMatchObject({
      text: 'Una nota que ya no se puede leer', state: 'refused',
    });
    expect(await world.sandbox.outbound()).toEqual([]);
  });
});

describe('bad answers from the server', () => {
  it('rejects a malformed page with a clear, logged error and keeps the cursor', async () => {
    await world.profile.services.syncOnce();
    const cursor = world.profile.services.store.syncState.get('cursor');
    const cases = count('cases');
    await world.sandbox.fault({
      route: 'pull',
      malformed: { changes: [{ entity: 'case', id: 'x', op: 'put', version: 1, data: { number: 'one' } }], cursor: '999999', hasMore: false, remaining: 0, serverNow: new Date().toISOString() },
    });
    // The error names the field that is wrong, in the entity's own schema.
    await expect(world.profile.services.syncOnce()).rejects.toThrow(/malformed payload[\s\S]*changes\[0\]\.data\.number/);
    expect(world.profile.services.store.syncState.get('cursor')).toBe(cursor);
    expect(count('cases')).toBe(cases);
    expect(world.profile.services.engine.status).toMatchObject({ state: 'error', lastError: expect.stringMatching(/malformed/), lastErrorCode: 'bad_response' });
    expect(world.profile.log.lines).toContainEqual({ level: 'error', message: 'sync failed' });
  });

  it('answers a sequence gap with 409 and the expected seq', async () => {
    const id = crypto.randomUUID();
    const error = await world.profile.services.api
      .push(world.profile.services.engine.clientId, [{ seq: 5, id, name: 'set_status', args: {}, baseVersion: null }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'sequence_gap', details: { expectedSeq: 1 } });
  });

  it('applies the same push sent twice only once', async () => {
    await world.profile.services.syncOnce();
    const target = world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!;
    const mutation = { seq: 1, id: crypto.randomUUID(), name: 'send_reply', args: { caseId: target.id, messageId: crypto.randomUUID(), text: 'Una sola vez' }, baseVersion: null };
    const first = await world.profile.services.api.push(world.profile.services.engine.clientId, [mutation]);
    const second = await world.profile.services.api.push(world.profile.services.engine.clientId, [mutation]);
    expect(first.results[0]?.status).toBe('applied');
    expect(second.results[0]?.status).toBe('already_applied');
    expect(await world.sandbox.outbound()).toHaveLength(1);
  });
});

describe('session', () => {
  it('on 401 stops as signed out, keeps the outbox, and delivers after signing in again', async () => {
    await world.profile.services.syncOnce();
    world.profile.services.commands.sendReply(world.profile.services.store.cases.inbox('lucia', { limit: 1 })[0]!.id, 'Escrito antes de vencer la sesión');
    await world.sandbox.control('POST', '/v1/sandbox/expire', { username: 'lucia' });
    await expect(world.profile.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(world.profile.services.engine.status.state).toBe('signed_out');
    expect(world.profile.services.store.outbox.counts().pending).toBe(1);
    await world.profile.services.signIn('sandbox');
    await world.profile.services.syncOnce();
    expect(await world.sandbox.outbound()).toHaveLength(1);
  });

  it('on 403 device_revoked wipes the profile’s data and token', async () => {
    await world.profile.services.syncOnce();
    await world.sandbox.control('POST', '/v1/sandbox/revoke', { username: 'lucia' });
    await expect(world.profile.services.syncOnce()).rejects.toMatchObject({ kind: 'device_revoked' });
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${world.dir.path}/atiende.db`)).toBe(false);
    expect(existsSync(`${world.dir.path}/profile.json`)).toBe(false);
    const { secretAccount } = await import('../profiles.ts');
    expect(await world.profile.services.secrets.get(secretAccount(world.profile.services.profile))).toBeNull();
    await expect(reopenProfile(world.dir.path)).rejects.toThrow(/No profile/);
  });
});

describe('live updates', () => {
  it('pulls a new customer message on the server’s poke, without waiting for a poll', async () => {
    await world.profile.services.syncOnce();
    world.profile.services.startBackgroundSync();
    await waitFor(() => world.profile.services.engine.status.live, 'the event stream');
    const { messageId } = await world.sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Nueva Clienta', handle: '+54 9 11 5555-0199' }, text: 'Hola, ¿me ayudan?', assignTo: 'lucia',
    });
    await waitFor(() => world.profile.services.store.db.prepare('SELECT 1 FROM messages WHERE id = ?').get(messageId), 'the poked pull');
  });
});

describe('trainer reset', () => {
  it('removes what the reset took away and restores the scenario', async () => {
    const { caseId } = await world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'sms', customer: { name: 'Temporal', handle: '+54 9 11 5555-0177' }, text: 'Caso que el reset borra', assignTo: 'lucia',
    });
    await world.profile.services.syncOnce();
    const before = count('cases');
    expect(world.profile.services.store.cases.get(caseId)).toBeDefined();
    await world.sandbox.control('POST', '/v1/sandbox/reset');
    await world.profile.services.syncOnce();
    expect(world.profile.services.store.cases.get(caseId)).toBeUndefined();
    expect(count('cases')).toBe(before - 1);
  });
});

describe('a server that lost its state', () => {
  it('rebuilds the cache from scratch and never resends a change blindly', async () => {
    await world.profile.services.syncOnce();
    const [first, second] = world.profile.services.store.cases.inbox('lucia', { limit: 2 });
    world.profile.services.commands.sendReply(first!.id, 'Llegó antes del corte');
    await world.profile.services.syncOnce();
    const oldClient = world.profile.services.engine.clientId;
    const lost = world.profile.services.commands.sendReply(second!.id, 'Escrita mientras el servidor se restauraba');

    await world.sandbox.restart({ lost: true }); // a new store: new cursor epoch, no memory of this console
    await expect(world.profile.services.syncOnce()).rejects.toMatchObject({ kind: 'unauthorized' });
    await world.profile.services.signIn('sandbox');
    await world.profile.services.syncOnce();

    expect(world.profile.services.store.outbox.list('conflict')).toMatchObject([
      { id: lost.mutationId, reason: 'sequence_gap', args: { text: 'Escrita mientras el servidor se restauraba' } },
    ]);
    expect(world.profile.services.engine.clientId).not.toBe(oldClient);
    expect(await world.sandbox.outbound()).toEqual([]);
    expect(world.profile.log.lines).toContainEqual({ level: 'warn', message: 'full resync' });
    expect(count('cases')).toBe((await agentScope(world.sandbox.server.db, 'lucia')).cases);
    expect(world.profile.services.store.messages.thread(first!.id).map((m) => m.text)).not.toContain('Llegó antes del corte');

    world.profile.services.commands.sendReply(second!.id, 'La reenvío después de revisar');
    await world.profile.services.syncOnce();
    expect((await world.sandbox.outbound()).map((m) => m.text)).toEqual(['La reenvío después de revisar']);
  });
  it('keeps on screen, marked as conflicts, the changes a server that lost track of this console may not have', async () => {
    const lucia = world.profile.services;
    await lucia.syncOnce();
    const [first, second] = lucia.store.cases.inbox('lucia', { limit: 2 });
    lucia.commands.sendReply(first!.id, 'Llegó antes del corte');
    await lucia.syncOnce();
    const oldClient = lucia.engine.clientId;
    // The server is restored from a backup taken before that push: it expects this console's first seq again.
    world.sandbox.server.db.prepare('UPDATE clients SET last_seq = 0 WHERE client_id = ?').run(oldClient);
    const serverCase = world.sandbox.server.db.prepare('SELECT status FROM cases WHERE id = ?').get(second!.id);

    const reply = lucia.commands.sendReply(second!.id, 'Escrita mientras el servidor se restauraba');
    const status = lucia.commands.setStatus(second!.id, 'waiting_customer');
    const note = lucia.commands.addCustomerNote(second!.customerId, 'Anotada mientras el servidor se restauraba');
    await lucia.syncOnce();

    // Whether they reached the server is unknown: each is a conflict with why, and none is undone.
    const why = expect.stringMatching(/the server may not have received this change; check the case and send it again/);
    expect(lucia.store.outbox.list('conflict')).toMatchObject([
      { id: reply.mutationId, reason: 'sequence_gap', message: why },
      { id: status.mutationId, reason: 'sequence_gap', message: why },
      { id: note.mutationId, reason: 'sequence_gap', message: why },
    ]);
    expect(lucia.store.outbox.forCase(second!.id).map((m) => [m.id, m.status])).toEqual([[reply.mutationId, 'conflict'], [status.mutationId, 'conflict']]);
    expect(lucia.store.messages.thread(second!.id).at(-1)).toMatchObject({
      id: reply.messageId, text: 'Escrita mientras el servidor se restauraba', state: 'conflict',
    });
    expect(lucia.store.cases.get(second!.id)?.status).toBe('waiting_customer');
    expect(lucia.store.customerNotes.forCustomer(second!.customerId).find((n) => n.id === note.noteId)).toMatchObject({
      text: 'Anotada mientras el servidor se restauraba', state: 'pending',
    });
    expect(lucia.engine.status.pending).toBe(0);
    expect(lucia.engine.clientId).not.toBe(oldClient);

    // Nothing is sent again, now or on the next sync.
    await lucia.syncOnce();
    expect((await world.sandbox.outbound()).map((m) => m.text)).toEqual(['Llegó antes del corte']);
    expect(world.sandbox.server.db.prepare('SELECT status FROM cases WHERE id = ?').get(second!.id)).toEqual(serverCase);
    expect(world.sandbox.server.db.prepare('SELECT count(*) AS n FROM customer_notes WHERE id = ?').get(note.noteId)).toEqual({ n: 0 });
    expect(lucia.store.cases.get(second!.id)?.status).toBe('waiting_customer');
  });
});
