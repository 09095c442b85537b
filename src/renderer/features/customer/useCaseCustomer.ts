import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['case'];

/** The customer of the open case; null when the case is not (or no longer) in the cache. */
export function useCaseCustomer(caseId: string): CacheQuery<string | null> {
  return useCacheQuery(`case-customer:${caseId}`, async () => (await api.getCase({ caseId }))?.case.customerId ?? null, ENTITIES);
}
