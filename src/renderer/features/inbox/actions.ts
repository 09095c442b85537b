// What other features (and the shell's shortcuts) may do to the inbox.
import { flushSync } from 'react-dom';
import { api, contractError } from '../../lib/bridge.ts';
import { markAsked, markPainted } from '../../lib/perf.ts';
import { readCaseEarly } from '../../lib/earlyCase.ts';
import { useInboxStore } from './inboxStore.ts';

/** The inbox's search box, which `/` focuses. */
export const INBOX_SEARCH_ID = 'inbox-search';

/**
 * Opens a case in the case view; marks the start of the case-open measurement. The case's read
 * starts here, before the view changes, so main reads it while the last case is taken down.
 */
export function openCase(id: string): void {
  markAsked('case-open', id);
  // Opening the case already on screen renders nothing new: the measurement ends at once.
  if (document.querySelector(`[data-testid="case-view"][data-case-id="${CSS.escape(id)}"]`)) {
    useInboxStore.getState().open(id);
    markPainted('case-open', id);
    return;
  }
  readCaseEarly(id);
  useInboxStore.getState().open(id);
}

/** Closes the open case and puts focus back on its row. False when no case was open. */
export function closeCase(): boolean {
  if (useInboxStore.getState().openId === null) return false;
  useInboxStore.getState().close();
  return true;
}

/**
 * Opens the case of the work queue waiting longest for an answer (the `n` key), whatever the
 * filters on screen hide: they narrow what the agent looks at, not the work that waits.
 * When nothing else waits, the inbox says so and the open case stays.
 */
export async function openNextWaiting(): Promise<void> {
  const { openId, setNotice } = useInboxStore.getState();
  try {
    // Main picks it from the queue's order and clocks alone: one id crosses, not every row.
    const next = await api.nextWaiting({ skip: openId });
    if (next) openCase(next);
    else setNotice({ kind: 'noneWaiting' });
  } catch (failure: unknown) {
    setNotice({ kind: 'nextFailed', error: contractError(failure) });
  }
}

/** Puts the cursor in the inbox search (the `/` key), showing the work queue where it lives. */
export function focusInboxSearch(): boolean {
  const { view, setView } = useInboxStore.getState();
  // Rendered now, so the box exists to be focused in the same key press.
  if (view !== 'queue') flushSync(() => setView('queue'));
  const box = document.getElementById(INBOX_SEARCH_ID);
  if (!(box instanceof HTMLInputElement)) return false;
  box.focus();
  box.select();
  return true;
}

/** Switches between the work queue and the filtered view (the `f` key). */
export function toggleFilteredView(): void {
  const { view, setView } = useInboxStore.getState();
  setView(view === 'filtered' ? 'queue' : 'filtered');
}

/** Forgets filters, selection and the open case (a profile switch). */
export function resetInbox(): void {
  useInboxStore.getState().reset();
}
