// The console's keyboard shortcuts: one table says which key does what, and both the key
// handlers (through shortcutFor) and the `?` dialog read it. One pure function decides a key
// event, so the rule "letters never fire while typing; Esc and Ctrl/Cmd combinations do" lives
// in one place.

export const SHORTCUT_GROUPS = ['navigation', 'case', 'reply', 'tools'] as const;
export type ShortcutGroup = (typeof SHORTCUT_GROUPS)[number];

/** A Ctrl (Cmd on a Mac) combination: works even while typing. */
interface Combo {
  key: string;
  /** Whether Shift must be held (true), must not be (false), or does not matter (undefined). */
  shift?: boolean;
}

interface Entry {
  group: ShortcutGroup;
  /** The key alone (KeyboardEvent.key); ignored while typing in a text field. */
  key?: string;
  combos?: readonly Combo[];
  /** Text typed in the reply box that opens a lookup there: listed, not decided here. */
  typed?: string;
}

/** Every key, in the order the shortcuts dialog lists them within each group. */
export const SHORTCUT_TABLE = {
  next: { group: 'navigation', key: 'j' },
  previous: { group: 'navigation', key: 'k' },
  open: { group: 'navigation', key: 'Enter' },
  nextWaiting: { group: 'navigation', key: 'n' },
  search: { group: 'navigation', key: '/' },
  filtered: { group: 'navigation', key: 'f' },
  back: { group: 'navigation', key: 'Escape' },
  stateOpen: { group: 'case', key: 'o' },
  statePending: { group: 'case', key: 'p' },
  stateWaiting: { group: 'case', key: 'w' },
  resolve: { group: 'case', key: 'e' },
  reply: { group: 'reply', key: 'r' },
  send: { group: 'reply', combos: [{ key: 'Enter', shift: false }] },
  sendResolve: { group: 'reply', combos: [{ key: 'Enter', shift: true }] },
  templateLookup: { group: 'reply', typed: '/' },
  articleLookup: { group: 'reply', typed: '??' },
  knowledge: { group: 'tools', key: 'b', combos: [{ key: 'k' }] },
  templates: { group: 'tools', key: 't' },
  toolsPane: { group: 'tools', key: 'l' },
  hours: { group: 'tools', key: 'h' },
  help: { group: 'tools', key: '?' },
} as const satisfies Record<string, Entry>;

export type ShortcutName = keyof typeof SHORTCUT_TABLE;
/** What a key event can ask for (the typed lookups are the reply box's own). */
export type Shortcut = Exclude<ShortcutName, 'templateLookup' | 'articleLookup'>;

const ENTRIES = Object.entries(SHORTCUT_TABLE) as [ShortcutName, Entry][];

/** The shortcuts of a group, in the table's order. */
export function shortcutsIn(group: ShortcutGroup): ShortcutName[] {
  return ENTRIES.filter(([, entry]) => entry.group === group).map(([name]) => name);
}

const SHOWN: Record<string, string> = { Escape: 'Esc' };
const comboLabels = ({ key, shift }: Combo): string[] => {
  const rest = `${shift ? 'Shift+' : ''}${key.length === 1 ? key.toUpperCase() : key}`;
  return [`Ctrl+${rest}`, `⌘+${rest}`];
};

/** The keys the shortcuts dialog shows for a shortcut, e.g. ['b', 'Ctrl+K', '⌘+K']. */
export function keysOf(name: ShortcutName): string[] {
  const entry: Entry = SHORTCUT_TABLE[name];
  const alone = entry.key ?? entry.typed;
  return [...(alone === undefined ? [] : [SHOWN[alone] ?? alone]), ...(entry.combos ?? []).flatMap(comboLabels)];
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The key went to a text field, where letters are text, not commands. */
  typing: boolean;
}

const PLAIN = new Map<string, Shortcut>();
const COMBOS: [Combo, Shortcut][] = [];
for (const [name, entry] of ENTRIES) {
  if (name === 'templateLookup' || name === 'articleLookup') continue;
  if (entry.key !== undefined) PLAIN.set(entry.key, name);
  for (const combo of entry.combos ?? []) COMBOS.push([combo, name]);
}

export function shortcutFor(event: KeyInput): Shortcut | null {
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  if (key === 'Escape') return 'back';
  if (ctrlKey || metaKey) {
    // Alt with Ctrl is AltGr on many layouts: a character, not a command.
    if (altKey) return null;
    const found = COMBOS.find(([combo]) => combo.key.toLowerCase() === key.toLowerCase() && (combo.shift === undefined || combo.shift === shiftKey));
    return found?.[1] ?? null;
  }
  if (event.typing || altKey) return null;
  return PLAIN.get(key) ?? null;
}

/** Whether keys pressed on this element are text being typed. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** The shortcut for a DOM key event, or null. While a dialog or popover is open, keys are its own. */
export function shortcutOf(event: KeyboardEvent): Shortcut | null {
  if (event.defaultPrevented || event.isComposing) return null;
  // The console's own dialogs and popovers only (menus, the keychain details): customer e-mail can never switch keys off.
  if (document.querySelector('dialog.dialog[open], [popover]:popover-open:not(.email-body *)') !== null) return null;
  const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
  return shortcutFor({ key, ctrlKey, metaKey, altKey, shiftKey, typing: isTyping(event.target) });
}
