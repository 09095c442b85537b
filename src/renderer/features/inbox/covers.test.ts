import { describe, expect, it } from 'vitest';
import type { CaseSummary, InboxWindow } from '../../../shared/models.ts';
import { covers } from './covers.ts';

const window = (total: number, offset: number, rows: number): InboxWindow => ({
  ids: Array.from({ length: total }, (_, i) => `case-${i}`),
  offset,
  rows: Array.from({ length: rows }, (_, i) => ({ id: `case-${offset + i}` }) as CaseSummary),
});

describe('covers', () => {
  it('holds the rows in view when they lie inside the rows read', () => {
    expect(covers(window(500, 20, 80), 20, 99)).toBe(true);
    expect(covers(window(500, 20, 80), 19, 40)).toBe(false);
    expect(covers(window(500, 20, 80), 60, 100)).toBe(false);
  });

  it('reads the end of the list as held when the rows read reach it', () => {
    expect(covers(window(30, 0, 30), 10, 45)).toBe(true);
    expect(covers(window(30, 20, 10), 10, 45)).toBe(false);
  });

  it('needs nothing for an empty list or an empty view', () => {
    expect(covers(window(0, 0, 0), 0, 20)).toBe(true);
    expect(covers(window(500, 100, 80), 0, -1)).toBe(true);
  });
});
