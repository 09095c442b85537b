// Trainer controls on the sandbox's own store: a customer writing on a resolved case.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SandboxServer } from '../server.ts';

let server: SandboxServer;

beforeEach(async () => {
  server = await SandboxServer.open();
});
afterEach(async () => {
  await server.close();
});

const resolvedCase = () => {
  const found = server.db
    .prepare<[], { id: string; channel: string }>("SELECT id, channel FROM cases WHERE status = 'resolved' AND assigned_to = 'lucia' LIMIT 1")
    .get();
  if (!found) throw new Error('The scenario has no resolved case of lucia');
  return found;
};
const stateOf = (id: string) =>
  server.db.prepare<[string], { status: string; waiting_since: string | null }>('SELECT status, waiting_since FROM cases WHERE id = ?').get(id);
const write = (c: { id: string; channel: string }, text: string) =>
  server.controls.inbound({ channel: c.channel as never, customer: { name: 'Cliente', handle: 'h' }, caseId: c.id, text });

describe('a customer writing on a resolved case', () => {
  it('leaves it resolved for a thank-you, keeping the message in the thread', async () => {
    const c = resolvedCase();
    const { messageId } = await write(c, '¡Muchas gracias! 🙌');
    expect(stateOf(c.id)).toEqual({ status: 'resolved', waiting_since: null });
    expect(server.db.prepare('SELECT text FROM messages WHERE id = ?').get(messageId)).toEqual({ text: '¡Muchas gracias! 🙌' });
  });

  it('reopens it when the problem is back, waiting from that message', async () => {
    const c = resolvedCase();
    const { messageId } = await write(c, 'sigue sin andar');
    const sentAt = server.db.prepare<[string], { sent_at: string }>('SELECT sent_at FROM messages WHERE id = ?').get(messageId)?.sent_at;
    expect(stateOf(c.id)).toEqual({ status: 'open', waiting_since: sentAt });
  });

  it('does not change an unresolved case’s state', async () => {
    const open = server.db
      .prepare<[], { id: string; channel: string; status: string }>("SELECT id, channel, status FROM cases WHERE status = 'waiting_customer' LIMIT 1")
      .get();
    await write(open!, 'gracias');
    expect(stateOf(open!.id)?.status).toBe('waiting_customer');
  });
});
