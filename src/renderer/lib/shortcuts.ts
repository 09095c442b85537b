// The console's keyboard shortcuts, decided from a key event in one pure function so the rule
// "shortcuts never fire while typing, except Esc, Ctrl/Cmd+Enter and Ctrl/Cmd+K" lives in one place.
export const SHORTCUTS = ['next', 'previous', 'open', 'reply', 'back', 'help', 'send', 'knowledge', 'templates', 'hours'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key went to a text field, where letters are text, not commands. */
  typing: boolean;
}

/** The keys the shortcuts dialog lists for each shortcut. */
export const SHORTCUT_KEYS: Record<Shortcut, readonly string[]> = {
  next: ['j'],
  previous: ['k'],
  open: ['Enter'],
  reply: ['r'],
  back: ['Esc'],
  help: ['?'],
  send: ['Ctrl+Enter', '⌘+Enter'],
  knowledge: ['b', 'Ctrl+K', '⌘+K'],
  templates: ['t'],
  hours: ['h'],
};

const PLAIN: Record<string, Shortcut> = { j: 'next', k: 'previous', Enter: 'open', r: 'reply', '?': 'help', b: 'knowledge', t: 'templates', h: 'hours' };

export function shortcutFor(event: KeyInput): Shortcut | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return 'send';
  // Searching the knowledge base while writing a reply is what agents do most.
  if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) return 'knowledge';
  if (event.key === 'Escape') return 'back';
  if (event.typing || event.ctrlKey || event.metaKey || event.altKey) return null;
  return PLAIN[event.key] ?? null;
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
  // The console's own dialogs and popovers only: customer e-mail can never switch keys off.
  if (document.querySelector('dialog.dialog[open], .menu-panel:popover-open') !== null) return null;
  const { key, ctrlKey, metaKey, altKey } = event;
  return shortcutFor({ key, ctrlKey, metaKey, altKey, typing: isTyping(event.target) });
}
