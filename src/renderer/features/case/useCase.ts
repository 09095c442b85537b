import type { CaseDetail } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { markAnswered } from '../../lib/perf.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { CASE_ENTITIES, takeEarlyCase } from '../../lib/earlyCase.ts';

/**
 * One case with its thread and refused changes, re-read when the cache changes. `data` is null
 * when the case is not (or no longer) in the cache, e.g. it was reassigned away. The first read
 * is the one the opening click started, when it is still good. Its arrival is marked for the
 * bench, which tells the wait for main from the drawing.
 */
export function useCase(caseId: string): CacheQuery<CaseDetail | null> {
  const read = () => (takeEarlyCase(caseId) ?? api.getCase({ caseId })).then((detail) => {
    markAnswered('case-open', caseId);
    return detail;
  });
  const answer = useCacheQuery(caseId, read, CASE_ENTITIES);
  // Never show another case's thread under this one's heading while it loads.
  return answer.loading ? { ...answer, data: undefined } : answer;
}
