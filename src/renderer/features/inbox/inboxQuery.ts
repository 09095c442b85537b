// What the inbox asks the cache for, from the filters on screen (the search words once settled).
import type { InboxQuery } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import type { InboxFilters } from './inboxStore.ts';

/** What the inbox rows show: a change to any of these re-reads the list. */
export const INBOX_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer', 'draft', 'case_read'];

export function inboxQuery(filters: Omit<InboxFilters, 'search'>, search: string): InboxQuery {
  return {
    sort: filters.sort,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(search ? { search } : {}),
  };
}
