import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/events.ts';
import { onEvent } from '../../lib/bridge.ts';

/** The sync engine's status: the session's at first, then every `{type:'sync'}` event. */
export function useSyncStatus(initial: SyncStatus | null): SyncStatus | null {
  const [status, setStatus] = useState(initial);
  useEffect(() => onEvent((event) => {
    if (event.type === 'sync') setStatus(event.status);
  }), []);
  return status;
}
