// Push over the wire, with consoles pushing at the same time: each mutation applies exactly
// once and in seq order, whichever request the server reads first, on either engine (the
// sandbox's SQLite, whose transactions queue; an organisation's PostgreSQL, whose run side by side).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';
import { ApiClient } from '../../src/main/sync/api-client.ts';

describe.each(ENGINE_SERVERS)('on $engine', (server) => {
  let sandbox: ServerUnderTest;

  beforeEach(async () => {
    sandbox = await server.start();
  });
  afterEach(() => sandbox.stop());

  /** A console of `username` with a batch of replies on one of its cases, seq 1…n. */
  async function consoleWithReplies(username: string, n: number) {
    const clientId = randomUUID();
    let token = '';
    const api = new ApiClient({ baseUrl: sandbox.url, token: () => token });
    token = (await api.login(username, 'sandbox', clientId)).token;
    const caseId = (await sandbox.sql.row<{ id: string }>('SELECT id FROM cases WHERE assigned_to = ? ORDER BY number LIMIT 1', username))!.id;
    const batch = Array.from({ length: n }, (_, i) => ({
      seq: i + 1, id: randomUUID(), name: 'send_reply', baseVersion: null,
      args: { caseId, messageId: randomUUID(), text: `${username} ${i + 1}` },
    }));
    // Shuffled on the wire: the server orders by seq.
    const push = () => api.push(clientId, [...batch].reverse());
    return { clientId, batch, push };
  }

  const delivered = async (clientId: string) =>
    (await sandbox.sql.rows<{ text: string }>('SELECT text FROM outbound WHERE client_id = ? ORDER BY id', clientId)).map((r) => r.text);

  describe('concurrent pushes', () => {
    it('apply each client’s mutations exactly once, in seq order', async () => {
      const lucia = await consoleWithReplies('lucia', 5);
      const mateo = await consoleWithReplies('mateo', 5);

      const [first, second] = await Promise.all([lucia.push(), mateo.push()]);
      expect(first.results.map((r) => [r.seq, r.status])).toEqual([1, 2, 3, 4, 5].map((seq) => [seq, 'applied']));
      expect(second.results.map((r) => [r.seq, r.status])).toEqual([1, 2, 3, 4, 5].map((seq) => [seq, 'applied']));

      // Both consoles resend, at the same time again, as after a lost answer.
      const again = await Promise.all([lucia.push(), mateo.push(), lucia.push()]);
      for (const response of again) expect(response.results.every((r) => r.status === 'already_applied')).toBe(true);

      // Delivered in the order written (outbound's id): seq order.
      expect(await delivered(lucia.clientId)).toEqual(['lucia 1', 'lucia 2', 'lucia 3', 'lucia 4', 'lucia 5']);
      expect(await delivered(mateo.clientId)).toEqual(['mateo 1', 'mateo 2', 'mateo 3', 'mateo 4', 'mateo 5']);
      const logged = async (clientId: string) =>
        (await sandbox.sql.rows<{ seq: number }>('SELECT seq FROM mutation_log WHERE client_id = ? ORDER BY seq', clientId)).map((r) => r.seq);
      expect(await logged(lucia.clientId)).toEqual([1, 2, 3, 4, 5]);
      expect(await logged(mateo.clientId)).toEqual([1, 2, 3, 4, 5]);
    });
  });
});
