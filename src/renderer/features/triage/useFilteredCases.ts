import type { EntityName } from '../../../shared/events.ts';
import type { FilteredCase } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox'];

/** The cases only noise waits on, with that noise; re-read when the cache changes. */
export function useFilteredCases(): CacheQuery<FilteredCase[]> {
  return useCacheQuery('filtered-cases', () => api.listFiltered({}), ENTITIES);
}

/** Filtered messages waiting, as the view's count shows them. */
export const filteredMessageCount = (cases: readonly FilteredCase[] | undefined): number =>
  (cases ?? []).reduce((sum, c) => sum + c.messages.length, 0);
