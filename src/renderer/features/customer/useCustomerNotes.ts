import type { CustomerNote } from '../../../shared/customer.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['customer_note'];

/** The agents' notes on the customer, newest first, the agent's unsent ones included. */
export function useCustomerNotes(customerId: string): CacheQuery<CustomerNote[]> {
  return useCacheQuery(`customer-notes:${customerId}`, () => api.customerNotes({ customerId }), ENTITIES);
}
