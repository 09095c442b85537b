// Two nodes of an organisation's server on one PostgreSQL database: a console may push on one,
// listen on the other and pull from either, and a node killed mid-push loses or doubles nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/main/sync/api-client.ts';
import { demoDatabase, startNode, type Node } from '../fixtures/organisation.ts';
import { pgSql } from '../../src/server/store/postgres/pg-sql.ts';
import pg from 'pg';

const TEST_FAULTS = { ATIENDE_TEST_FAULTS: '1' };

/** lucia's console: signed in on `node`, with one reply to one of her cases queued as seq 1. */
async function console(node: Node, database: string) {
  const clientId = randomUUID();
  let token = '';
  let base = node.url;
  const api = () => new ApiClient({ baseUrl: base, token: () => token });
  token = (await api().login('lucia', 'sandbox', clientId)).token;
  const pool = new pg.Pool({ connectionString: database });
  const sql = pgSql(pool);
  const caseId = (await sql.row<{ id: string }>("SELECT id FROM cases WHERE assigned_to = 'lucia' ORDER BY number LIMIT 1"))!.id;
  const reply = { seq: 1, id: randomUUID(), name: 'send_reply', baseVersion: null, args: { caseId, messageId: randomUUID(), text: 'Ya lo revisamos: queda resuelto.' } };
  return {
    clientId, reply, sql,
    /** Pushes from now on go to `other`. */
    switchTo: (other: Node) => (base = other.url),
    push: () => api().push(clientId, [reply]),
    delivered: async () => (await sql.rows('SELECT id FROM outbound WHERE mutation_id = ?', reply.id)).length,
    inThread: async () => (await sql.rows('SELECT id FROM messages WHERE id = ?', reply.args.messageId)).length,
    fault: (fault: object) => fetch(`${base}/v1/test/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fault) }),
    stream: async () => {
      const response = await fetch(`${base}/v1/sync/events`, { headers: { authorization: `Bearer ${token}` } });
      return response.body!.getReader();
    },
    close: () => pool.end(),
  };
}

/** Reads the stream until a poke arrives; rejects after `ms`. */
async function poked(reader: ReadableStreamDefaultReader<Uint8Array>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  let seen = '';
  while (!seen.includes('event: poke')) {
    const chunk = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no poke in ${ms} ms`)), deadline - Date.now()))]);
    if (chunk.done) throw new Error('the stream ended');
    seen += new TextDecoder().decode(chunk.value);
  }
}

/** Until `check` holds, or fails after `ms`. */
async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !await check(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error('never happened');
  }
}

describe('two nodes on one database', () => {
  it('poke a console listening on one node when it pushes on the other', async () => {
    const database = await demoDatabase();
    const [a, b] = await Promise.all([startNode(database), startNode(database)]);
    const lucia = await console(a, database);
    try {
      lucia.switchTo(b);
      const stream = await lucia.stream();
      const poke = poked(stream);
      lucia.switchTo(a);
      expect((await lucia.push()).results).toEqual([expect.objectContaining({ seq: 1, status: 'applied' })]);
      await poke;
      await stream.cancel();
    } finally {
      await lucia.close();
    }
  });

  it('deliver a reply once when its node is killed before the push commits, and the console retries on the other', async () => {
    const database = await demoDatabase();
    const [a, b] = await Promise.all([startNode(database, TEST_FAULTS), startNode(database)]);
    const lucia = await console(a, database);
    try {
      expect((await lucia.fault({ route: 'commit', delayMs: 30_000 })).status).toBe(200);
      // Its answer never comes: the node dies with the request in flight.
      const lost = lucia.push().then(() => 'answered', (error: unknown) => error);
      // The push holds its transaction open on node A: the console's row is locked, nothing is committed.
      await until(async () => (await lucia.sql.rows("SELECT pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'clients' AND l.mode = 'RowShareLock'")).length > 0);
      expect(await lucia.delivered()).toBe(0);
      a.child.kill('SIGKILL');
      await a.exited;
      expect(await lost).toBeInstanceOf(Error);
      lucia.switchTo(b);
      expect((await lucia.push()).results).toEqual([expect.objectContaining({ seq: 1, status: 'applied' })]);
      expect((await lucia.push()).results).toEqual([expect.objectContaining({ seq: 1, status: 'already_applied' })]);
      expect(await lucia.delivered()).toBe(1);
      expect(await lucia.inThread()).toBe(1);
    } finally {
      await lucia.close();
    }
  });

  it('deliver a reply once when its node is killed after the push committed but before it answered', async () => {
    const database = await demoDatabase();
    const [a, b] = await Promise.all([startNode(database, TEST_FAULTS), startNode(database)]);
    const lucia = await console(a, database);
    try {
      expect((await lucia.fault({ route: 'push', dropAfterApply: true, delayMs: 30_000 })).status).toBe(200);
      // Its answer never comes: the node dies with the request in flight.
      const lost = lucia.push().then(() => 'answered', (error: unknown) => error);
      await until(async () => (await lucia.delivered()) === 1);
      a.child.kill('SIGKILL');
      await a.exited;
      expect(await lost).toBeInstanceOf(Error);
      lucia.switchTo(b);
      expect((await lucia.push()).results).toEqual([expect.objectContaining({ seq: 1, status: 'already_applied' })]);
      expect(await lucia.delivered()).toBe(1);
      expect(await lucia.inThread()).toBe(1);
    } finally {
      await lucia.close();
    }
  });
});
