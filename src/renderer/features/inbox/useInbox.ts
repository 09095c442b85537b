// The inbox reads the rows a window shows, not the whole list: every id in order (the count, and
// where j/k/Home/End land) and the summaries of the rows in view with a margin either side. A
// scroll past the margin reads the rows there; any change re-reads the ids and the rows in view.
import { useCallback, useRef } from 'react';
import type { InboxQuery } from '../../../shared/contract.ts';
import type { EntityName } from '../../../shared/events.ts';
import { INBOX_WINDOW_ROWS, type InboxWindow } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { covers } from './covers.ts';

/** What the inbox rows show: a change to any of these re-reads the list. */
const INBOX_ENTITIES: readonly EntityName[] = ['case', 'message', 'outbox', 'customer', 'draft'];

/** Rows read above the first one in view, so scrolling back a little needs no read. */
const MARGIN = 20;

export interface InboxRows extends CacheQuery<InboxWindow> {
  /** The list shows rows `first` to `last` (by index): reads them unless the window holds them. */
  showing: (first: number, last: number) => void;
}

/** The agent's cases for `query` as a window on the local cache, re-read when the cache changes. */
export function useInbox(query: InboxQuery): InboxRows {
  const offset = useRef(0);
  const read = useCacheQuery(JSON.stringify(query), () => api.inboxWindow({ ...query, offset: offset.current, limit: INBOX_WINDOW_ROWS }), INBOX_ENTITIES);
  const { data, reload } = read;
  const showing = useCallback((first: number, last: number) => {
    if (data && covers(data, first, last)) return;
    const wanted = Math.max(0, first - MARGIN);
    // Asked already: its answer is shown or on the way.
    if (wanted === offset.current) return;
    offset.current = wanted;
    reload();
  }, [data, reload]);
  return { ...read, showing };
}
