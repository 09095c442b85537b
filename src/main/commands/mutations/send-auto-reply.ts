// The out-of-hours engine's notice. The engine sent it, not the agent, so a refusal never shows
// as the agent's refused change: `already_auto_replied` is expected (another console holding
// the case sent this window's notice first, and its copy arrives by pull), and no other refusal
// leaves anything for an agent to do. The local copy goes and the row is dismissed; the outbox
// keeps it, with its reason, for operations (`atiende mutations`).
import { SendAutoReplyArgs, type SEND_AUTO_REPLY } from '../../../protocol/mutations/send-auto-reply.ts';
import type { Store } from '../../db/store.ts';
import type { Ending, MutationModule, SettleContext } from './module.ts';

export const sendAutoReply: MutationModule<typeof SEND_AUTO_REPLY> = {
  args: SendAutoReplyArgs,
  // Shown in the thread at once, queued. It answers nothing: the case keeps waiting for an
  // agent. The server signs it with the company's name; until then it has none.
  effect(store, args, { at }) {
    if (!store.cases.get(args.caseId)) return;
    store.messages.insertLocal({
      id: args.messageId, case_id: args.caseId, kind: 'auto_reply', author: '', text: args.text, sent_at: at, state: 'queued',
      auto_reply_key: args.dedupeKey,
    });
  },
  settle: (store, args, ending, ctx) => settleAutoReply(store, args.messageId, ending, ctx),
  announces: [],
};

/** Sent, or (whatever else became of it, an unknown ending too) gone, its row dismissed. */
export function settleAutoReply(store: Store, messageId: string, ending: Ending, { mutationId, at }: SettleContext): void {
  if (ending === 'applied') {
    store.messages.setLocalState(messageId, 'sent');
    return;
  }
  store.messages.removeLocal(messageId);
  store.outbox.dismiss(mutationId, at);
}
