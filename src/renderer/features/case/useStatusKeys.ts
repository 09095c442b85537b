// o, p, w and e move the open case along, as its state buttons do: this hook lives in those
// buttons, so the keys only act on the agent's own case (another agent's has no buttons).
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain.ts';
import { SHORTCUT_TABLE, type Shortcut } from '../../lib/shortcuts.ts';
import { useShortcuts } from '../../lib/useShortcuts.ts';

/** The shortcut that presses each state button. */
export const STATE_SHORTCUT = {
  open: 'stateOpen',
  pending_company: 'statePending',
  waiting_customer: 'stateWaiting',
  resolved: 'resolve',
} as const satisfies Record<CaseStatus, Shortcut>;

/** The key of a state button, for aria-keyshortcuts. */
export const stateKey = (status: CaseStatus): string => SHORTCUT_TABLE[STATE_SHORTCUT[status]].key;

export function useStatusKeys(press: (target: CaseStatus) => void): void {
  useShortcuts((shortcut, event) => {
    const target = CASE_STATUSES.find((status) => STATE_SHORTCUT[status] === shortcut);
    if (target === undefined) return;
    event.preventDefault();
    press(target);
  });
}
