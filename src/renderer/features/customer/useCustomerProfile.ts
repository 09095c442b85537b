import type { CustomerProfile } from '../../../shared/customer.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

// The outbox: the panel says which links and merges still wait for the server.
const ENTITIES: readonly EntityName[] = ['customer', 'identity', 'case', 'outbox'];

/**
 * The open case's customer, on every channel; null when the case or its customer is not (or no
 * longer) in the cache. Re-read when the record, an identity or the case changes.
 */
export function useCustomerProfile(caseId: string): CacheQuery<CustomerProfile | null> {
  return useCacheQuery(`case-customer:${caseId}`, () => api.getCustomer({ caseId }), ENTITIES);
}
