// The inbox reads the rows a window shows, not the whole list: every id in order (the count, and
// where j/k/Home/End land) and the summaries of the rows in view with a margin either side. A
// scroll past the margin reads the rows there; any change re-reads the ids and the rows in view.
// The first inbox on screen starts from the window read as the page loaded (earlyWindow.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxQuery } from '../../../shared/contract.ts';
import { INBOX_WINDOW_ROWS, type InboxWindow } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery, type CacheQuery } from '../../lib/useCacheQuery.ts';
import { covers } from './covers.ts';
import { takeInboxEarly } from './earlyWindow.ts';
import { INBOX_ENTITIES } from './inboxQuery.ts';

/** Rows read above the first one in view, so scrolling back a little needs no read. */
const MARGIN = 20;
/** The most rows one read may ask for (the contract's bound). */
const MAX_ROWS = 500;

export interface InboxRows extends CacheQuery<InboxWindow> {
  /** The list shows rows `first` to `last` (by index): reads them unless the window holds them. */
  showing: (first: number, last: number) => void;
}

/** The agent's cases for `query` as a window on the local cache, re-read when the cache changes. */
export function useInbox(query: InboxQuery): InboxRows {
  const key = JSON.stringify(query);
  const range = useRef({ offset: 0, limit: INBOX_WINDOW_ROWS });
  const [{ early, earlyKey }] = useState(() => ({ early: takeInboxEarly(key), earlyKey: key }));
  const unread = useRef(early);
  const read = useCacheQuery(key, () => {
    const first = unread.current;
    unread.current = null;
    const fresh = () => api.inboxWindow({ ...query, ...range.current });
    // Should the early read have failed (no profile open yet, say), this read tells why.
    return first ? first.answer.catch(fresh) : fresh();
  }, INBOX_ENTITIES);
  const { error, reload } = read;
  // The cache changed while the page loaded: show the early rows, then read them again. From
  // here on this hook's own reads watch the events.
  useEffect(() => {
    if (early?.stale) reload();
    early?.release();
  }, [early, reload]);
  // Arrived before the first render: drawn by it, without waiting for the effect's read.
  const data = read.data ?? (read.loading && key === earlyKey ? early?.value : undefined);
  const showing = useCallback((first: number, last: number) => {
    if (data && covers(data, first, last)) return;
    const offset = Math.max(0, first - MARGIN);
    // A tall or zoomed-out window shows more rows than one read's usual size: ask for all of them.
    const limit = Math.min(MAX_ROWS, Math.max(INBOX_WINDOW_ROWS, last - offset + 1 + MARGIN));
    // Asked already and not failed: its answer is shown or on the way.
    if (!error && offset === range.current.offset && limit === range.current.limit) return;
    range.current = { offset, limit };
    reload();
  }, [data, error, reload]);
  return { ...read, data, showing };
}
