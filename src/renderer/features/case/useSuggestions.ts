import type { CaseSuggestions } from '../../../shared/contract.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { readSuggestions, SUGGESTION_ENTITIES } from './caseSuggestions.ts';

/** What to answer this case with, re-read when the customer writes or the knowledge changes. */
export function useSuggestions(caseId: string): CacheQuery<CaseSuggestions> {
  return useCacheQuery(`suggest:${caseId}`, () => readSuggestions(caseId), SUGGESTION_ENTITIES);
}
