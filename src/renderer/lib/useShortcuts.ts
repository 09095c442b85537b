// One window-wide key listener per feature, fed only the keys that are shortcuts (shortcutOf
// already left out text being typed and keys that belong to an open dialog).
import { useEffect, useEffectEvent } from 'react';
import { shortcutOf, type Shortcut } from './shortcuts.ts';

export function useShortcuts(onShortcut: (shortcut: Shortcut, event: KeyboardEvent) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const shortcut = shortcutOf(event);
    if (shortcut !== null) onShortcut(shortcut, event);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
