import type { InboxQuery } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { HEAD_ROWS, withHead } from './headFirst.ts';

/** What the inbox rows show: a change to any of these re-reads the list. */
const INBOX_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer', 'draft'];

/** The agent's cases for `query`, read from the local cache and re-read when it changes, its top first. */
export function useInbox(query: InboxQuery): CacheQuery<CaseSummary[]> {
  return useCacheQuery(JSON.stringify(query), () => api.listInbox(query), INBOX_ENTITIES, (shown) =>
    shown.length <= HEAD_ROWS ? null : api.listInbox({ ...query, limit: HEAD_ROWS }).then((head) => withHead(head, shown)));
}
