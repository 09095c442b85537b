// The sync protocol over the wire on either engine (the sandbox's SQLite, an organisation's
// PostgreSQL): pages that add up to the scope and never repeat, cursors a server refuses, a reply
// seen once by the consoles that hold its case and by no other, and the pushes a server refuses.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { ApiError } from '../../src/main/sync/api-error.ts';
import { ENGINE_SERVERS, type ServerUnderTest } from '../fixtures/servers.ts';

describe.each(ENGINE_SERVERS)('on $engine', (engine) => {
  let server: ServerUnderTest;

  beforeEach(async () => {
    server = await engine.start();
  });
  afterEach(() => server.stop());

  async function signedIn(username: string) {
    let token = '';
    const api = new ApiClient({ baseUrl: server.url, token: () => token });
    token = (await api.login(username, 'sandbox', randomUUID())).token;
    return api;
  }

  /** Every page from `cursor` to the end: the changes in order, the pages' remaining counts, the last cursor. */
  async function pullAll(api: ApiClient, cursor: string | null, limit = 50) {
    const changes: { entity: string; id: string; op: string }[] = [];
    const remaining: number[] = [];
    for (let more = true; more;) {
      const page = await api.pull(cursor, limit);
      changes.push(...page.changes);
      remaining.push(page.remaining);
      cursor = page.cursor;
      more = page.hasMore;
    }
    return { changes, remaining, cursor };
  }

  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof ApiError ? { kind: error.kind, ...error.details } : error));

  it('pages a first sync that adds up to the scope, each change once, the remaining count falling to 0', async () => {
    const lucia = await signedIn('lucia');
    const { changes, remaining } = await pullAll(lucia, null);
    const keys = changes.map((c) => `${c.entity}:${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const held = await server.sql.rows<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'lucia'");
    for (const { id } of held) expect(keys).toContain(`case:${id}`);
    expect(remaining.at(-1)).toBe(0);
    expect(remaining).toEqual([...remaining].sort((a, b) => b - a));
  });

  it('sends a reply, after a push, to the console that holds its case, once, and to no console that does not', async () => {
    const lucia = await signedIn('lucia');
    const mateo = await signedIn('mateo');
    const luciaCursor = (await pullAll(lucia, null)).cursor;
    const mateoCursor = (await pullAll(mateo, null)).cursor;
    const caseId = (await server.sql.row<{ id: string }>(
      "SELECT c.id FROM cases c WHERE c.assigned_to = 'lucia' AND c.status <> 'resolved' AND NOT EXISTS (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.assigned_to = 'mateo') ORDER BY c.number LIMIT 1"))!.id;
    const messageId = randomUUID();
    const clientId = randomUUID();
    const pushed = await lucia.push(clientId, [{ seq: 1, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId, messageId, text: 'Ya quedó resuelto.' } }]);
    expect(pushed.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const after = await pullAll(lucia, luciaCursor);
    expect(after.changes.filter((c) => c.id === messageId)).toEqual([expect.objectContaining({ entity: 'message', op: 'put' })]);
    expect(after.changes.filter((c) => c.entity === 'case' && c.id === caseId)).toHaveLength(1);
    expect((await pullAll(lucia, after.cursor)).changes).toEqual([]);
    expect((await pullAll(mateo, mateoCursor)).changes.map((c) => c.id)).not.toContain(messageId);
  });

  it('refuses a cursor from another server or past the feed\'s end, a seq that skips one, and another agent\'s client id', async () => {
    const lucia = await signedIn('lucia');
    const { cursor } = await pullAll(lucia, null);
    const [epoch, seq] = cursor!.split('.') as [string, string];
    expect(await refusal(lucia.pull(`ffffffffffff.${seq}`, 10))).toMatchObject({ status: 410 });
    expect(await refusal(lucia.pull(`${epoch}.${Number(seq) + 1000}`, 10))).toMatchObject({ status: 410 });
    const caseId = (await server.sql.row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'lucia' ORDER BY number LIMIT 1"))!.id;
    const reply = (seq: number) => ({ seq, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId, messageId: randomUUID(), text: `Respuesta ${seq}` } });
    const clientId = randomUUID();
    expect(await refusal(lucia.push(clientId, [reply(3)]))).toMatchObject({ status: 409, expectedSeq: 1 });
    expect((await lucia.push(clientId, [reply(1)])).results).toEqual([expect.objectContaining({ seq: 1, status: 'applied' })]);
    const mateo = await signedIn('mateo');
    expect(await refusal(mateo.push(clientId, [reply(2)]))).toMatchObject({ status: 409, code: 'client_taken' });
    expect(await server.sql.rows('SELECT seq FROM mutation_log WHERE client_id = ?', clientId)).toEqual([{ seq: 1 }]);
  });
});
