// The block list: a sender blocked offline shows at once, reaches the server once and every
// agent's console; unblocking reverses it for all; a refused change never lingers on screen.
import { describe, expect, it } from 'vitest';
import { withTwoAgents } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withTwoAgents();

const serverRows = () => world.sandbox.server.db.prepare('SELECT id, channel, handle, reason, blocked_by, unblocked_at FROM blocked_senders').all();

/** One of Lucía's cases whose customer has an identity on the case's channel. */
function luciaCase(): { id: string; channel: string; handle: string } {
  const store = world.lucia.services.store;
  for (const summary of store.cases.inbox('lucia', {})) {
    const sender = store.blocks.senderOfCase(summary.id);
    if (sender) return { id: summary.id, ...sender };
  }
  throw new Error('The seed has no case with a sender');
}

describe('blocking a sender', () => {
  it('puts the sender back in the queue when the server refuses the block, and never blocks from another agent’s case', async () => {
    const store = world.lucia.services.store;
    const ids = (view: 'queue' | 'filtered') => store.cases.inbox('lucia', { view }).map((c) => c.id);
    const target = store.cases.inbox('lucia', { view: 'queue' })
      .find((c) => c.status !== 'resolved' && c.waitingSince !== null && store.blocks.senderOfCase(c.id) !== null);
    if (!target) throw new Error('The seed has no waiting case with a sender');
    const { mutationId } = world.lucia.services.commands.blockSender(target.id, 'Troll');
    expect(ids('filtered')).toContain(target.id);
    // An older console sent a block the server cannot take: it is refused and undone here.
    store.db.prepare("UPDATE outbox SET args = json_set(args, '$.handle', '') WHERE id = ?").run(mutationId);
    await world.lucia.services.syncOnce();
    expect(store.outbox.find(mutationId)?.status).toBe('rejected');
    expect(ids('queue')).toContain(target.id);
    expect(ids('filtered')).not.toContain(target.id);

    const history = store.db.prepare<[], { id: string }>("SELECT id FROM cases WHERE assigned_to IS NOT 'lucia' LIMIT 1").get();
    if (history) expect(() => world.lucia.services.commands.blockSender(history.id, 'Troll')).toThrow(expect.objectContaining({ code: 'not_assigned' }));
  });

  it('takes what the sender wrote out of the work queue at once, and brings it back when lifted', async () => {
    const store = world.lucia.services.store;
    const ids = (view: 'queue' | 'filtered') => store.cases.inbox('lucia', { view }).map((c) => c.id);
    const target = store.cases.inbox('lucia', { view: 'queue' })
      .find((c) => c.status !== 'resolved' && c.waitingSince !== null && store.blocks.senderOfCase(c.id) !== null);
    if (!target) throw new Error('The seed has no waiting case with a sender');

    const { blockId } = world.lucia.services.commands.blockSender(target.id, 'Troll');
    expect(ids('queue')).not.toContain(target.id);
    expect(ids('filtered')).toContain(target.id);
    expect(store.triage.filteredMessages('lucia').get(target.id)?.map((m) => m.noise)).toContain('blocked');
    await world.lucia.services.syncOnce();
    expect(ids('filtered')).toContain(target.id); // the server's confirmation keeps it filtered

    world.lucia.services.commands.unblockSender(blockId);
    expect(ids('queue')).toContain(target.id);
    await world.lucia.services.syncOnce();
    expect(ids('queue')).toContain(target.id);
    expect(ids('filtered')).not.toContain(target.id);
  });

  it('shows at once offline, is applied once, and reaches the other agent', async () => {
    const target = luciaCase();
    await world.sandbox.goOffline();
    const { blockId, mutationId } = world.lucia.services.commands.blockSender(target.id, 'Spam de criptomonedas');
    expect(world.lucia.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(true);
    expect(world.lucia.services.store.blocks.isBlocked(target.channel, target.handle.toUpperCase())).toBe(true);
    expect(world.lucia.services.store.blocks.list()).toEqual([
      expect.objectContaining({ id: blockId, handle: target.handle, reason: 'Spam de criptomonedas', blockedBy: 'lucia', pending: true }),
    ]);
    expect(() => world.lucia.services.commands.blockSender(target.id, 'otra vez')).toThrow(/already blocked/);
    await expect(world.lucia.services.syncOnce()).rejects.toThrow(/Cannot reach/);

    await world.sandbox.restart();
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(serverRows()).toEqual([
      { id: blockId, channel: target.channel, handle: target.handle, reason: 'Spam de criptomonedas', blocked_by: 'lucia', unblocked_at: null },
    ]);
    expect(world.sandbox.server.db.prepare('SELECT status FROM mutation_log WHERE mutation_id = ?').all(mutationId)).toEqual([{ status: 'applied' }]);
    expect(world.lucia.services.store.blocks.get(blockId)).toMatchObject({ pending: false, blockedByName: expect.any(String) });

    await world.mateo.services.syncOnce();
    expect(world.mateo.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(true);
    expect(world.mateo.services.store.blocks.get(blockId)).toMatchObject({ blockedBy: 'lucia', reason: 'Spam de criptomonedas' });
  });

  it('is lifted for everyone by an unblock from any agent', async () => {
    const target = luciaCase();
    const { blockId } = world.lucia.services.commands.blockSender(target.id, 'Troll');
    await world.lucia.services.syncOnce();
    await world.mateo.services.syncOnce();

    world.mateo.services.commands.unblockSender(blockId);
    expect(world.mateo.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(false);
    expect(world.mateo.services.store.blocks.list()).toEqual([]);
    await world.mateo.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(serverRows()).toEqual([expect.objectContaining({ id: blockId, unblocked_at: expect.any(String) })]);
    expect(world.lucia.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(false);
    expect(world.lucia.services.store.blocks.get(blockId)).toBeNull();
    expect(world.mateo.services.store.db.prepare('SELECT count(*) AS n FROM blocked_senders').get()).toEqual({ n: 0 });
  });

  it('is refused on a case with no identity on its channel', () => {
    const target = luciaCase();
    const store = world.lucia.services.store;
    store.db.prepare("DELETE FROM customer_identities WHERE handle = ? AND channel = ?").run(target.handle, target.channel);
    const pending = store.outbox.counts().pending;
    const attempt = () => world.lucia.services.commands.blockSender(target.id, 'Spam');
    expect(attempt).toThrow(CommandError);
    expect(attempt).toThrow(/has no customer identity on .*: there is no sender to block/);
    expect(store.outbox.counts().pending).toBe(pending);
    expect(store.blocks.list()).toEqual([]);
  });
});

describe('a refused block-list change', () => {
  it('an unblock of an id the server does not know is refused with its reason, and the block shows again', async () => {
    const target = luciaCase();
    // A block the cache holds but the server has lost (restored from an older backup, say).
    const blockId = crypto.randomUUID();
    world.lucia.services.store.blocks.upsert({
      id: blockId, channel: target.channel, handle: target.handle, reason: 'Spam', blocked_by: 'mateo', blocked_at: '2025-01-01T10:00:00.000Z', version: 1,
    });
    world.lucia.services.commands.unblockSender(blockId);
    expect(world.lucia.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(false);

    world.lucia.events.length = 0;
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.outbox.list('rejected')).toEqual([expect.objectContaining({
      name: 'unblock_sender', reason: 'block_not_found', message: `No block ${blockId} on the server; nothing was unblocked`,
    })]);
    expect(world.lucia.services.store.blocks.isBlocked(target.channel, target.handle)).toBe(true);
    expect(world.lucia.events).toContainEqual({ type: 'changed', entities: ['outbox', 'message', 'blocked_sender', 'case'] });
  });

  it('a second block of a sender already blocked leaves only the first', async () => {
    const target = luciaCase();
    const first = world.lucia.services.commands.blockSender(target.id, 'Spam');
    // Mateo's console has not heard of Lucía's block yet: it sends its own.
    const mutation = { seq: 1, id: crypto.randomUUID(), name: 'block_sender', args: { blockId: crypto.randomUUID(), channel: target.channel, handle: target.handle, reason: 'Troll' }, baseVersion: null };
    await world.lucia.services.syncOnce();
    const answer = await world.mateo.services.api.push(world.mateo.services.engine.clientId, [mutation]);
    expect(answer.results[0]).toMatchObject({ status: 'rejected', reason: 'already_blocked' });
    expect(serverRows()).toEqual([expect.objectContaining({ id: first.blockId })]);
  });
});
