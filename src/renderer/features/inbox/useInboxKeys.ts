// j/k move the selection through the inbox from anywhere but a text field; Enter opens the
// selected case when focus is on the list (or nowhere), so Enter on a button stays a click.
// They move by the list's ids: a row off screen is selected at once and focused once it is read.
import { useShortcuts } from '../../lib/useShortcuts.ts';
import { openCase } from './actions.ts';
import { useInboxStore } from './inboxStore.ts';

export function useInboxKeys(ids: readonly string[], scrollTo: (index: number) => void): {
  move: (delta: number) => void;
} {
  const move = (delta: number) => {
    if (ids.length === 0) return;
    const { selectedId, select } = useInboxStore.getState();
    const at = selectedId === null ? -1 : ids.indexOf(selectedId);
    const next = at < 0 ? 0 : Math.min(ids.length - 1, Math.max(0, at + delta));
    const target = ids[next];
    if (target === undefined) return;
    scrollTo(next);
    select(target, true);
  };

  useShortcuts((shortcut, event) => {
    if (shortcut === 'next' || shortcut === 'previous') {
      event.preventDefault();
      move(shortcut === 'next' ? 1 : -1);
    } else if (shortcut === 'open') {
      const target = event.target;
      const onList = target === document.body || (target instanceof Element && target.closest('[role="listbox"]') !== null);
      const { selectedId } = useInboxStore.getState();
      if (!onList || selectedId === null || !ids.includes(selectedId)) return;
      event.preventDefault();
      openCase(selectedId);
    }
  });

  return { move };
}
