import type { CaseSuggestions } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['message', 'article', 'template'];

/** What to answer this case with, re-read when the customer writes or the knowledge changes. */
export function useSuggestions(caseId: string): CacheQuery<CaseSuggestions> {
  return useCacheQuery(`suggest:${caseId}`, () => api.suggestForCase({ caseId }), ENTITIES);
}
