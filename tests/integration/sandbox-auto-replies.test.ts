// The server's half of out-of-hours auto-replies, over the wire: one delivery per dedupe key
// whichever console sends it, on a case that keeps waiting for an agent.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import type { MutationArgs } from '../../src/protocol/mutations/index.ts';

let sandbox: RunningSandbox;
let written: { caseId: string; messageId: string };

beforeEach(async () => {
  sandbox = await startSandbox();
  written = await sandbox.control('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: '¿Hay alguien?', assignTo: 'lucia',
  });
});
afterEach(() => sandbox.stop());

/** A console of `username`: its own client id, numbering its pushes from 1. */
async function openConsole(username: string) {
  const clientId = randomUUID();
  let token = '';
  const api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
  token = (await api.login(username, 'sandbox', clientId)).token;
  let seq = 0;
  return {
    clientId,
    api,
    send: async (args: Partial<MutationArgs<'send_auto_reply'>> = {}) => {
      const mutation = {
        caseId: written.caseId, messageId: randomUUID(), text: 'Hola Ana, volvemos mañana a las 9:00.',
        dedupeKey: `autoreply:${written.caseId}:2026-03-10T21:00:00.000Z`, language: 'es', inReplyTo: written.messageId, ...args,
      };
      const { results } = await api.push(clientId, [{ seq: ++seq, id: randomUUID(), name: 'send_auto_reply', args: mutation, baseVersion: null }]);
      return { ...results[0]!, messageId: mutation.messageId };
    },
  };
}

const row = <T>(sql: string, ...params: unknown[]) => sandbox.server.db.prepare(sql).get(...params) as T;

describe('send_auto_reply on the server', () => {
  it('delivers once per dedupe key, signed by the company, leaving the case waiting', async () => {
    const waiting = row<{ waiting_since: string }>('SELECT waiting_since FROM cases WHERE id = ?', written.caseId).waiting_since;
    const first = await openConsole('lucia');
    const second = await openConsole('lucia');
    const sent = await first.send();
    expect(sent.status).toBe('applied');
    expect(await second.send()).toMatchObject({ status: 'conflict', reason: 'already_auto_replied' });
    // Another window of the same case is another notice.
    expect(await second.send({ dedupeKey: `autoreply:${written.caseId}:2026-03-11T21:00:00.000Z` })).toMatchObject({ status: 'applied' });

    expect((await sandbox.outbound()).map(({ kind, clientId, mutationId }) => ({ kind, clientId, mutationId: typeof mutationId })))
      .toEqual([{ kind: 'auto_reply', clientId: first.clientId, mutationId: 'string' }, { kind: 'auto_reply', clientId: second.clientId, mutationId: 'string' }]);
    expect((await sandbox.outbound())[0]).toMatchObject({ username: 'lucia', to: '+5491155550000', text: 'Hola Ana, volvemos mañana a las 9:00.' });
    expect(row('SELECT kind, author, state, auto_reply_key FROM messages WHERE id = ?', sent.messageId)).toEqual({
      kind: 'auto_reply', author: 'Conecta', state: 'sent', auto_reply_key: `autoreply:${written.caseId}:2026-03-10T21:00:00.000Z`,
    });
    expect(row('SELECT waiting_since FROM cases WHERE id = ?', written.caseId)).toEqual({ waiting_since: waiting });
  });

  it('reaches consoles with its key, and a reset forgets every key', async () => {
    const lucia = await openConsole('lucia');
    const { messageId } = await lucia.send();
    const { changes } = await lucia.api.pull(null, 2000);
    expect(changes.find((c) => c.id === messageId)).toMatchObject({
      op: 'put', data: { kind: 'auto_reply', autoReplyKey: `autoreply:${written.caseId}:2026-03-10T21:00:00.000Z` },
    });
    await sandbox.control('POST', '/v1/sandbox/reset');
    expect(row('SELECT count(*) AS n FROM auto_replies')).toEqual({ n: 0 });
  });

  it('needs the case, and one of its customer messages, but not the case’s assignee', async () => {
    const lucia = await openConsole('lucia');
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: written.caseId, to: 'mateo' });
    expect(await lucia.send()).toMatchObject({ status: 'applied' });
    expect(await lucia.send({ caseId: 'case-999', dedupeKey: 'autoreply:case-999:x' })).toMatchObject({ status: 'conflict', reason: 'case_not_found' });
    expect(await lucia.send({ inReplyTo: 'case-001.m1', dedupeKey: 'k2' })).toMatchObject({ status: 'rejected', reason: 'not_in_case' });
    expect(await sandbox.outbound()).toHaveLength(1);
  });
});
