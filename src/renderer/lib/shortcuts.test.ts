import { describe, expect, it } from 'vitest';
import { keysOf, SHORTCUT_GROUPS, SHORTCUT_TABLE, shortcutFor, shortcutsIn, type KeyInput } from './shortcuts.ts';

const key = (value: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: value, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, typing: false, ...extra,
});

describe('shortcutFor', () => {
  it('maps the single keys', () => {
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('k'))).toBe('previous');
    expect(shortcutFor(key('Enter'))).toBe('open');
    expect(shortcutFor(key('r'))).toBe('reply');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help');
    expect(shortcutFor(key('Escape'))).toBe('back');
    expect(shortcutFor(key('b'))).toBe('knowledge');
    expect(shortcutFor(key('t'))).toBe('templates');
    expect(shortcutFor(key('h'))).toBe('hours');
    expect(shortcutFor(key('x'))).toBeNull();
  });

  it('maps the keys that move a case along and find the next one', () => {
    expect(shortcutFor(key('o'))).toBe('stateOpen');
    expect(shortcutFor(key('p'))).toBe('statePending');
    expect(shortcutFor(key('w'))).toBe('stateWaiting');
    expect(shortcutFor(key('e'))).toBe('resolve');
    expect(shortcutFor(key('n'))).toBe('nextWaiting');
    expect(shortcutFor(key('/'))).toBe('search');
    // On Spanish layouts "/" is Shift+7: still the search.
    expect(shortcutFor(key('/', { shiftKey: true }))).toBe('search');
    expect(shortcutFor(key('f'))).toBe('filtered');
    expect(shortcutFor(key('l'))).toBe('toolsPane');
  });

  it('ignores letters while the agent types, but not Esc or Ctrl/Cmd+Enter', () => {
    for (const letter of ['j', 'k', 'r', '?', 'Enter', 'b', 't', 'h']) expect(shortcutFor(key(letter, { typing: true }))).toBeNull();
    expect(shortcutFor(key('Escape', { typing: true }))).toBe('back');
    expect(shortcutFor(key('Enter', { typing: true, ctrlKey: true }))).toBe('send');
    expect(shortcutFor(key('Enter', { typing: true, metaKey: true }))).toBe('send');
  });

  it('types the new letters and "/" as text in a text field (the reply box keeps "/" for templates)', () => {
    for (const letter of ['o', 'p', 'w', 'e', 'n', '/', 'f', 'l']) expect(shortcutFor(key(letter, { typing: true }))).toBeNull();
  });

  it('sends and resolves with Ctrl/Cmd+Shift+Enter, even while typing', () => {
    expect(shortcutFor(key('Enter', { typing: true, ctrlKey: true, shiftKey: true }))).toBe('sendResolve');
    expect(shortcutFor(key('Enter', { typing: true, metaKey: true, shiftKey: true }))).toBe('sendResolve');
    expect(shortcutFor(key('Enter', { typing: true, shiftKey: true }))).toBeNull();
  });

  it('searches the knowledge base with Ctrl/Cmd+K, even while typing a reply', () => {
    expect(shortcutFor(key('k', { typing: true, ctrlKey: true }))).toBe('knowledge');
    expect(shortcutFor(key('K', { metaKey: true }))).toBe('knowledge');
    expect(shortcutFor(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it('leaves modified letters to the system (Ctrl+R, Alt+J, Ctrl+E)', () => {
    expect(shortcutFor(key('r', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('j', { altKey: true }))).toBeNull();
    expect(shortcutFor(key('e', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('N', { shiftKey: true }))).toBeNull();
  });
});

describe('the table the shortcuts dialog lists', () => {
  it('puts every shortcut in exactly one group', () => {
    const listed = SHORTCUT_GROUPS.flatMap(shortcutsIn);
    expect(listed.toSorted()).toEqual(Object.keys(SHORTCUT_TABLE).toSorted());
  });

  it('groups navigation, the case, the reply and the tools', () => {
    expect(shortcutsIn('navigation')).toEqual(['next', 'previous', 'open', 'nextWaiting', 'search', 'filtered', 'back']);
    expect(shortcutsIn('case')).toEqual(['stateOpen', 'statePending', 'stateWaiting', 'resolve']);
    expect(shortcutsIn('reply')).toEqual(['reply', 'send', 'sendResolve', 'templateLookup', 'articleLookup']);
    expect(shortcutsIn('tools')).toEqual(['knowledge', 'templates', 'toolsPane', 'hours', 'help']);
  });

  it('shows each key as it is written on the keyboard, for Ctrl and for Cmd', () => {
    expect(keysOf('back')).toEqual(['Esc']);
    expect(keysOf('send')).toEqual(['Ctrl+Enter', '⌘+Enter']);
    expect(keysOf('sendResolve')).toEqual(['Ctrl+Shift+Enter', '⌘+Shift+Enter']);
    expect(keysOf('knowledge')).toEqual(['b', 'Ctrl+K', '⌘+K']);
    expect(keysOf('search')).toEqual(['/']);
    expect(keysOf('templateLookup')).toEqual(['/']);
    expect(keysOf('articleLookup')).toEqual(['??']);
  });
});
