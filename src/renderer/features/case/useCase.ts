import type { EntityName } from '../../../shared/events.ts';
import type { CaseDetail } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const CASE_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer'];

/**
 * One case with its thread and refused changes, re-read when the cache changes. `data` is null
 * when the case is not (or no longer) in the cache, e.g. it was reassigned away.
 */
export function useCase(caseId: string): CacheQuery<CaseDetail | null> {
  const answer = useCacheQuery(caseId, () => api.getCase({ caseId }), CASE_ENTITIES);
  // Never show another case's thread under this one's heading while it loads.
  return answer.loading ? { ...answer, data: undefined } : answer;
}
