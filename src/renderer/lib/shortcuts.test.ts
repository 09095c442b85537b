import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyInput } from './shortcuts.ts';

const key = (value: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: value, ctrlKey: false, metaKey: false, altKey: false, typing: false, ...extra,
});

describe('shortcutFor', () => {
  it('maps the single keys', () => {
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('k'))).toBe('previous');
    expect(shortcutFor(key('Enter'))).toBe('open');
    expect(shortcutFor(key('r'))).toBe('reply');
    expect(shortcutFor(key('?'))).toBe('help');
    expect(shortcutFor(key('Escape'))).toBe('back');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('ignores letters while the agent types, but not Esc or Ctrl/Cmd+Enter', () => {
    for (const letter of ['j', 'k', 'r', '?', 'Enter']) expect(shortcutFor(key(letter, { typing: true }))).toBeNull();
    expect(shortcutFor(key('Escape', { typing: true }))).toBe('back');
    expect(shortcutFor(key('Enter', { typing: true, ctrlKey: true }))).toBe('send');
    expect(shortcutFor(key('Enter', { typing: true, metaKey: true }))).toBe('send');
  });

  it('leaves modified letters to the system (Ctrl+R, Alt+J)', () => {
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('j', { altKey: true }))).toBeNull();
  });
});
