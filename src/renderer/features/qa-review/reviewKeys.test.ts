import { describe, expect, it } from 'vitest';
import { choicesOf, firstUnanswered, keyAnswer, reviewKey } from './reviewKeys.ts';

describe('review keys', () => {
  it('answer yes-no criteria with y and n, and N/A with x only where allowed', () => {
    expect(['y', 'n', 'x', '1'].map((k) => keyAnswer({ scale: 'yesno', na: true }, k))).toEqual(['yes', 'no', 'na', undefined]);
    expect(keyAnswer({ scale: 'yesno', na: false }, 'x')).toBeUndefined();
  });

  it('answer scales with their own numbers only', () => {
    expect(['1', '3', '4', 'y'].map((k) => keyAnswer({ scale: '1-3', na: false }, k))).toEqual([1, 3, undefined, undefined]);
    expect(keyAnswer({ scale: '1-5', na: false }, '5')).toBe(5);
  });

  it('leave j and k to the console', () => {
    expect(keyAnswer({ scale: 'yesno', na: true }, 'j')).toBeUndefined();
    expect(keyAnswer({ scale: '1-5', na: true }, 'k')).toBeUndefined();
  });

  it('offer each scale’s buttons in order', () => {
    expect(choicesOf({ scale: '1-3', na: true })).toEqual([1, 2, 3, 'na']);
  });

  it('keep every answer key from the console’s shortcuts while a criterion has focus, and let j and k through', () => {
    const yesno = { scale: 'yesno', na: false } as const;
    expect(reviewKey(yesno, 'n', false)).toEqual({ kind: 'answer', answer: 'no' });
    expect(['x', '3'].map((k) => reviewKey(yesno, k, false))).toEqual([{ kind: 'consume' }, { kind: 'consume' }]);
    expect(reviewKey({ scale: '1-3', na: true }, 'n', false)).toEqual({ kind: 'consume' });
    expect(reviewKey(yesno, 'y', true)).toEqual({ kind: 'consume' });
    expect(['j', 'k', 'Enter', '6'].map((k) => reviewKey(yesno, k, false).kind)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('start on the first unanswered criterion', () => {
    const criteria = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(firstUnanswered(criteria, { a: 'yes' })).toBe(1);
    expect(firstUnanswered(criteria, {})).toBe(0);
    expect(firstUnanswered(criteria, { a: 'yes', b: 2, c: 'na' })).toBe(0);
  });
});
