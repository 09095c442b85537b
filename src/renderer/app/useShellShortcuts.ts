// The console-wide keys: `?` lists the shortcuts, `r` goes to the reply box, `b` or Ctrl/Cmd+K
// searches the knowledge base, `t` the templates, `h` shows the business hours, Esc closes the
// open case and returns to its row. The inbox handles j/k/Enter itself (features/inbox).
import { useEffect, useEffectEvent } from 'react';
import { focusComposer } from '../features/composer/index.ts';
import { closeCase } from '../features/inbox/index.ts';
import { shortcutOf } from '../lib/shortcuts.ts';
import { useToolsPane } from '../lib/toolsPane.ts';

export function useShellShortcuts(onHelp: () => void, onHours: () => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = shortcutOf(event);
    if (shortcut === 'help') {
      event.preventDefault();
      onHelp();
    } else if (shortcut === 'hours') {
      event.preventDefault();
      onHours();
    } else if (shortcut === 'reply') {
      if (focusComposer()) event.preventDefault();
    } else if (shortcut === 'knowledge' || shortcut === 'templates') {
      event.preventDefault();
      useToolsPane.getState().show(shortcut, true);
    } else if (shortcut === 'back') {
      if (closeCase()) event.preventDefault();
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
