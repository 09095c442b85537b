import { describe, expect, it } from 'vitest';
import { occupancy } from './occupancy.ts';

const MIN = 60_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * MIN).toISOString();

describe('occupancy', () => {
  it('is busy time over available plus busy time; away counts for neither', () => {
    // 09:00 available 60 min, 10:00 busy 90 min, 11:30 away 30 min, 12:00 busy 30 min.
    const figures = occupancy([
      { state: 'available', from: at(0), to: at(60) }, { state: 'busy', from: at(60), to: at(150) },
      { state: 'away', from: at(150), to: at(180) }, { state: 'busy', from: at(180), to: at(210) },
    ]);
    // Signed in 60 + 90 + 30 = 180 min = 10 800 s; productive 120 min = 7 200 s; 2/3.
    expect(figures).toEqual({ signedInSeconds: 10_800, productiveSeconds: 7_200, ratio: 7_200 / 10_800 });
  });

  it('is null with nobody signed in', () => {
    expect(occupancy([{ state: 'away', from: at(0), to: at(10) }]).ratio).toBeNull();
  });
});
