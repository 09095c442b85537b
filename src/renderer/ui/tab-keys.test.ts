import { describe, expect, it } from 'vitest';
import { tabAfterKey } from './tab-keys.ts';

const tabs = ['board', 'message', 'grade', 'replay'] as const;

describe('the keys of a row of tabs', () => {
  it('moves with the arrows, wrapping around', () => {
    expect(tabAfterKey(tabs, 'board', 'ArrowRight')).toBe('message');
    expect(tabAfterKey(tabs, 'replay', 'ArrowRight')).toBe('board');
    expect(tabAfterKey(tabs, 'board', 'ArrowLeft')).toBe('replay');
  });

  it('goes to the first tab with Home and to the last with End', () => {
    expect(tabAfterKey(tabs, 'grade', 'Home')).toBe('board');
    expect(tabAfterKey(tabs, 'message', 'End')).toBe('replay');
    expect(tabAfterKey(tabs, 'board', 'Home')).toBe('board');
  });

  it('leaves other keys alone', () => {
    expect(tabAfterKey(tabs, 'board', 'Enter')).toBeNull();
    expect(tabAfterKey(tabs, 'board', 'ArrowDown')).toBeNull();
  });
});
