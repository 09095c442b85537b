// A long case's thread as shown while its whole thread is read again: the earlier messages of the
// last whole read, then the newest of the case's latest answer (which wins where both have one).
import type { Message } from '../../../shared/models.ts';

/** `read`: the last whole thread read (null before the first); `newest`: the answer's newest messages, oldest first. */
export function joinThread(read: readonly Message[] | null, newest: readonly Message[]): readonly Message[] {
  const first = newest[0];
  if (read === null || first === undefined) return newest;
  const at = read.findIndex((message) => message.id === first.id);
  // The newest moved past everything the last read had (many messages at once): keep what is older.
  const before = at >= 0 ? read.slice(0, at) : read.filter((message) => message.sentAt < first.sentAt);
  return before.length === 0 ? newest : [...before, ...newest];
}
