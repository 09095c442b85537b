// Whether the inbox needs another read for the rows in view.
import type { InboxWindow } from '../../../shared/models.ts';

/** Whether the window holds every row from `first` to `last` (clamped to the list). */
export function covers(window: InboxWindow, first: number, last: number): boolean {
  const end = Math.min(last, window.ids.length - 1);
  return end < first || (window.offset <= first && end < window.offset + window.rows.length);
}
