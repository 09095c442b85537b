import type { CustomerCase } from '../../../shared/customer.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

// A message matters only to a case without a subject, whose summary is its first message.
const ENTITIES: readonly EntityName[] = ['case', 'message', 'agent'];

/** All the customer's cases in the cache, newest first. */
export function useCustomerHistory(customerId: string): CacheQuery<CustomerCase[]> {
  return useCacheQuery(`customer-history:${customerId}`, () => api.customerHistory({ customerId }), ENTITIES);
}
