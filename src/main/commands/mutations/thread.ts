// A reply in the case's thread, shared by the mutations that say something to the customer.
import type { Store } from '../../db/store.ts';
import type { EffectContext, Outcome } from './module.ts';

/** The agent's reply, shown queued in the thread at once; false when the case is not here. */
export function queueReply(store: Store, args: { caseId: string; messageId: string; text: string }, { author, at }: EffectContext): boolean {
  if (!store.cases.get(args.caseId)) return false;
  store.messages.insertLocal({
    id: args.messageId,
    case_id: args.caseId,
    kind: 'reply',
    author: author.name,
    text: args.text,
    sent_at: at,
    state: 'queued',
  });
  store.cases.markAnsweredLocally(args.caseId);
  return true;
}

/** The reply's message shows what became of it. */
export function settleReply(store: Store, args: { messageId: string }, outcome: Outcome): void {
  store.messages.setLocalState(args.messageId, outcome === 'applied' ? 'sent' : outcome === 'conflict' ? 'conflict' : 'failed');
}
