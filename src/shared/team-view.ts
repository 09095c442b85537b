// What the console's team view and presence selector read from main (src/shared/contract.ts).
import type { PresenceState } from './presence.ts';

/** The presence this console says: the chosen state, when the server stamped it, and whether it is still to be sent. */
export interface PresenceStatus {
  state: PresenceState;
  at: string | null;
  pending: boolean;
}

/** A reassignment queued here and what became of it. */
export interface Reassignment {
  id: string;
  caseId: string;
  to: string;
  status: 'pending' | 'applied' | 'conflict' | 'rejected';
  reason: string | null;
  message: string | null;
  createdAt: string;
}
