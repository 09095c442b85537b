// The inbox's first window (every id, the rows at the top) read as the page starts, alongside the
// session and the strings, so the first render of the console can draw the rows: no round trip
// waits on the shell being mounted. Read with the filters a new console starts with.
import { INBOX_WINDOW_ROWS, type InboxWindow } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';
import { startEarlyRead, type EarlyRead } from '../../lib/earlyRead.ts';
import { INBOX_ENTITIES, inboxQuery } from './inboxQuery.ts';
import { useInboxStore } from './inboxStore.ts';

let early: { key: string; read: EarlyRead<InboxWindow> } | null = null;

export function readInboxEarly(): void {
  const query = inboxQuery(useInboxStore.getState(), '');
  const read = startEarlyRead(
    () => api.inboxWindow({ ...query, offset: 0, limit: INBOX_WINDOW_ROWS }),
    (event) => event.type === 'changed' && event.entities.some((entity) => INBOX_ENTITIES.includes(entity)),
  );
  early = { key: JSON.stringify(query), read };
}

/** The early read if it answers `key` (once: the first inbox on screen takes it). */
export function takeInboxEarly(key: string): EarlyRead<InboxWindow> | null {
  const taken = early;
  early = null;
  if (taken === null) return null;
  if (taken.key === key) return taken.read;
  taken.read.release();
  return null;
}
