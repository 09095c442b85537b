// The server's half of out-of-hours auto-replies, over the wire: one delivery per dedupe key
// whichever console of the agent holding the case sends it, on a case that keeps waiting for an
// agent; only the notice the rules in force give, under the case's real closed window.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawConsole } from '../fixtures/raw-console.ts';
import { LONG_SESSIONS, startSandbox, type RunningSandbox } from '../fixtures/sandbox.ts';
import { BA } from '../fixtures/out-of-hours.ts';
import type { MutationArgs } from '../../src/protocol/mutations/index.ts';

let sandbox: RunningSandbox;
let written: { caseId: string; messageId: string };
/** Tuesday 23:00 in Buenos Aires: closed since 18:00, open again Wednesday at 9:00. */
const NOTICE = 'Hola Ana, gracias por escribirnos. En este momento estamos fuera del horario de atención; te responderemos mañana miércoles a las 9:00.';
const TUESDAY_NIGHT = '2026-03-10T21:00:00.000Z';
const key = (window = TUESDAY_NIGHT) => `autoreply:${written.caseId}:${window}`;

beforeEach(async () => {
  // Long sessions: a test moves the server's clock to the next evening.
  sandbox = await startSandbox({ autoReplies: true, sessions: LONG_SESSIONS });
  await sandbox.control('POST', '/v1/sandbox/clock', { now: BA('2026-03-10T23:00:00') });
  written = await sandbox.control('POST', '/v1/sandbox/inbound', {
    channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: '¿Hay alguien?', assignTo: 'lucia',
  });
});
afterEach(() => sandbox.stop());

/** A console of `username`: its own client id, numbering its pushes from 1. */
async function openConsole(username: string) {
  const wire = await rawConsole(sandbox, username);
  return {
    ...wire,
    send: async (args: Partial<MutationArgs<'send_auto_reply'>> = {}) => {
      const mutation = {
        caseId: written.caseId, messageId: randomUUID(), text: NOTICE, dedupeKey: key(), language: 'es', inReplyTo: written.messageId, ...args,
      };
      return { ...(await wire.push('send_auto_reply', mutation)), messageId: mutation.messageId };
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
    // The customer writes again the next evening: another window of the same case, another notice.
    await sandbox.control('POST', '/v1/sandbox/clock', { now: BA('2026-03-11T19:00:00') });
    const again = await sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: '¿Siguen ahí?', caseId: written.caseId,
    });
    expect(await second.send({
      dedupeKey: key('2026-03-11T21:00:00.000Z'), inReplyTo: again.messageId, text: NOTICE.replace('miércoles', 'jueves'),
    })).toMatchObject({ status: 'applied' });

    expect((await sandbox.outbound()).map(({ kind, clientId, mutationId }) => ({ kind, clientId, mutationId: typeof mutationId })))
      .toEqual([{ kind: 'auto_reply', clientId: first.clientId, mutationId: 'string' }, { kind: 'auto_reply', clientId: second.clientId, mutationId: 'string' }]);
    expect((await sandbox.outbound())[0]).toMatchObject({ username: 'lucia', to: '+5491155550000', text: NOTICE });
    expect(row('SELECT kind, author, state, auto_reply_key FROM messages WHERE id = ?', sent.messageId)).toEqual({
      kind: 'auto_reply', author: 'Conecta', state: 'sent', auto_reply_key: key(),
    });
    expect(row('SELECT waiting_since FROM cases WHERE id = ?', written.caseId)).toEqual({ waiting_since: waiting });
  });

  it('reaches consoles with its key, and a reset forgets every key', async () => {
    const lucia = await openConsole('lucia');
    const { messageId } = await lucia.send();
    const { changes } = await lucia.api.pull(null, 2000);
    expect(changes.find((c) => c.id === messageId)).toMatchObject({
      op: 'put', data: { kind: 'auto_reply', autoReplyKey: key() },
    });
    await sandbox.control('POST', '/v1/sandbox/reset');
    expect(row('SELECT count(*) AS n FROM auto_replies')).toEqual({ n: 0 });
  });

  it('needs the case, held by the sender, and one of its customer messages', async () => {
    const lucia = await openConsole('lucia');
    expect(await lucia.send({ caseId: 'case-999', dedupeKey: 'autoreply:case-999:x' })).toMatchObject({ status: 'conflict', reason: 'case_not_found' });
    expect(await lucia.send({ inReplyTo: 'case-001.m1', dedupeKey: 'k2' })).toMatchObject({ status: 'rejected', reason: 'not_in_case' });
    await sandbox.control('POST', '/v1/sandbox/assign', { caseId: written.caseId, to: 'mateo' });
    expect(await lucia.send()).toMatchObject({ status: 'conflict', reason: 'not_assigned' });
    expect(await sandbox.outbound()).toEqual([]);
  });

  it("refuses another agent's words and made-up keys: only the real notice of the real window goes out", async () => {
    const mateo = await openConsole('mateo');
    const phishing = { text: 'ARBITRARY TEXT: your account is locked, pay at http://phish.example', dedupeKey: `autoreply:${written.caseId}:made-up` };
    // Mateo does not hold Lucía's case.
    expect(await mateo.send(phishing)).toMatchObject({ status: 'conflict', reason: 'not_assigned' });

    const lucia = await openConsole('lucia');
    expect(await lucia.send(phishing)).toMatchObject({ status: 'rejected', reason: 'invalid_dedupe_key' });
    // A key from another window of the case: a second notice for one closed stretch.
    expect(await lucia.send({ dedupeKey: key('2026-03-09T21:00:00.000Z') })).toMatchObject({ status: 'rejected', reason: 'invalid_dedupe_key' });
    expect(await lucia.send({ text: phishing.text })).toMatchObject({ status: 'rejected', reason: 'invalid_notice_text' });
    expect(await lucia.send({ text: `${NOTICE} http://phish.example` })).toMatchObject({ status: 'rejected', reason: 'invalid_notice_text' });
    expect(await sandbox.outbound()).toEqual([]);

    // The real notice still goes, once.
    expect(await lucia.send()).toMatchObject({ status: 'applied' });
    expect(await sandbox.outbound()).toMatchObject([{ kind: 'auto_reply', text: NOTICE }]);
  });

  it('refuses a notice for a message written during business hours', async () => {
    await sandbox.control('POST', '/v1/sandbox/clock', { now: BA('2026-03-11T10:00:00') });
    const day = await sandbox.control<{ messageId: string }>('POST', '/v1/sandbox/inbound', {
      channel: 'whatsapp', customer: { name: 'Ana Gómez', handle: '+5491155550000' }, text: 'Buen día', caseId: written.caseId,
    });
    const lucia = await openConsole('lucia');
    expect(await lucia.send({ inReplyTo: day.messageId, dedupeKey: key('2026-03-10T21:00:00.000Z') }))
      .toMatchObject({ status: 'rejected', reason: 'invalid_dedupe_key', message: expect.stringContaining('during business hours') });
  });
});
