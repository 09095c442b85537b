// The console-wide keys: `?` lists the shortcuts, `r` goes to the reply box, `b` or Ctrl/Cmd+K
// searches the knowledge base, `t` the templates, `l` folds the side pane, `h` shows the business
// hours, Esc closes the open case and returns to its row. The inbox handles its own keys
// (j/k/Enter, n, /, f) and the case's state buttons theirs (o/p/w/e).
import { focusComposer } from '../features/composer/index.ts';
import { closeCase } from '../features/inbox/index.ts';
import { useToolsPane } from '../lib/toolsPane.ts';
import { useShortcuts } from '../lib/useShortcuts.ts';

export function useShellShortcuts(onHelp: () => void, onHours: () => void): void {
  useShortcuts((shortcut, event) => {
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
    } else if (shortcut === 'toolsPane') {
      event.preventDefault();
      useToolsPane.getState().toggleCollapsed();
    } else if (shortcut === 'back') {
      if (closeCase()) event.preventDefault();
    }
  });
}
