import { describe, expect, it } from 'vitest';
import { firstResponseSeconds, responseSamples, type ThreadMessage } from './responses.ts';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T10:00:00Z');
const at = (minutes: number) => T0 + minutes * MIN;

describe('first response and ART samples', () => {
  // 10:00 customer, 10:01 auto-reply, 10:02 customer, 10:12 reply, 10:20 "gracias" (held),
  // 10:30 customer, 10:34 reply, 10:40 customer (unanswered).
  const thread: ThreadMessage[] = [
    { kind: 'customer', at: at(0) }, { kind: 'auto_reply', at: at(1) }, { kind: 'customer', at: at(2) },
    { kind: 'reply', at: at(12) }, { kind: 'customer', at: at(20), held: true }, { kind: 'customer', at: at(30) },
    { kind: 'reply', at: at(34) }, { kind: 'customer', at: at(40) },
  ];

  it('times the first response from the opening to the first agent reply; the auto-reply is no response', () => {
    expect(firstResponseSeconds(thread, at(0))).toBe(12 * 60);
  });

  it('times each run of customer messages to the reply that answered it, skipping held messages and the unanswered run', () => {
    // Run 10:00–10:02 answered at 10:12 → 720 s; run from 10:30 (10:20 is held) answered 10:34 → 240 s.
    expect(responseSamples(thread)).toEqual([720, 240]);
  });

  it('has no first response while nobody answered', () => {
    expect(firstResponseSeconds([{ kind: 'customer', at: at(0) }, { kind: 'auto_reply', at: at(1) }], at(0))).toBeNull();
  });
});
