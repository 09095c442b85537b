// What other features (and the shell's shortcuts) may do to the inbox.
import { flushSync } from 'react-dom';
import { api, contractError } from '../../lib/bridge.ts';
import { markAnswered, markAsked, markPainted } from '../../lib/perf.ts';
import { readCaseEarly } from '../../lib/earlyCase.ts';
import { useInboxStore } from './inboxStore.ts';

/** The inbox's search box, which `/` focuses. */
export const INBOX_SEARCH_ID = 'inbox-search';

/**
 * How long a click waits for the case's read before showing it loading. The read usually takes a
 * few ms: waiting for it draws the case once, in one frame, instead of "opening…" and then the
 * case; a main process busy with a sync still gets a loading view at once after this.
 */
const OPEN_WAIT_MS = 120;

/** The case a click asked for whose read is not back yet; a later click or a close replaces it. */
let opening: string | null = null;

/**
 * Opens a case in the case view; marks the start of the case-open measurement. The case's read
 * starts here and the row is selected at once; the case replaces the last one when its answer
 * is in (or after OPEN_WAIT_MS), so the last case stays on screen meanwhile.
 */
export function openCase(id: string): void {
  markAsked('case-open', id);
  const store = useInboxStore.getState();
  // Opening the case already on screen renders nothing new: the measurement ends at once.
  if (document.querySelector(`[data-testid="case-view"][data-case-id="${CSS.escape(id)}"]`)) {
    opening = null;
    store.open(id);
    markPainted('case-open', id);
    return;
  }
  opening = id;
  store.select(id, false);
  const show = () => {
    if (opening !== id) return;
    opening = null;
    useInboxStore.getState().open(id);
  };
  void readCaseEarly(id).then(() => {
    markAnswered('case-open', id);
    show();
  });
  setTimeout(show, OPEN_WAIT_MS);
}

/** Closes the open case (or the one opening) and puts focus back on its row. False when none was. */
export function closeCase(): boolean {
  const wasOpening = opening !== null;
  opening = null;
  if (useInboxStore.getState().openId === null) return wasOpening;
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
  opening = null;
  useInboxStore.getState().reset();
}
