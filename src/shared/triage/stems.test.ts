import { describe, expect, it } from 'vitest';
import { compileStems, stemMatch, stemOf } from './stems.ts';

describe('stems', () => {
  it('gives the forms of a verb one stem in its language', () => {
    expect(new Set(['cancelar', 'cancelen', 'cancelo', 'cancelamos', 'cancele'].map((w) => stemOf(w, 'es')))).toEqual(new Set(['cancel']));
    expect(new Set(['cancel', 'cancelled', 'canceling', 'cancels'].map((w) => stemOf(w, 'en')))).toEqual(new Set(['cancel']));
    expect(stemOf('odiooo', 'es')).toBe(stemOf('odio', 'es'));
  });

  it('matches a word to the entry it shares a stem with, in either language', () => {
    const list = compileStems([{ word: 'rescindir', lang: 'es' }, { word: 'hate', lang: 'en' }]);
    expect(stemMatch('rescindo', list)).toBe('rescindir');
    expect(stemMatch('rescindan', list)).toBe('rescindir');
    expect(stemMatch('hated', list)).toBe('hate');
    expect(stemMatch('hat', list)).toBeNull();
    expect(stemMatch('resto', list)).toBeNull();
  });

  it('shrinks stretched letters before filtering by the first letters, so a stretched word still matches', () => {
    const list = compileStems([{ word: 'cancelar', lang: 'es' }, { word: 'hate', lang: 'en' }]);
    expect(stemMatch('caaancelen', list)).toBe('cancelar');
    expect(stemMatch('haaate', list)).toBe('hate');
    expect(stemMatch('haat', list)).toBeNull();
  });
});
