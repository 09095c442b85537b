import type { CustomerProfile } from '../../../shared/customer.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['customer', 'identity'];

/** Who the customer is on every channel, re-read when the record or an identity changes. */
export function useCustomerProfile(customerId: string): CacheQuery<CustomerProfile | null> {
  return useCacheQuery(`customer:${customerId}`, () => api.getCustomer({ customerId }), ENTITIES);
}
