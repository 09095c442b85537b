import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/models.ts';
import { withHead } from './headFirst.ts';

const rows = (...ids: string[]) => ids.map((id) => ({ id }) as CaseSummary);
const ids = (list: readonly CaseSummary[]) => list.map((c) => c.id);

describe('withHead', () => {
  it('puts a new case at the top and keeps the rest of what was shown, once each', () => {
    const shown = rows('a', 'b', 'c', 'd', 'e');
    expect(ids(withHead(rows('new', 'a', 'b'), shown, 3))).toEqual(['new', 'a', 'b', 'c', 'd', 'e']);
  });

  it('takes the fresh version of a row the top holds, where the top puts it', () => {
    const shown = rows('a', 'b', 'c', 'd');
    const head = [{ id: 'c', subject: 'respondido' }, { id: 'a' }] as CaseSummary[];
    const merged = withHead(head, shown, 2);
    expect(ids(merged)).toEqual(['c', 'a', 'b', 'd']);
    expect(merged[0]?.subject).toBe('respondido');
  });

  it('reads a top shorter than asked as the whole list: the rest is gone', () => {
    expect(ids(withHead(rows('b'), rows('a', 'b', 'c'), 3))).toEqual(['b']);
  });
});
