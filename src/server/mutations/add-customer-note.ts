// Agents' notes on a customer: written by an agent who holds one of the customer's cases,
// stamped with the server's clock, and seen with the customer.
import { ADD_CUSTOMER_NOTE } from '../../protocol/mutations/add-customer-note.ts';
import { APPLIED, type ServerMutation } from './types.ts';

export const addCustomerNote: ServerMutation<typeof ADD_CUSTOMER_NOTE, undefined> = {
  name: ADD_CUSTOMER_NOTE,
  /** Only an agent who can see the customer may write on them. */
  async authorize(ctx, args, tx) {
    if (!(await tx.customers.state(args.customerId))) {
      return { refused: { status: 'conflict', reason: 'customer_not_found', message: 'The customer no longer exists' } };
    }
    if (!(await tx.cases.isHeldBy(args.customerId, ctx.username))) {
      return { refused: { status: 'conflict', reason: 'not_in_scope', message: 'None of this customer’s cases is assigned to you; the note was not saved' } };
    }
    return { granted: undefined };
  },
  async apply(ctx, args, tx) {
    if (await tx.notes.exists(args.noteId)) return { status: 'rejected', reason: 'duplicate_note', message: 'A note with this id already exists' };
    const authorName = (await tx.organisation.agentName(ctx.username)) ?? ctx.username;
    await tx.notes.add({ id: args.noteId, customerId: args.customerId, author: ctx.username, authorName, text: args.text, at: ctx.now().toISOString() });
    await tx.feed.publishWithCustomer('customer_note', args.noteId);
    return APPLIED;
  },
};
