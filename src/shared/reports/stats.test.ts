import { describe, expect, it } from 'vitest';
import { mean, percentile, ratio } from './stats.ts';

describe('mean, p90 and ratios', () => {
  it('averages first responses of 300 s and 1200 s to 750 s', () => {
    expect(mean([300, 1200])).toBe(750);
  });

  it('takes the nearest-rank p90: of ten responses, the ninth smallest', () => {
    // 60, 120, …, 600 s: 90 % of ten is 9, so the 9th smallest, 540 s.
    expect(percentile([600, 60, 120, 180, 240, 300, 360, 420, 480, 540], 0.9)).toBe(540);
    // Of two (300 s, 1200 s): ceil(1.8) = 2, the larger.
    expect(percentile([300, 1200], 0.9)).toBe(1200);
  });

  it('says nothing (null) when there is nothing to count, rather than 0', () => {
    expect(mean([])).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 2)).toBe(0.5);
  });
});
