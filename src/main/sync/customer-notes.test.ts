// Agents' notes on a customer: written offline, shown at once as pending, saved exactly once by
// the server, and seen by every agent holding one of the customer's cases.
import { describe, expect, it } from 'vitest';
import { withTwoAgents } from '../../../tests/fixtures/services.ts';
import { CommandError } from '../commands/errors.ts';

const world = withTwoAgents();

const ana = 'cus-ana-gomez'; // lucia holds cases 001–003, mateo case-004
const serverNotes = () =>
  world.sandbox.server.db.prepare('SELECT id, customer_id AS customerId, author, author_name AS authorName, text FROM customer_notes ORDER BY created_at').all();

describe('notes on a customer', () => {
  it('are added offline, shown pending at once, saved once and seen by the other agent holding a case', async () => {
    await world.sandbox.goOffline();
    const { noteId } = world.lucia.services.commands.addCustomerNote(ana, '  Prefiere que la llamen a la tarde  ');
    expect(world.lucia.services.store.customerNotes.forCustomer(ana)).toEqual([
      expect.objectContaining({ id: noteId, text: 'Prefiere que la llamen a la tarde', author: 'lucia', authorName: 'Lucía Fernández', state: 'pending' }),
    ]);
    await expect(world.lucia.services.syncOnce()).rejects.toThrow();

    await world.sandbox.restart();
    await world.sandbox.fault({ route: 'push', dropAfterApply: true }); // the answer is lost: the console sends it again
    await world.lucia.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(serverNotes()).toEqual([{ id: noteId, customerId: ana, author: 'lucia', authorName: 'Lucía Fernández', text: 'Prefiere que la llamen a la tarde' }]);
    const [saved] = world.lucia.services.store.customerNotes.forCustomer(ana);
    expect(saved).toMatchObject({ id: noteId, state: 'saved' });
    expect(world.lucia.services.store.outbox.list()).toMatchObject([{ name: 'add_customer_note', status: 'applied' }]);

    await world.mateo.services.syncOnce();
    expect(world.mateo.services.store.customerNotes.forCustomer(ana)).toEqual([saved]);
  });

  it('list newest first', async () => {
    world.lucia.services.commands.addCustomerNote(ana, 'Primera');
    await world.lucia.services.syncOnce();
    world.mateo.services.commands.addCustomerNote(ana, 'Segunda');
    await world.mateo.services.syncOnce();
    await world.lucia.services.syncOnce();
    expect(world.lucia.services.store.customerNotes.forCustomer(ana).map((n) => [n.text, n.authorName])).toEqual([
      ['Segunda', 'Mateo Rossi'], ['Primera', 'Lucía Fernández'],
    ]);
  });

  it('refuse an empty note or an unknown customer before queuing anything', () => {
    const code = (act: () => unknown) => {
      try {
        act();
      } catch (error) {
        return error instanceof CommandError ? error.code : 'other';
      }
      return 'accepted';
    };
    expect(code(() => world.lucia.services.commands.addCustomerNote(ana, '   '))).toBe('invalid_note');
    expect(code(() => world.lucia.services.commands.addCustomerNote('cus-nobody', 'Hola'))).toBe('customer_not_found');
    expect(world.lucia.services.store.outbox.list()).toEqual([]);
  });

  it('stay on screen marked refused when the customer left the agent’s scope before the note reached the server', async () => {
    const { noteId } = world.mateo.services.commands.addCustomerNote(ana, 'Escrita justo antes de la reasignación');
    await world.sandbox.control('POST', '/v1/sandbox/assign', { caseId: 'case-004', to: 'lucia' });
    await world.mateo.services.syncOnce();
    expect(serverNotes()).toEqual([]);
    expect(world.mateo.services.store.outbox.list('conflict')).toMatchObject([{ id: expect.any(String), reason: 'not_in_scope', args: { noteId } }]);
    expect(world.mateo.services.store.db.prepare('SELECT state FROM customer_notes WHERE id = ?').get(noteId)).toEqual({ state: 'refused' });
  });
});
