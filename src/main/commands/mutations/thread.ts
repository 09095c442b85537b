// A reply in the case's thread, shared by the mutations that say something to the customer.
import type { Store } from '../../db/store.ts';
import type { EffectContext, Ending } from './module.ts';

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

/** The reply's message shows what became of it; one whose fate is unknown, a conflict to check. */
export function settleReply(store: Store, args: { messageId: string }, ending: Ending): void {
  store.messages.setLocalState(args.messageId, ending === 'applied' ? 'sent' : ending === 'rejected' ? 'failed' : 'conflict');
}
