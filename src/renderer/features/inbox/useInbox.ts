import type { InboxQuery } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';

/** What the inbox rows show: a change to any of these re-reads the list. */
const INBOX_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer', 'draft'];

/** The agent's cases for `query`, read from the local cache and re-read when it changes. */
export function useInbox(query: InboxQuery): CacheQuery<CaseSummary[]> {
  return useCacheQuery(JSON.stringify(query), () => api.listInbox(query), INBOX_ENTITIES);
}
