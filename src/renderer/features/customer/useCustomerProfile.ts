import type { CustomerProfile } from '../../../shared/customer.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['customer', 'identity', 'case'];

/**
 * The open case's customer, on every channel; null when the case or its customer is not (or no
 * longer) in the cache. Re-read when the record, an identity or the case changes.
 */
export function useCustomerProfile(caseId: string): CacheQuery<CustomerProfile | null> {
  return useCacheQuery(`case-customer:${caseId}`, () => api.getCustomer({ caseId }), ENTITIES);
}
