// The block list and the block on one case's sender, re-read when the list or the cases change.
import type { BlockedSender } from '../../../shared/blocks.ts';
import type { EntityName } from '../../../shared/events.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

const LIST_ENTITIES: readonly EntityName[] = ['blocked_sender', 'agent'];
const CASE_ENTITIES: readonly EntityName[] = ['blocked_sender', 'agent', 'identity', 'case'];

export function useBlockList(): CacheQuery<BlockedSender[]> {
  return useCacheQuery('blocked', () => api.listBlocked({}), LIST_ENTITIES);
}

/** The block on `caseId`'s sender; with null (no case, or one that is not the agent's), nothing is read. */
export function useCaseBlock(caseId: string | null): CacheQuery<BlockedSender | null> {
  return useCacheQuery(caseId ?? '', () => (caseId === null ? Promise.resolve(null) : api.getCaseBlock({ caseId })), CASE_ENTITIES);
}
