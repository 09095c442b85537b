import { useEffect } from 'react';
import { api } from '../../lib/bridge.ts';

/**
 * Marks the open case read once its detail says it is unread: on opening, and again whenever a
 * new customer message makes it unread while open. Waiting for the detail keeps the inbox's
 * re-read (main announces the change) out of the case-open path.
 */
export function useMarkRead(caseId: string, unread: boolean | undefined): void {
  useEffect(() => {
    if (unread !== true) return;
    api.markRead({ caseId }).catch(() => undefined); // best effort: the marker stays until the next open
  }, [caseId, unread]);
}
