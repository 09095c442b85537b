import { z } from 'zod';
import { CUSTOMER_NOTE_MAX } from '../../shared/customer.ts';
import { id } from '../fields.ts';

export const ADD_CUSTOMER_NOTE = 'add_customer_note';
/** A note on a customer; the console chooses its id, so a resent push cannot add it twice. */
export const AddCustomerNoteArgs = z.object({
  noteId: z.uuid(),
  customerId: id,
  text: z.string().trim().min(1).max(CUSTOMER_NOTE_MAX),
});
