// Another agent's case, synced as part of a customer's history, is read-only in this console:
// commands refuse it before anything reaches the outbox or the screen.
import { describe, expect, it } from 'vitest';
import { withTwoAgents } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withTwoAgents();

// Ana Gómez's case-004 is mateo's; lucia holds cases 001–003 of hers, so she has it as history.
const history = 'case-004';

const refusal = (act: () => unknown): CommandError => {
  try {
    act();
  } catch (error) {
    if (error instanceof CommandError) return error;
    throw error;
  }
  throw new Error('The command was not refused');
};

describe('a case in the customer’s history', () => {
  it('refuses a reply or a state change with not_assigned, queuing nothing and changing nothing', async () => {
    const { store, commands } = world.lucia.services;
    const before = store.cases.get(history)!;
    const thread = store.messages.thread(history);
    expect(before.assignedTo).toBe('mateo');

    const reply = refusal(() => commands.sendReply(history, 'Hola Ana, te escribo yo'));
    expect(reply.code).toBe('not_assigned');
    expect(reply.message).toMatch(/#1004 is assigned to mateo: it is read-only here/);
    expect(refusal(() => commands.sendReply('#1004', 'Por número tampoco')).code).toBe('not_assigned');
    expect(refusal(() => commands.setStatus(history, 'pending_company')).code).toBe('not_assigned');

    expect(store.outbox.list()).toEqual([]);
    expect(store.messages.thread(history)).toEqual(thread);
    expect(store.cases.get(history)).toEqual(before);
    await world.lucia.services.syncOnce();
    expect(await world.sandbox.outbound()).toEqual([]);
  });

  it('stays writable for the agent it is assigned to', async () => {
    world.mateo.services.commands.sendReply(history, 'Hola Ana, soy Mateo');
    await world.mateo.services.syncOnce();
    expect((await world.sandbox.outbound()).map((m) => m.text)).toEqual(['Hola Ana, soy Mateo']);
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.messages.thread(history).at(-1)).toMatchObject({ text: 'Hola Ana, soy Mateo', state: 'sent' });
  });
});
