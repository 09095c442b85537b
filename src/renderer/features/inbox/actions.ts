// What other features (and the shell's shortcuts) may do to the inbox.
import { markCaseOpenStart, markCaseRendered } from '../../lib/perf.ts';
import { useInboxStore } from './inboxStore.ts';

/** Opens a case in the case view; marks the start of the case-open measurement. */
export function openCase(id: string): void {
  markCaseOpenStart(id);
  useInboxStore.getState().open(id);
  // Opening the case already on screen renders nothing new: the measurement ends at once.
  if (document.querySelector(`[data-testid="case-view"][data-case-id="${CSS.escape(id)}"]`)) markCaseRendered(id);
}

/** Closes the open case and puts focus back on its row. False when no case was open. */
export function closeCase(): boolean {
  if (useInboxStore.getState().openId === null) return false;
  useInboxStore.getState().close();
  return true;
}

/** Forgets filters, selection and the open case (a profile switch). */
export function resetInbox(): void {
  useInboxStore.getState().reset();
}
