// The thread a long case shows between its answer and the whole thread read again after it.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../../shared/models.ts';
import { joinThread } from './joinThread.ts';

const message = (id: string, sentAt: string, text = id): Message => ({
  id, caseId: 'case-1', kind: 'customer', author: 'Cliente', text, sentAt, state: 'sent', csatAnswer: false, triage: null, liked: null,
});
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const thread = Array.from({ length: 6 }, (_, i) => message(`m${i}`, at(i)));
const ids = (messages: readonly Message[]) => messages.map((m) => m.id);

describe('a long thread shown while it is read again', () => {
  it('is the newest alone before the first whole read', () => {
    expect(joinThread(null, thread.slice(3))).toEqual(thread.slice(3));
  });

  it('keeps the earlier messages of the last read before the newest, whose copies win', () => {
    const edited = message('m4', at(4), 'liked since');
    const shown = joinThread(thread.slice(0, 5), [thread[3]!, edited, message('m6', at(6))]);
    expect(ids(shown)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm6']);
    expect(shown[4]?.text).toBe('liked since');
  });

  it('keeps what is older than the newest when they moved past the last read', () => {
    expect(ids(joinThread(thread.slice(0, 3), [message('m7', at(7)), message('m8', at(8))]))).toEqual(['m0', 'm1', 'm2', 'm7', 'm8']);
  });
});
