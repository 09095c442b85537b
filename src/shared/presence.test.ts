import { describe, expect, it } from 'vitest';
import { currentPresence, PRESENCE_STALE_SECONDS, presenceIntervals, presenceSeconds, type PresenceRow } from './presence.ts';

const at = (hhmmss: string): string => `2026-03-02T${hhmmss}.000Z`;

describe('currentPresence', () => {
  const busy: PresenceRow = { state: 'busy', at: at('09:00:00') };

  it('is the last presence while the console keeps calling', () => {
    expect(currentPresence(busy, at('09:10:00'), new Date(at('09:11:00')))).toBe('busy');
    // Exactly 90 s of silence still counts as in contact; one more second does not.
    expect(currentPresence(busy, at('09:10:00'), new Date(at('09:11:30')))).toBe('busy');
    expect(currentPresence(busy, at('09:10:00'), new Date(at('09:11:31')))).toBe('away');
    expect(PRESENCE_STALE_SECONDS).toBe(90);
  });

  it('is away for a user who never chose one or never called', () => {
    expect(currentPresence(null, at('09:10:00'), new Date(at('09:10:05')))).toBe('away');
    expect(currentPresence(busy, null, new Date(at('09:10:05')))).toBe('away');
  });
});

describe('presenceIntervals', () => {
  // Signed in available at 09:00, busy 09:20–09:50, available again, console last heard from at
  // 10:30 (then the laptop closed). Report window 08:00–12:00.
  const rows: PresenceRow[] = [
    { state: 'busy', at: at('09:20:00') },
    { state: 'available', at: at('09:00:00') },
    { state: 'available', at: at('09:50:00') },
  ];

  it('counts a console that went quiet as away from its last contact', () => {
    expect(presenceIntervals(rows, at('10:30:00'), at('08:00:00'), at('12:00:00'))).toEqual([
      { state: 'away', from: at('08:00:00'), to: at('09:00:00') },
      { state: 'available', from: at('09:00:00'), to: at('09:20:00') },
      { state: 'busy', from: at('09:20:00'), to: at('09:50:00') },
      { state: 'available', from: at('09:50:00'), to: at('10:30:00') },
      { state: 'away', from: at('10:30:00'), to: at('12:00:00') },
    ]);
    // By hand: available 20 + 40 min = 3600 s, busy 30 min = 1800 s, away 60 + 90 min = 9000 s.
    expect(presenceSeconds(presenceIntervals(rows, at('10:30:00'), at('08:00:00'), at('12:00:00')))).toEqual({ available: 3600, busy: 1800, away: 9000 });
  });

  it('keeps the last presence up to the end while the console is still in contact', () => {
    // Last contact 60 s before the end of the window: still there.
    expect(presenceIntervals(rows, at('09:59:00'), at('09:30:00'), at('10:00:00'))).toEqual([
      { state: 'busy', from: at('09:30:00'), to: at('09:50:00') },
      { state: 'available', from: at('09:50:00'), to: at('10:00:00') },
    ]);
  });

  it('clips to the window and merges a repeated state', () => {
    const repeated: PresenceRow[] = [{ state: 'busy', at: at('09:00:00') }, { state: 'busy', at: at('09:10:00') }];
    expect(presenceIntervals(repeated, at('09:15:00'), at('09:05:00'), at('09:15:30'))).toEqual([
      { state: 'busy', from: at('09:05:00'), to: at('09:15:30') },
    ]);
  });

  it('is away throughout for someone with no presence, and empty for an empty window', () => {
    expect(presenceIntervals([], null, at('09:00:00'), at('10:00:00'))).toEqual([{ state: 'away', from: at('09:00:00'), to: at('10:00:00') }]);
    expect(presenceIntervals(rows, at('10:30:00'), at('10:00:00'), at('10:00:00'))).toEqual([]);
  });

  it('counts a presence received after the last contact as a contact itself', () => {
    expect(presenceIntervals([{ state: 'busy', at: at('09:00:00') }], at('08:00:00'), at('08:59:00'), at('09:01:00'))).toEqual([
      { state: 'away', from: at('08:59:00'), to: at('09:00:00') },
      { state: 'busy', from: at('09:00:00'), to: at('09:01:00') },
    ]);
  });

  it('keeps a past quiet spell away through the row the server records when the console calls again', () => {
    // Busy from Monday 09:00, console last heard from at 17:00 and closed; back on Wednesday at
    // 09:00. The server then stores away at Monday 17:00 and her choice (busy) again from Wednesday.
    const day = (date: string, hhmm: string) => `2026-03-${date}T${hhmm}:00.000Z`;
    const week: PresenceRow[] = [
      { state: 'available', at: day('02', '08:30') },
      { state: 'busy', at: day('02', '09:00') },
      { state: 'away', at: day('02', '17:00') },
      { state: 'busy', at: day('04', '09:00') },
    ];
    const intervals = presenceIntervals(week, day('04', '12:00'), day('02', '00:00'), day('04', '12:00'));
    expect(intervals).toEqual([
      { state: 'away', from: day('02', '00:00'), to: day('02', '08:30') },
      { state: 'available', from: day('02', '08:30'), to: day('02', '09:00') },
      { state: 'busy', from: day('02', '09:00'), to: day('02', '17:00') },
      { state: 'away', from: day('02', '17:00'), to: day('04', '09:00') },
      { state: 'busy', from: day('04', '09:00'), to: day('04', '12:00') },
    ]);
    // By hand: busy 8 h + 3 h = 39 600 s, available 30 min = 1 800 s; occupancy 39 600 / 41 400 ≈ 0.957.
    const seconds = presenceSeconds(intervals);
    expect(seconds).toMatchObject({ busy: 39_600, available: 1_800 });
    expect(seconds.busy / (seconds.busy + seconds.available)).toBeCloseTo(0.957, 3);
  });
});
