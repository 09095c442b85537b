// The inbox's keys that work wherever focus is (but in a text field): `n` opens the case waiting
// longest, `/` goes to the search box, `f` switches to the filtered view and back. j/k/Enter
// belong to the list (useInboxKeys).
import { useShortcuts } from '../../lib/useShortcuts.ts';
import { focusInboxSearch, openNextWaiting, toggleFilteredView } from './actions.ts';

export function useInboxShortcuts(): void {
  useShortcuts((shortcut, event) => {
    if (shortcut === 'nextWaiting') {
      event.preventDefault();
      void openNextWaiting();
    } else if (shortcut === 'search') {
      // Without this the "/" would be typed into the box it just focused.
      if (focusInboxSearch()) event.preventDefault();
    } else if (shortcut === 'filtered') {
      event.preventDefault();
      toggleFilteredView();
    }
  });
}
