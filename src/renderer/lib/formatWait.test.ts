import { describe, expect, it } from 'vitest';
import { waitParts } from './formatWait.ts';

describe('waitParts', () => {
  it('splits a wait into days, hours and minutes', () => {
    expect(waitParts(0)).toEqual({ d: 0, h: 0, m: 0 });
    expect(waitParts(59_999)).toEqual({ d: 0, h: 0, m: 0 });
    expect(waitParts(12 * 60_000)).toEqual({ d: 0, h: 0, m: 12 });
    expect(waitParts((2 * 60 + 5) * 60_000)).toEqual({ d: 0, h: 2, m: 5 });
    expect(waitParts((3 * 1440 + 4 * 60 + 7) * 60_000)).toEqual({ d: 3, h: 4, m: 7 });
  });

  it('never goes negative', () => {
    expect(waitParts(-5000)).toEqual({ d: 0, h: 0, m: 0 });
  });
});
