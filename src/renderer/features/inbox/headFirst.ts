// A change re-reads the inbox top first: the rows a window shows when it is scrolled to the top
// come back in a few milliseconds, where the whole list of thousands takes a hundred or more, so
// a customer's new message is painted without waiting for the rest. The whole read follows.
import type { CaseSummary } from '../../../shared/models.ts';

/** More than any window shows at once, the virtual list's overscan included. */
export const HEAD_ROWS = 100;

/**
 * The fresh top of the list over what was shown: the rest keeps its order, without the rows the
 * top now holds, until the whole read replaces it. A top shorter than asked is the whole list.
 */
export function withHead(head: readonly CaseSummary[], shown: readonly CaseSummary[], asked = HEAD_ROWS): CaseSummary[] {
  if (head.length < asked) return [...head];
  const fresh = new Set(head.map((c) => c.id));
  return [...head, ...shown.filter((c) => !fresh.has(c.id))];
}
