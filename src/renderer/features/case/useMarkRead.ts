import { useEffect } from 'react';
import type { CaseDetail } from '../../../shared/models.ts';
import { api } from '../../lib/bridge.ts';

/** Stands for a customer message older than the newest ones the case view was given. */
const EARLIER = 'earlier';

/**
 * The newest customer message of an unread case of the agent's own; null when there is nothing
 * to mark read. The view holds a long thread's newest messages only: when the customer's latest
 * is older than those, it still marks read, once.
 */
export function unreadUpTo(detail: CaseDetail | null | undefined): string | null {
  if (!detail || detail.readOnly || !detail.case.unread) return null;
  return detail.messages.findLast((message) => message.kind === 'customer')?.id ?? EARLIER;
}

/**
 * Marks the open case read up to `newest`, its newest customer message while unread: on
 * opening, and again when a new one arrives while it is open. Marking read announces only the
 * inbox's mark, so the case is not read again and its detail still says unread: keyed on the
 * message, the same detail never marks twice. Waiting for the detail keeps the inbox's re-read
 * out of the case-open path.
 */
export function useMarkRead(caseId: string, newest: string | null): void {
  useEffect(() => {
    if (newest === null) return;
    api.markRead({ caseId }).catch(() => undefined); // best effort: the marker stays until the next open
  }, [caseId, newest]);
}
