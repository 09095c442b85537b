import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../shared/events.ts';
import { api, onEvent } from '../../lib/bridge.ts';

/**
 * The sync engine's status: the session's at first, then every `{type:'sync'}` event. Read once
 * more after subscribing, so an event sent between the session read and the subscription is
 * not lost.
 */
export function useSyncStatus(initial: SyncStatus | null): SyncStatus | null {
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    let fresh = false;
    const unsubscribe = onEvent((event) => {
      if (event.type !== 'sync') return;
      fresh = true;
      setStatus(event.status);
    });
    api.getSession({}).then(
      (session) => !fresh && session.status && setStatus(session.status),
      () => undefined, // the next event brings it
    );
    return unsubscribe;
  }, []);
  return status;
}
