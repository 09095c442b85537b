// What becomes of a pushed auto-reply. The engine sent it, not the agent, so a refusal never
// shows as the agent's refused change: `already_auto_replied` is expected (another console
// holding the case sent this window's notice first, and its copy arrives by pull), and no other
// refusal leaves anything for an agent to do. The local copy goes and the row is dismissed; the
// outbox keeps it, with its reason, for operations (`atiende mutations`).
import type { MutationStatus } from '../../shared/models.ts';
import type { OutboxRow } from '../db/repositories/outbox.ts';
import type { Store } from '../db/store.ts';

/** Run in the transaction that settles the row. */
export function settleAutoReply(store: Store, row: OutboxRow, status: Exclude<MutationStatus, 'pending'>, at: string): void {
  const { messageId } = JSON.parse(row.args) as { messageId: string };
  if (status === 'applied') {
    store.messages.setLocalState(messageId, 'sent');
    return;
  }
  store.messages.removeLocal(messageId);
  store.outbox.dismiss(row.id, at);
}
