// The out-of-hours engine's notice. The engine sent it, not the agent, so a refusal never shows
// as the agent's refused change: `already_auto_replied` is expected (another console holding
// the case sent this window's notice first, and its copy arrives by pull), and no other refusal
// leaves anything for an agent to do. The local copy goes and the row is dismissed; the outbox
// keeps it, with its reason, for operations (`atiende mutations`).
import { SendAutoReplyArgs, type SEND_AUTO_REPLY } from '../../../protocol/mutations/send-auto-reply.ts';
import type { MutationModule } from './module.ts';

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
  settle(store, args, outcome, { mutationId, at }) {
    if (outcome === 'applied') {
      store.messages.setLocalState(args.messageId, 'sent');
      return;
    }
    store.messages.removeLocal(args.messageId);
    store.outbox.dismiss(mutationId, at);
  },
  announces: [],
};
