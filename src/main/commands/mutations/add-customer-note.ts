import { AddCustomerNoteArgs, type ADD_CUSTOMER_NOTE } from '../../../protocol/mutations/add-customer-note.ts';
import { isRefusal, type MutationModule } from './module.ts';

/**
 * Shown at once as pending; a refused note stays, marked refused, so its text is not lost. One
 * the server may or may not have (a sequence gap) is left as it is: it arrives by pull if it did.
 */
export const addCustomerNote: MutationModule<typeof ADD_CUSTOMER_NOTE> = {
  args: AddCustomerNoteArgs,
  effect(store, args, { author, at }) {
    store.customerNotes.insertLocal({
      id: args.noteId, customer_id: args.customerId, author: author.username, author_name: author.name, text: args.text, created_at: at,
    });
  },
  settle(store, args, ending) {
    if (isRefusal(ending)) store.customerNotes.markRefused(args.noteId);
  },
  announces: ['customer_note'],
};
