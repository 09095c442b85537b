// The feed's old deletions against the real sandbox on loopback: a console pulling from the start
// receives none it does not need, and one away longer than the feed keeps them starts over.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../protocol/sync.ts';
import { openProfile, withLucia } from '../../../tests/fixtures/services.ts';
import { tempDir } from '../../../tests/fixtures/sandbox.ts';
import { agentScope } from '../../../tests/fixtures/scope.ts';

const world = withLucia({ pageSize: 40 });
const PAGE = 40;
const DAY_MS = 24 * 3600_000;
/** A year from now: every del written so far is older than the feed keeps one. */
const pastHorizon = () => new Date(Date.now() + 365 * DAY_MS);

/** Cases of lucia's whose customer she holds no other case of: reassigned, they leave her console. */
const luciasCases = (n: number): string[] =>
  (world.sandbox.server.db.prepare(
    `SELECT id FROM cases c WHERE assigned_to = 'lucia' AND NOT EXISTS
       (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.id <> c.id AND o.assigned_to = 'lucia')
     ORDER BY number LIMIT ?`,
  ).all(n) as { id: string }[]).map((r) => r.id);
/** Mateo's only case of a customer lucia holds no case of: reassigned, it leaves his console, not hers. */
const othersCases = (n: number): string[] =>
  (world.sandbox.server.db.prepare(
    `SELECT id FROM cases c WHERE assigned_to = 'mateo' AND NOT EXISTS
       (SELECT 1 FROM cases o WHERE o.customer_id = c.customer_id AND o.id <> c.id AND o.assigned_to IN ('lucia', 'mateo'))
     ORDER BY number LIMIT ?`,
  ).all(n) as { id: string }[]).map((r) => r.id);
const reassign = (caseId: string, to = 'mateo') => world.sandbox.control('POST', '/v1/sandbox/assign', { caseId, to });
const delsHeldFor = (scope: string): number =>
  (world.sandbox.server.db.prepare("SELECT count(*) AS n FROM feed WHERE op = 'del' AND scope = ?").get(scope) as { n: number }).n;

/** A second console of lucia's, signed in on its own profile, that has pulled nothing yet. */
async function freshConsole() {
  const dir = tempDir();
  const profile = await openProfile(world.sandbox, dir.path, 'lucia', { pageSize: PAGE });
  return { profile, close: () => { profile.services.close(); dir.remove(); } };
}

/** Pulls to the end from `cursor`, returning every change in order. */
async function pullAll(pull: (cursor: string | null) => Promise<{ changes: Change[]; cursor: string; hasMore: boolean }>, cursor: string | null): Promise<Change[]> {
  const changes: Change[] = [];
  for (;;) {
    const page = await pull(cursor);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

describe('deletions a console pulling from the start does not need', () => {
  it('reach the console that held the rows, and none of them a new console', async () => {
    const [first, second] = luciasCases(2);
    await reassign(first!);
    await reassign(second!);
    expect(delsHeldFor('lucia')).toBeGreaterThan(0);
    const summary = await world.profile.services.syncOnce();
    expect(summary.pulled).toBeGreaterThan(0);
    const inbox = () => world.profile.services.store.cases.inbox('lucia', { limit: 1000 }).map((c) => c.id);
    expect(inbox()).not.toContain(first);

    const fresh = await freshConsole();
    try {
      const changes = await pullAll((cursor) => fresh.profile.services.api.pull(cursor, PAGE), null);
      expect(changes.filter((c) => c.op === 'del')).toEqual([]);
      await fresh.profile.services.syncOnce();
      const store = fresh.profile.services.store;
      expect(store.cases.inbox('lucia', { limit: 1000 }).map((c) => c.id)).toEqual(inbox());
      expect((store.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe((await agentScope(world.sandbox.server.db, 'lucia')).cases);
    } finally {
      fresh.close();
    }
  });

  it('still reach a new console when written while its first pull is under way', async () => {
    const fresh = await freshConsole();
    try {
      const pull = (cursor: string | null) => fresh.profile.services.api.pull(cursor, PAGE);
      // Pages until one brings a case that leaves lucia's console when reassigned; it goes to mateo mid-pull.
      const leaving = new Set(luciasCases(10_000));
      let cursor: string | null = null;
      const pulled: Change[] = [];
      let taken: string | undefined;
      while (!taken) {
        const page = await pull(cursor);
        pulled.push(...page.changes);
        cursor = page.cursor;
        taken = page.changes.find((c) => c.op === 'put' && c.entity === 'case' && leaving.has(c.id))?.id;
        expect(page.hasMore || taken).toBeTruthy();
      }
      await reassign(taken);
      pulled.push(...(await pullAll(pull, cursor)));
      expect(pulled.filter((c) => c.entity === 'case' && c.id === taken).map((c) => c.op)).toEqual(['put', 'del']);
    } finally {
      fresh.close();
    }
  });
});

describe('a console away longer than the feed keeps deletions', () => {
  it('starts over, delivering its queued reply once and keeping its outbox', async () => {
    const lucia = world.profile.services;
    const [kept, taken] = luciasCases(2);
    const reply = lucia.commands.sendReply(kept!, 'Escrita antes de un mes sin conexión');
    await reassign(taken!);
    const { pruned } = await world.sandbox.server.compactFeed(pastHorizon());
    expect(pruned).toBeGreaterThan(0);

    await lucia.syncOnce();
    expect(world.profile.log.lines).toContainEqual({ level: 'warn', message: 'full resync' });
    expect((await world.sandbox.outbound()).map((m) => m.text)).toEqual(['Escrita antes de un mes sin conexión']);
    expect(lucia.store.outbox.list()).toMatchObject([{ id: reply.mutationId, status: 'applied' }]);
    expect(lucia.store.messages.thread(kept!).at(-1)).toMatchObject({ id: reply.messageId, text: 'Escrita antes de un mes sin conexión', state: 'sent' });
    expect(lucia.store.cases.inbox('lucia', { limit: 1000 }).map((c) => c.id)).not.toContain(taken);
    expect((lucia.store.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe((await agentScope(world.sandbox.server.db, 'lucia')).cases);
    expect(lucia.engine.status.state).toBe('idle');
  });

  it('leaves alone a console that pulled past the deletions pruned', async () => {
    const lucia = world.profile.services;
    await reassign(luciasCases(1)[0]!);
    await lucia.syncOnce();
    expect((await world.sandbox.server.compactFeed(pastHorizon())).pruned).toBeGreaterThan(0);
    await lucia.syncOnce();
    expect(world.profile.log.lines).not.toContainEqual({ level: 'warn', message: 'full resync' });
  });

  it('leaves alone a console that kept pulling while nothing in its scope changed', async () => {
    const lucia = world.profile.services;
    // Only mateo's scope moves (a del for him); lucia's pulls come back empty, and still she pulled.
    await reassign(othersCases(1)[0]!, 'camila');
    expect((await lucia.syncOnce()).pulled).toBe(0);
    expect((await world.sandbox.server.compactFeed(pastHorizon())).pruned).toBeGreaterThan(0);
    await lucia.syncOnce();
    expect(world.profile.log.lines).not.toContainEqual({ level: 'warn', message: 'full resync' });
  });

  it('keeps the deletions younger than the horizon', async () => {
    await reassign(luciasCases(1)[0]!);
    const held = delsHeldFor('lucia');
    expect(await world.sandbox.server.compactFeed(new Date())).toMatchObject({ pruned: 0 });
    expect(delsHeldFor('lucia')).toBe(held);
    await world.profile.services.syncOnce();
    expect(world.profile.log.lines).not.toContainEqual({ level: 'warn', message: 'full resync' });
  });
});
