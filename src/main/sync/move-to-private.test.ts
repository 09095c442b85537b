// Moving a public case to private against the real sandbox: the invitation is delivered once
// as a public reply, the case records where it moved, and the customer's next message on that
// private channel opens a case linked to the public one.
import { describe, expect, it } from 'vitest';
import { withLucia } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withLucia();

const INVITATION = 'Hola Ana, seguimos por DM: escribinos por mensaje directo. ^Lucía';
const inbound = (channel: string, handle: string, text: string) =>
  world.sandbox.control<{ caseId: string }>('POST', '/v1/sandbox/inbound', { channel, customer: { name: 'Ana Gómez', handle }, text });

describe('moving a public case to private', () => {
  it('delivers the invitation publicly exactly once and records the move', async () => {
    // case-001: Ana's X mention, assigned to lucia.
    const queued = world.profile.services.commands.moveToPrivate('case-001', INVITATION, 'x_dm', { templates: [{ id: 'tpl-privado-x', version: 1 }] });
    expect(world.profile.services.store.cases.summary('case-001')).toMatchObject({ movedTo: 'x_dm', waitingSince: null });
    expect(world.profile.services.store.messages.thread('case-001').at(-1)).toMatchObject({ id: queued.messageId, state: 'queued', text: INVITATION });

    await world.sandbox.fault({ route: 'push', dropAfterApply: true });
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed).toMatchObject({ applied: 0, already_applied: 1 });
    await world.profile.services.syncOnce();
    expect(await world.sandbox.outbound()).toEqual([
      expect.objectContaining({ caseId: 'case-001', channel: 'x_mention', text: INVITATION, kind: 'move_to_private', mutationId: queued.mutationId }),
    ]);
    expect(world.profile.services.store.messages.thread('case-001').at(-1)).toMatchObject({ id: queued.messageId, state: 'sent' });
    expect(world.sandbox.server.db.prepare("SELECT moved_to FROM cases WHERE id = 'case-001'").get()).toEqual({ moved_to: 'x_dm' });
  });

  it('links the customer’s next private message to the public case, in both cases', async () => {
    world.profile.services.commands.moveToPrivate('case-001', INVITATION, 'x_dm');
    await world.profile.services.syncOnce();
    const { caseId } = await inbound('x_dm', '@anagomez_cba', 'Hola, les escribo por acá: mi DNI es 30111222');
    await world.profile.services.syncOnce();

    const { store } = world.profile.services;
    const privateCase = store.cases.summary(caseId)!;
    expect(privateCase).toMatchObject({ channel: 'x_dm', assignedTo: 'lucia', continues: { caseId: 'case-001', number: 1001 } });
    const publicCase = store.cases.summary('case-001')!;
    expect(publicCase.continuedIn).toEqual({ caseId, number: privateCase.number });
    expect(store.cases.links(publicCase).continuedIn).toMatchObject({ caseId, available: true });
    expect(store.cases.links(privateCase).continues).toMatchObject({ caseId: 'case-001', number: 1001, available: true });
    expect(privateCase.customerId).toBe(publicCase.customerId);
  });

  it('recognises the customer by the same handle on the public network, and identifies them for next time', async () => {
    // case-047: @ramagil's X mention; the customer has no X DM identity yet.
    world.profile.services.commands.moveToPrivate('case-047', 'Escribinos por DM, por favor. ^Lucía', 'x_dm');
    await world.profile.services.syncOnce();
    const { caseId } = await inbound('x_dm', '@ramagil', 'Listo, acá estoy');
    const customerOf = (id: string) => (world.sandbox.server.db.prepare('SELECT customer_id FROM cases WHERE id = ?').get(id) as { customer_id: string }).customer_id;
    expect(customerOf(caseId)).toBe(customerOf('case-047'));
    expect(world.sandbox.server.db.prepare("SELECT customer_id FROM identities WHERE channel = 'x_dm' AND handle = '@ramagil'").get())
      .toEqual({ customer_id: customerOf('case-047') });
    expect(world.sandbox.server.db.prepare('SELECT continues FROM cases WHERE id = ?').get(caseId)).toEqual({ continues: 'case-047' });
  });

  it('leaves a private message from someone else, or on another channel, unlinked', async () => {
    world.profile.services.commands.moveToPrivate('case-001', INVITATION, 'x_dm');
    await world.profile.services.syncOnce();
    const stranger = await inbound('x_dm', '@otra_persona', 'Hola');
    const otherChannel = await inbound('whatsapp', '+54 9 351 555-0101', 'Hola, soy Ana');
    const continues = (id: string) => world.sandbox.server.db.prepare('SELECT continues FROM cases WHERE id = ?').get(id);
    expect(continues(stranger.caseId)).toEqual({ continues: null });
    expect(continues(otherChannel.caseId)).toEqual({ continues: null });
    expect(world.sandbox.server.db.prepare("SELECT continued_in FROM cases WHERE id = 'case-001'").get()).toEqual({ continued_in: null });
  });

  it('is refused on a private case or towards a channel the public one does not offer', async () => {
    const privateCase = world.profile.services.store.cases.inbox('lucia').find((c) => c.channel === 'whatsapp')!;
    const code = (call: () => unknown) => {
      try {
        call();
        return null;
      } catch (error) {
        return error instanceof CommandError ? error.code : error;
      }
    };
    expect(code(() => world.profile.services.commands.moveToPrivate(privateCase.id, 'Hola', 'email'))).toBe('not_public');
    expect(code(() => world.profile.services.commands.moveToPrivate('case-001', 'Hola', 'facebook_messenger'))).toBe('invalid_target');
    expect(code(() => world.profile.services.commands.moveToPrivate('case-001', 'a'.repeat(281), 'x_dm'))).toBe('reply_too_long');
    expect(world.profile.services.store.outbox.counts().pending).toBe(0);

    // A console that skipped the check: the server refuses it and delivers nothing.
    const push = await world.profile.services.api.push(world.profile.services.engine.clientId, [{
      seq: 1, id: crypto.randomUUID(), name: 'move_to_private', baseVersion: null,
      args: { caseId: privateCase.id, messageId: crypto.randomUUID(), text: 'Hola', channel: 'email' },
    }]);
    expect(push.results[0]).toMatchObject({ status: 'rejected', reason: 'not_public' });
    expect(await world.sandbox.outbound()).toEqual([]);
  });

  it('undoes a refused move on screen: no target, the invitation marked failed', async () => {
    const queued = world.profile.services.commands.moveToPrivate('case-001', INVITATION, 'x_dm');
    world.profile.services.store.db.prepare("UPDATE outbox SET args = json_set(args, '$.channel', 'facebook_messenger') WHERE id = ?").run(queued.mutationId);
    const summary = await world.profile.services.syncOnce();
    expect(summary.pushed.rejected).toBe(1);
    expect(world.profile.services.store.cases.summary('case-001')?.movedTo).toBeNull();
    expect(world.profile.services.store.messages.thread('case-001').find((m) => m.id === queued.messageId)).toMatchObject({ state: 'failed' });
    expect(world.profile.services.store.outbox.forCase('case-001')).toMatchObject([{ status: 'rejected', reason: 'invalid_target' }]);
    expect(await world.sandbox.outbound()).toEqual([]);
  });
});
