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
    expect(shortcutFor(key('b'))).toBe('knowledge');
    expect(shortcutFor(key('t'))).toBe('templates');
    expect(shortcutFor(key('h'))).toBe('hours');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('ignores letters while the agent types, but not Esc or Ctrl/Cmd+Enter', () => {
    for (const letter of ['j', 'k', 'r', '?', 'Enter']) expect(shortcutFor(key(letter, { typing: true }))).toBeNull();
    expect(shortcutFor(key('Escape', { typing: true }))).toBe('back');
    expect(shortcutFor(key('Enter', { typing: true, ctrlKey: true }))).toBe('send');
    expect(shortcutFor(key('Enter', { typing: true, metaKey: true }))).toBe('send');
    for (const letter of ['b', 't', 'h']) expect(shortcutFor(key(letter, { typing: true }))).toBeNull();
  });

  it('searches the knowledge base with Ctrl/Cmd+K, even while typing a reply', () => {
    expect(shortcutFor(key('k', { typing: true, ctrlKey: true }))).toBe('knowledge');
    expect(shortcutFor(key('K', { metaKey: true }))).toBe('knowledge');
    expect(shortcutFor(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves modified letters to the system (Ctrl+R, Alt+J)', () => {
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('j', { altKey: true }))).toBeNull();
  });
});
