// The customer's whole history and the agents' notes on them.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';

type CustomerHandlers = Pick<Handlers, 'customerHistory' | 'customerNotes' | 'addCustomerNote'>;

export function customerHandlers(controller: ConsoleController): CustomerHandlers {
  const store = () => controller.current.store;
  return {
    customerHistory: ({ customerId }) => store().cases.history(customerId, controller.current.profile.username),
    customerNotes: ({ customerId }) => store().customerNotes.forCustomer(customerId),
    addCustomerNote: ({ customerId, text }) => ({ noteId: controller.current.commands.addCustomerNote(customerId, text).noteId }),
  };
}
