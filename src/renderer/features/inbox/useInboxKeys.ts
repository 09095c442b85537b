// j/k move the selection through the inbox from anywhere but a text field; Enter opens the
// selected case when focus is on the list (or nowhere), so Enter on a button stays a click.
import type { CaseSummary } from '../../../shared/models.ts';
import { useShortcuts } from '../../lib/useShortcuts.ts';
import { openCase } from './actions.ts';
import { useInboxStore } from './inboxStore.ts';

export function useInboxKeys(cases: readonly CaseSummary[], scrollTo: (index: number) => void): {
  move: (delta: number) => void;
} {
  const move = (delta: number) => {
    if (cases.length === 0) return;
    const { selectedId, select } = useInboxStore.getState();
    const at = cases.findIndex((c) => c.id === selectedId);
    const next = at < 0 ? 0 : Math.min(cases.length - 1, Math.max(0, at + delta));
    const target = cases[next];
    if (!target) return;
    scrollTo(next);
    select(target.id, true);
  };

  useShortcuts((shortcut, event) => {
    if (shortcut === 'next' || shortcut === 'previous') {
      event.preventDefault();
      move(shortcut === 'next' ? 1 : -1);
    } else if (shortcut === 'open') {
      const target = event.target;
      const onList = target === document.body || (target instanceof Element && target.closest('[role="listbox"]') !== null);
      const { selectedId } = useInboxStore.getState();
      if (!onList || selectedId === null || !cases.some((c) => c.id === selectedId)) return;
      event.preventDefault();
      openCase(selectedId);
    }
  });

  return { move };
}
